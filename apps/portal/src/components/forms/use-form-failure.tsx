import { Alert } from '@mantine/core';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeError } from '../describe-error';
import { applyServerErrors } from './apply-server-errors';

/**
 * What a form does with a failed submit: field errors from the API go onto their fields;
 * anything else becomes one alert above the form.
 */
export function useFormFailure<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  return {
    failure,
    clear: () => setFailure(null),
    onError: (error: unknown) => {
      if (!applyServerErrors(error, setError, fields, t)) setFailure(error);
    },
  };
}

export function FormFailureAlert({ failure }: { failure: unknown }) {
  const { t } = useTranslation();
  if (failure === null) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={t('errors.title')}>
      {describeError(failure, t)}
    </Alert>
  );
}
