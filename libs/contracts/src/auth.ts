import { z } from 'zod';
import { Locale, Role } from './enums';
import { requiredText } from './common';

export const PASSWORD_MIN_LENGTH = 12;
/** Upper bound so that hashing cannot be abused to burn CPU. */
export const PASSWORD_MAX_LENGTH = 200;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** A password being chosen; the API also refuses common or guessable ones (422 WEAK_PASSWORD). */
export const NewPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const RegisterBody = z.object({
  name: requiredText(200),
  email: Email,
  password: NewPassword,
  institution: requiredText(200),
  locale: Locale.optional(),
});
export type RegisterBody = z.input<typeof RegisterBody>;

export const LoginBody = z.object({
  email: Email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.input<typeof LoginBody>;

export const User = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  institution: z.string(),
  roles: z.array(Role),
  /** Biobanks a coordinator acts for; empty for everybody else. */
  biobankCodes: z.array(z.string()),
  locale: Locale,
  /** False until the person opened the link mailed to their address; submitting needs it. */
  emailVerified: z.boolean(),
});
export type User = z.infer<typeof User>;

/** The raw token of a link mailed to a person: 32 random bytes, base64url. */
export const AccountToken = z.string().trim().min(1).max(200);

/** Opening the link mailed after registration; needs no session, as it may open in another browser. */
export const VerifyEmailBody = z.object({ token: AccountToken });
export type VerifyEmailBody = z.input<typeof VerifyEmailBody>;

/** Asking for a reset link: the reply is the same whether or not the address has an account. */
export const PasswordResetBody = z.object({ email: Email });
export type PasswordResetBody = z.input<typeof PasswordResetBody>;

export const PasswordResetConfirmBody = z.object({ token: AccountToken, password: NewPassword });
export type PasswordResetConfirmBody = z.input<typeof PasswordResetConfirmBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.input<typeof ChangePasswordBody>;
/** What `GET /api/auth/me` says about the signed-in user, beyond who they are. */
export const CurrentUser = User.extend({
  /** The user confirms each login with an authenticator app. */
  mfaEnabled: z.boolean(),
  /** The user's role requires a second factor they have not set up: nothing else works until they do. */
  mfaEnrolmentRequired: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** The password was right; the login completes with `POST /api/auth/mfa/verify`. */
export const MfaRequired = z.object({ mfaRequired: z.literal(true) });
export type MfaRequired = z.infer<typeof MfaRequired>;

export const LoginReply = z.union([User, MfaRequired]);
export type LoginReply = z.infer<typeof LoginReply>;

/** A 6-digit code from an authenticator app (RFC 6238: SHA-1, 30 seconds). */
export const TotpCode = z
  .string()
  .transform((code) => code.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'must be the 6 digits the authenticator app shows'));

export const RECOVERY_CODE_COUNT = 10;

/** A code from the authenticator app, or one of the recovery codes. */
export const MfaCodeBody = z.object({ code: z.string().trim().min(1).max(64) });
export type MfaCodeBody = z.input<typeof MfaCodeBody>;

export const EnableTotpBody = z.object({ code: TotpCode });
export type EnableTotpBody = z.input<typeof EnableTotpBody>;

/** A new secret to scan (or type in); it takes effect once a code from it is confirmed. */
export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetup = z.infer<typeof TotpSetup>;

/** Shown once: the server keeps only their hashes. Each works once instead of a TOTP code. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/**
 * A person edits their own profile (`PATCH /api/auth/me`): name and institution change at
 * once; a new e-mail address only once the person opens the link mailed to it (the reply still
 * shows the old address until then).
 */
export const UpdateProfileBody = z
  .object({
    name: requiredText(200).optional(),
    institution: requiredText(200).optional(),
    email: Email.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Give at least one of name, institution or email',
  });
export type UpdateProfileBody = z.input<typeof UpdateProfileBody>;

/**
 * One of the caller's signed-in browsers. The id is not the session cookie's value, which
 * would let the page read a credential; it only names the session to end it.
 */
export const SessionItem = z.object({
  id: z.uuid(),
  /** When the login that started this session happened. */
  createdAt: z.iso.datetime(),
  /** The last request, to within about a minute. */
  lastSeenAt: z.iso.datetime(),
  /** The browser's User-Agent header at login, as sent. */
  userAgent: z.string().nullable(),
  /** The session of the browser asking; ending it logs that browser out. */
  current: z.boolean(),
});
export type SessionItem = z.infer<typeof SessionItem>;

/** `GET /api/auth/sessions`: the caller's own sessions, newest first. */
export const SessionList = z.object({ items: z.array(SessionItem) });
export type SessionList = z.infer<typeof SessionList>;
