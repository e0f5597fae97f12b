import type { AppConfig } from '../../config/app.config';

/** The portal page of a request, as linked from every mail about it. */
export function requestLink(config: Pick<AppConfig, 'PUBLIC_URL'>, requestId: string): string {
  return new URL(`/requests/${requestId}`, config.PUBLIC_URL).toString();
}
