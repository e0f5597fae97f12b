import type { AppConfig } from '../../config/app.config';

/**
 * What each limit counts. Endpoints name theirs with `@RateLimit(...)`; a new endpoint that
 * needs one of these limits only adds the decorator.
 */
export const RATE_LIMIT_POLICIES = [
  'login_account',
  'login_address',
  'register',
  'password_reset',
  'verify_resend',
  'mfa_verify',
  'test_mail',
] as const;
export type RateLimitPolicy = (typeof RATE_LIMIT_POLICIES)[number];

/**
 * Whose attempts a counter adds up: the client's network (see `countedNetwork`), the
 * e-mail address a login names, or the logged-in user.
 */
export type RateLimitSubject = 'address' | 'email' | 'user';

type EnvName =
  | 'LOGIN'
  | 'LOGIN_ADDRESS'
  | 'REGISTER'
  | 'PASSWORD_RESET'
  | 'VERIFY_RESEND'
  | 'MFA_VERIFY'
  | 'TEST_MAIL';

interface PolicySettings {
  /** The prefix of `<NAME>_RATE_LIMIT` and `<NAME>_RATE_WINDOW_SECONDS`. */
  env: EnvName;
  /** Each subject has a counter of its own; any one of them over its limit refuses. */
  subjects: RateLimitSubject[];
}

export const POLICY_SETTINGS: Record<RateLimitPolicy, PolicySettings> = {
  // Per account whatever the address (a botnet guessing one password), and per address
  // whatever the account (one machine trying a list of accounts).
  login_account: { env: 'LOGIN', subjects: ['email'] },
  login_address: { env: 'LOGIN_ADDRESS', subjects: ['address'] },
  register: { env: 'REGISTER', subjects: ['address'] },
  password_reset: { env: 'PASSWORD_RESET', subjects: ['address'] },
  verify_resend: { env: 'VERIFY_RESEND', subjects: ['address'] },
  // Six digits fall to guessing unless the account itself is limited too.
  mfa_verify: { env: 'MFA_VERIFY', subjects: ['address', 'user'] },
  test_mail: { env: 'TEST_MAIL', subjects: ['address'] },
};

export function policyLimit(config: AppConfig, policy: RateLimitPolicy) {
  const { env } = POLICY_SETTINGS[policy];
  return {
    points: config[`${env}_RATE_LIMIT`],
    windowSeconds: config[`${env}_RATE_WINDOW_SECONDS`],
  };
}
