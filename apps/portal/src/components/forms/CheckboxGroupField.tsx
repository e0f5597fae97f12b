import { Checkbox, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

interface CheckboxGroupFieldProps<T extends FieldValues, TOutput extends FieldValues = T> {
  /** The form's control; its values may come out of validation in another shape. */
  control: Control<T, unknown, TOutput>;
  name: Path<T>;
  label: string;
  description?: string;
  error?: string;
  options: readonly CheckboxOption[];
  /** Whether at least one option must be chosen; most choices are required. */
  required?: boolean;
  /** Shown instead of the options, e.g. while they load or when they could not be loaded. */
  placeholder?: ReactNode;
}

/**
 * A choice of options (one or more, unless optional) bound to a form field. The first checkbox takes
 * the field's ref, so the form can move focus here when nothing is chosen.
 */
export function CheckboxGroupField<T extends FieldValues, TOutput extends FieldValues = T>({
  control,
  name,
  label,
  description,
  error,
  options,
  required = true,
  placeholder,
}: CheckboxGroupFieldProps<T, TOutput>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          value={field.value}
          onChange={field.onChange}
          label={label}
          description={description}
          required={required}
          error={error}
        >
          {placeholder ?? (
            <Stack gap="xs" mt="xs">
              {options.map((option, index) => (
                <Checkbox
                  key={option.value}
                  value={option.value}
                  label={option.label}
                  description={option.description}
                  ref={index === 0 ? field.ref : undefined}
                  onBlur={field.onBlur}
                />
              ))}
            </Stack>
          )}
        </Checkbox.Group>
      )}
    />
  );
}

/** The biobanks as checkbox options: "Danish Cancer Biobank (DCB)". */
export function biobankOptions(
  biobanks: readonly { code: string; name: { da: string; en: string } }[],
  localized: (text: { da: string; en: string }) => string,
): CheckboxOption[] {
  return biobanks.map((biobank) => ({
    value: biobank.code,
    label: `${localized(biobank.name)} (${biobank.code})`,
  }));
}
