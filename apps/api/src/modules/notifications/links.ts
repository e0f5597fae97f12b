import type { AppConfig } from '../../config/app.config';

type Config = Pick<AppConfig, 'PUBLIC_URL'>;

/** The portal page of a request, as linked from every mail about it. */
export function requestLink(config: Config, requestId: string): string {
  return new URL(`/requests/${requestId}`, config.PUBLIC_URL).toString();
}

/** The in-app notification centre, linked from the digest. */
export function notificationsLink(config: Config): string {
  return new URL('/notifications', config.PUBLIC_URL).toString();
}

export function notificationSettingsLink(config: Config): string {
  return new URL('/settings/notifications', config.PUBLIC_URL).toString();
}

/**
 * Where a person clicks to unsubscribe: a portal page that asks before it changes anything,
 * because mail scanners open every link in a mail.
 */
export function unsubscribePageLink(config: Config, token: string): string {
  const url = new URL('/unsubscribe', config.PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}

/** The RFC 8058 one-click address: mail clients POST to it without opening a page. */
export function unsubscribeApiLink(config: Config, token: string): string {
  const url = new URL('/api/unsubscribe', config.PUBLIC_URL);
  url.searchParams.set('token', token);
  return url.toString();
}
