import { ROLES, type Role } from '@bgb/contracts';
import { join } from 'node:path';
import { z } from 'zod';
import { TrustProxy } from './trust-proxy';

const DEMO_SESSION_SECRET = 'demo-mode-only-session-secret-not-for-production';

/** `address@domain` or `Display Name <address@domain>`, as in a From header. */
const MAILBOX = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/;

function mailboxAddress(value: string): string | null {
  const match = MAILBOX.exec(value.trim());
  const address = match?.[1] ?? match?.[2];
  return address && z.email().safeParse(address).success ? address : null;
}

const whole = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** `<NAME>_RATE_LIMIT` attempts per `<NAME>_RATE_WINDOW_SECONDS`, with their defaults. */
function rateLimit<Name extends string>(name: Name, limit: number, windowSeconds: number) {
  return {
    [`${name}_RATE_LIMIT`]: whole(1, 1_000_000, limit),
    [`${name}_RATE_WINDOW_SECONDS`]: whole(1, 7 * 24 * 3600, windowSeconds),
  } as Record<`${Name}_RATE_LIMIT` | `${Name}_RATE_WINDOW_SECONDS`, ReturnType<typeof whole>>;
}

const OIDC_VARIABLES = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_DISPLAY_NAME',
] as const;

/** Institutional sign-in, when configured. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  displayName: string;
}

/**
 * Every setting the API reads, validated once at boot. A bad value stops the process with a
 * message naming the variable, instead of failing later in some request.
 */
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    APP_MODE: z.enum(['demo', 'production']).default('production'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    /** Where uploaded files live; by default `attachments` inside DATA_DIR. */
    ATTACHMENTS_DIR: z.string().min(1).optional(),
    /** The largest file one upload may carry, in bytes (25 MB by default, at most 5 GB). */
    ATTACHMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(5 * 1024 ** 3)
      .default(26_214_400),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Implicit TLS from the first byte (usually port 465). */
    SMTP_SECURE: z.stringbool().default(false),
    /** Insist on STARTTLS: the mail is not sent if the server cannot upgrade (usually port 587). */
    SMTP_REQUIRE_TLS: z.stringbool().default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z
      .string()
      .refine((value) => mailboxAddress(value) !== null, {
        message: 'must be an e-mail address, optionally with a name: Name <address@example.org>',
      })
      .default('BGB Service Portal <no-reply@bgb.example>'),
    /** `off` leaves delivery to separate worker processes (`npm run worker`). */
    MAIL_DELIVERY: z.enum(['inline', 'off']).default('inline'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
    SECRETARIAT_EMAIL: z.email().default('secretariat@bgb.example'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(8),
    /** A session ends this many hours after its login however active it is, besides the idle lifetime. */
    SESSION_MAX_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24),
    /**
     * `required`: a researcher verifies their address before submitting. `off` only where accounts
     * come from institutional sign-in or invitations, whose addresses are known to be theirs.
     */
    EMAIL_VERIFICATION: z.enum(['required', 'off']).default('required'),
    /** Login attempts per account, from whatever addresses, in each window. */
    ...rateLimit('LOGIN', 10, 900),
    /** Login attempts per client address, whatever the accounts, in each window. */
    ...rateLimit('LOGIN_ADDRESS', 50, 900),
    ...rateLimit('REGISTER', 10, 3600),
    ...rateLimit('PASSWORD_RESET', 5, 3600),
    ...rateLimit('VERIFY_RESEND', 5, 3600),
    ...rateLimit('MFA_VERIFY', 10, 900),
    ...rateLimit('TEST_MAIL', 20, 3600),
    MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(50).default(1000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    DIGEST_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (Danish time)')
      .default('07:00'),
    /** How long a worker holds the mails it claimed without renewing; a crashed worker's mails wait this long. */
    MAIL_LEASE_SECONDS: z.coerce.number().int().min(3).max(3600).default(60),
    /** Mails handed to the SMTP server per recipient domain in any minute, over all workers together. */
    MAIL_RATE_PER_DOMAIN_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
    FIRST_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    PORTAL_DIR: z.string().min(1).optional(),
    TRUST_PROXY: TrustProxy,
    /**
     * `test` makes password hashes cheap, for test suites that register hundreds of accounts;
     * refused in production mode, where hashing always runs at full cost.
     */
    PASSWORD_HASH_COST: z.enum(['production', 'test']).default('production'),
    /**
     * Roles whose users must set up a second factor before they can do anything else; a comma
     * list, or `none`. Staff by default in production mode, nobody in demo mode.
     */
    MFA_REQUIRED_ROLES: z
      .string()
      .transform((value) =>
        value.trim() === 'none'
          ? []
          : value
              .split(',')
              .map((role) => role.trim())
              .filter(Boolean),
      )
      .pipe(
        z.array(z.enum(ROLES, { error: `must list roles among ${ROLES.join(', ')}, or be none` })),
      )
      .optional(),
    /** Institutional sign-in through OpenID Connect: all four, or none for passwords only. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The sign-in button says "Sign in with <this>", e.g. WAYF. */
    OIDC_DISPLAY_NAME: z.string().trim().min(1).max(60).optional(),
  })
  .superRefine((env, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (env.SMTP_URL && env.SMTP_HOST)
      issue('SMTP_HOST', 'set either SMTP_URL or SMTP_HOST, not both');
    if (!env.SMTP_HOST) {
      for (const name of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD'] as const) {
        if (env[name] !== undefined)
          issue(name, 'needs SMTP_HOST (SMTP_URL carries its own port and credentials)');
      }
    }
    if (env.SMTP_USER && !env.SMTP_PASSWORD) issue('SMTP_PASSWORD', 'is required with SMTP_USER');
    if (env.SMTP_PASSWORD && !env.SMTP_USER) issue('SMTP_USER', 'is required with SMTP_PASSWORD');
    if (env.SMTP_SECURE && env.SMTP_REQUIRE_TLS) {
      issue(
        'SMTP_REQUIRE_TLS',
        'STARTTLS does not apply when SMTP_SECURE already speaks TLS from the start; set only one',
      );
    }
    const oidcSet = OIDC_VARIABLES.filter((name) => env[name] !== undefined);
    if (oidcSet.length > 0) {
      for (const name of OIDC_VARIABLES) {
        if (env[name] === undefined)
          issue(
            name,
            `is required with ${oidcSet.join(', ')}: institutional sign-in needs all four OIDC_ settings`,
          );
      }
    }
    if (env.APP_MODE !== 'production') return;
    if (env.OIDC_ISSUER?.startsWith('http:'))
      issue('OIDC_ISSUER', 'must be an https:// URL in production mode');
    if (env.PASSWORD_HASH_COST === 'test')
      issue('PASSWORD_HASH_COST', 'must be production in production mode');
    if (!env.SESSION_SECRET) issue('SESSION_SECRET', 'is required in production mode');
    if (!env.SMTP_URL && !env.SMTP_HOST)
      issue('SMTP_URL', 'is required in production mode (or SMTP_HOST with its settings)');
  });

export type AppConfig = Omit<
  z.infer<typeof EnvSchema>,
  'SESSION_SECRET' | 'ATTACHMENTS_DIR' | 'MFA_REQUIRED_ROLES'
> & {
  SESSION_SECRET: string;
  ATTACHMENTS_DIR: string;
  MFA_REQUIRED_ROLES: Role[];
  /** True when no DATABASE_URL is given and the API runs on its own embedded database. */
  embeddedDatabase: boolean;
  demo: boolean;
  /** True when a real SMTP server is configured, by SMTP_URL or SMTP_HOST. */
  smtpConfigured: boolean;
  /** Null when no OIDC_ settings are given: no institutional sign-in. */
  oidc: OidcConfig | null;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  return {
    ...config,
    SESSION_SECRET: config.SESSION_SECRET ?? DEMO_SESSION_SECRET,
    ATTACHMENTS_DIR: config.ATTACHMENTS_DIR ?? join(config.DATA_DIR, 'attachments'),
    MFA_REQUIRED_ROLES:
      config.MFA_REQUIRED_ROLES ??
      (config.APP_MODE === 'demo' ? [] : ['admin', 'secretariat', 'coordinator']),
    embeddedDatabase: !config.DATABASE_URL,
    demo: config.APP_MODE === 'demo',
    smtpConfigured: !!(config.SMTP_URL || config.SMTP_HOST),
    // The schema has made sure that all four are set, or none.
    oidc: config.OIDC_ISSUER
      ? {
          issuer: config.OIDC_ISSUER,
          clientId: config.OIDC_CLIENT_ID!,
          clientSecret: config.OIDC_CLIENT_SECRET!,
          displayName: config.OIDC_DISPLAY_NAME!,
        }
      : null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The separate delivery worker shares the API's settings, and needs two more: a PostgreSQL it
 * can share with the API (the embedded database belongs to one process) and a real SMTP server
 * (demo mode's catcher lives inside the API).
 */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = loadConfig(env);
  const lines: string[] = [];
  if (config.embeddedDatabase)
    lines.push(
      '  DATABASE_URL: is required by the delivery worker, which shares PostgreSQL with the API',
    );
  if (!config.smtpConfigured)
    lines.push('  SMTP_URL: is required by the delivery worker (or SMTP_HOST with its settings)');
  if (lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return config;
}
