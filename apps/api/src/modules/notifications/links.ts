import type { AppConfig } from '../../config/app.config';

type LinkConfig = Pick<AppConfig, 'PUBLIC_URL'>;

/** The portal page of a request, as linked from every mail about it. */
export function requestLink(config: LinkConfig, requestId: string): string {
  return new URL(`/requests/${requestId}`, config.PUBLIC_URL).toString();
}

/** The in-app notification centre, linked from the digest. */
export function notificationsLink(config: LinkConfig): string {
  return new URL('/notifications', config.PUBLIC_URL).toString();
}

export function notificationSettingsLink(config: LinkConfig): string {
  return new URL('/settings/notifications', config.PUBLIC_URL).toString();
}

/**
 * Where a person clicks to unsubscribe: a portal page that asks before it changes anything,
 * because mail scanners open every link in a mail.
 */
export function unsubscribePageLink(config: LinkConfig, token: string): string {
  const url = new URL('/unsubscribe', config.PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}

/** The RFC 8058 one-click address: mail clients POST to it without opening a page. */
export function unsubscribeApiLink(config: LinkConfig, token: string): string {
  const url = new URL('/api/unsubscribe', config.PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}

/** A coordinator's queue of what was routed to their biobanks. */
export function biobankQueueLink(config: LinkConfig): string {
  return new URL('/biobank-queue', config.PUBLIC_URL).toString();
}

export function portalLink(config: LinkConfig): string {
  return new URL('/', config.PUBLIC_URL).toString();
}

/** The page where an invited person chooses their password; the token works once. */
export function invitationLink(config: LinkConfig, token: string): string {
  return tokenLink(config, '/invitation', token);
}

/** The portal page that confirms an e-mail address with the mailed token. */
export function verifyEmailLink(config: LinkConfig, token: string): string {
  return tokenLink(config, '/verify-email', token);
}

/** The portal page where a person who forgot their password chooses a new one. */
export function resetPasswordLink(config: LinkConfig, token: string): string {
  return tokenLink(config, '/reset-password', token);
}

function tokenLink(config: LinkConfig, page: string, token: string): string {
  const url = new URL(page, config.PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}
