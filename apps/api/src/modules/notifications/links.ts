import type { AppConfig } from '../../config/app.config';

type LinkConfig = Pick<AppConfig, 'PUBLIC_URL'>;

/** The portal page of a request, as linked from every mail about it. */
export function requestLink(config: LinkConfig, requestId: string): string {
  return new URL(`/requests/${requestId}`, config.PUBLIC_URL).toString();
}

/** A coordinator's queue of what was routed to their biobanks. */
export function biobankQueueLink(config: LinkConfig): string {
  return new URL('/biobank-queue', config.PUBLIC_URL).toString();
}

export function portalLink(config: LinkConfig): string {
  return new URL('/', config.PUBLIC_URL).toString();
}
