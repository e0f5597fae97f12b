import type { FieldError } from '@bgb/contracts';
import type { ZodError, ZodType, z } from 'zod';
import { ApiError } from './api-error';

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    code: issue.code,
    message: issue.message,
  }));
}

/** Parses a body or query with a contracts schema; a failure is a 400 listing every field. */
export function parseOrThrow<S extends ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ApiError.validation(fieldErrors(result.error));
  return result.data;
}
