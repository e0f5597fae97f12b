import { Email, type InstitutionalSignInError, type Locale } from '@bgb/contracts';
import { z } from 'zod';

/** Longest name or institution an account holds, as at registration. */
const MAX_TEXT = 200;

const text = z.string().trim().min(1).optional().catch(undefined);

/**
 * The claims the portal reads, from the ID token and the UserInfo reply together. Anything
 * malformed counts as absent; `email_verified` as the string "true" is what some providers send.
 */
const Claims = z.object({
  sub: z.string().min(1),
  email: Email.optional().catch(undefined),
  email_verified: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
    .optional()
    .catch(undefined),
  name: text,
  given_name: text,
  family_name: text,
  organization: text,
  schac_home_organization: text,
  locale: text,
});

/** Who the provider says signed in, and the details a new account starts with. */
export interface InstitutionalIdentity {
  subject: string;
  /** Lower-case; absent when the provider sent none or no valid one. */
  email?: string;
  emailVerified: boolean;
  name: string;
  institution: string;
  locale: Locale;
}

export class InstitutionalSignInFailure extends Error {
  constructor(readonly code: InstitutionalSignInError) {
    super(code);
  }
}

/**
 * Reads the provider's claims: a new person's name is `name`, else given and family name;
 * their institution is `organization`, then `schac_home_organization` (WAYF), then the
 * e-mail's domain; their language is `locale` when it is Danish or English.
 */
export function identityFromClaims(raw: Record<string, unknown>): InstitutionalIdentity {
  const parsed = Claims.safeParse(raw);
  if (!parsed.success) throw new InstitutionalSignInFailure('oidc_failed');
  const claims = parsed.data;
  const fullName = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  const domain = claims.email?.split('@')[1];
  const language = claims.locale?.toLowerCase().split(/[-_]/)[0];
  return {
    subject: claims.sub,
    email: claims.email,
    emailVerified: claims.email_verified === true,
    name: (claims.name ?? (fullName || claims.email || claims.sub)).slice(0, MAX_TEXT),
    institution: (claims.organization ?? claims.schac_home_organization ?? domain ?? '').slice(
      0,
      MAX_TEXT,
    ),
    locale: language === 'en' ? 'en' : 'da',
  };
}
