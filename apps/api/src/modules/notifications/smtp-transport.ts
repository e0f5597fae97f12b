import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { AppConfig } from '../../config/app.config';

/** Parallel SMTP connections of one worker; it also sends that many mails at once. */
export const SMTP_CONNECTIONS = 5;

/**
 * nodemailer waits up to 10 minutes on a silent server by default. These bounds end a stuck
 * send well within a lease, so that a worker gives up on a mail and records the failure
 * rather than holding it for ever.
 */
const TIMEOUTS = {
  connectionTimeout: 15_000,
  greetingTimeout: 15_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
};

/** Pooled SMTP transport options from SMTP_URL, or from SMTP_HOST and its companions. */
export function smtpTransportOptions(config: AppConfig, url = config.SMTP_URL): SMTPPool.Options {
  const common = { pool: true as const, maxConnections: SMTP_CONNECTIONS, ...TIMEOUTS };
  if (url) return { ...common, url };
  return {
    ...common,
    host: config.SMTP_HOST,
    port: config.SMTP_PORT ?? (config.SMTP_SECURE ? 465 : 587),
    secure: config.SMTP_SECURE,
    requireTLS: config.SMTP_REQUIRE_TLS,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
  };
}
