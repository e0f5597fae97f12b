import { NativeSelect } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

interface OptionalSelectFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  error?: string;
  /** What choosing nothing means, e.g. "Any service"; it stands for `null` in the form. */
  noneLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A choice of one option or none, bound to a form field that holds the value or `null`. */
export function OptionalSelectField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  error,
  noneLabel,
  options,
}: OptionalSelectFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NativeSelect
          ref={field.ref}
          value={field.value ?? ''}
          onChange={(event) => field.onChange(event.currentTarget.value || null)}
          onBlur={field.onBlur}
          label={label}
          description={description}
          error={error}
          data={[{ value: '', label: noneLabel }, ...options]}
        />
      )}
    />
  );
}
