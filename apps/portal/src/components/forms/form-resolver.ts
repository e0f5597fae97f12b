import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { i18n } from '../../i18n/i18n';

type Issue = Parameters<NonNullable<z.core.ParseContext<z.core.$ZodIssue>['error']>>[0];

function isBlank(input: unknown): boolean {
  return (
    input === undefined || input === null || (typeof input === 'string' && input.trim() === '')
  );
}

/**
 * Friendlier wording for the issues every form has (missing, choose one, too long),
 * evaluated at validation time so it follows the current language. Anything else falls
 * through to zod's own messages, which `z.config` localises.
 */
export function friendlyIssueMessage(issue: Issue): string | undefined {
  if (issue.code === 'too_small' && issue.origin === 'array')
    return i18n.t('validation.chooseAtLeastOne');
  if (issue.code === 'invalid_format' && issue.format === 'uuid')
    return i18n.t('validation.chooseOne');
  if (isBlank(issue.input)) return i18n.t('validation.required');
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return i18n.t('validation.tooShort', { count: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return i18n.t('validation.tooLong', { count: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return i18n.t('validation.numberTooSmall', { minimum: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return i18n.t('validation.numberTooBig', { maximum: Number(issue.maximum) });
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int')
    return i18n.t('validation.wholeNumber');
  return undefined;
}

/** The shared contract schema as a react-hook-form resolver: one validation for browser and API. */
export function formResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return zodResolver(schema, { error: friendlyIssueMessage }) as Resolver<
    z.input<S>,
    unknown,
    z.output<S>
  >;
}
