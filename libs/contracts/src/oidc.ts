import { z } from 'zod';

/** The ways to sign in besides a password, for the login page: `oidc` is null when not set up. */
export const AuthProviders = z.object({
  oidc: z.object({ displayName: z.string() }).nullable(),
});
export type AuthProviders = z.infer<typeof AuthProviders>;

/**
 * Why an institutional sign-in ended without a session. The API sends the browser back to
 * `/login?error=<code>`, and the login page explains it.
 */
export const INSTITUTIONAL_SIGN_IN_ERRORS = [
  /** The person cancelled at their institution, or it refused them. */
  'oidc_denied',
  /** The sign-in could not be completed: expired, replayed, tampered with, or refused by the provider. */
  'oidc_failed',
  /** The institution's provider could not be reached. */
  'oidc_unavailable',
  /** The institution sent no e-mail address, so no account can be found or created. */
  'oidc_email_missing',
  /** The institution does not vouch for the e-mail address, so it cannot open an account. */
  'oidc_email_unverified',
  /** The invitation the person signed in for was used, revoked or has expired. */
  'oidc_invitation_invalid',
  /** Accepting an invitation: the person already has an account, to sign in with instead. */
  'oidc_account_exists',
] as const;
export const InstitutionalSignInError = z.enum(INSTITUTIONAL_SIGN_IN_ERRORS);
export type InstitutionalSignInError = z.infer<typeof InstitutionalSignInError>;
