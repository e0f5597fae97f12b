import { z } from 'zod';

/** A bilingual text, as every reference-data name and description is. */
export const LocalizedText = z.object({ da: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Who did something, as shown next to it. */
export const Person = z.object({ id: z.uuid(), name: z.string() });
export type Person = z.infer<typeof Person>;

/** Trimmed text that must not be empty once trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_BODY',
  'PAYLOAD_TOO_LARGE',
  'ATTACHMENT_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_INVALID',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  /** A mailed link's token is unknown, used already or expired. */
  'INVALID_TOKEN',
  /** Submitting needs a verified e-mail address. */
  'EMAIL_NOT_VERIFIED',
  /** The current password given to change it is wrong. */
  'WRONG_PASSWORD',
  /** A new password is common or easy to guess. */
  'WEAK_PASSWORD',
  'TRANSITION_NOT_ALLOWED',
  'VERSION_CONFLICT',
  /** The service's questions were republished since the client loaded them; reload and answer again. */
  'QUESTIONS_CHANGED',
  'DRAFT_INCOMPLETE',
  'UNKNOWN_REFERENCE',
  'BIOBANK_UNREACHABLE',
  'OWN_ADMIN_ROLE',
  /** An administrator tried to deactivate their own account. */
  'OWN_ACCOUNT',
  /** An invitation link that is unknown, used, expired or revoked. */
  'INVALID_TOKEN',
  'NOTIFICATION_NOT_FAILED',
  'RATE_LIMITED',
  /** A second-factor code that is wrong, expired or already used. */
  'INVALID_CODE',
  /** The user's role requires a second factor and they have not set one up yet. */
  'MFA_ENROLMENT_REQUIRED',
  'TOTP_ALREADY_ENABLED',
  'TOTP_NOT_SET_UP',
  'TOTP_NOT_ENABLED',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({
  /** Dotted path of the offending field, e.g. `biobankCodes.1`. */
  field: z.string(),
  /** Machine-readable reason (zod issue code or a domain code). */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** The one error shape every API failure has (see PRODUCT.md). */
export const ErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  code: ErrorCode,
  message: z.string(),
  details: z.array(FieldError).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.enum(['ok', 'error']),
  database: z.enum(['up', 'down']),
});
export type Health = z.infer<typeof Health>;
