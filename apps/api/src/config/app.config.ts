import { z } from 'zod';

const DEMO_SESSION_SECRET = 'demo-mode-only-session-secret-not-for-production';

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
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('BGB Service Portal <no-reply@bgb.example>'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
    SECRETARIAT_EMAIL: z.email().default('secretariat@bgb.example'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(50).default(1000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    DIGEST_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (Danish time)')
      .default('07:00'),
    FIRST_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORTAL_DIR: z.string().min(1).optional(),
    TRUST_PROXY: z.stringbool().default(false),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE !== 'production') return;
    if (!env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production mode' });
    }
    if (!env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production mode' });
    }
  });

export type AppConfig = Omit<z.infer<typeof EnvSchema>, 'SESSION_SECRET'> & {
  SESSION_SECRET: string;
  /** True when no DATABASE_URL is given and the API runs on its own embedded database. */
  embeddedDatabase: boolean;
  demo: boolean;
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
    embeddedDatabase: !config.DATABASE_URL,
    demo: config.APP_MODE === 'demo',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
