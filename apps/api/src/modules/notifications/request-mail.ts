import type { AppConfig } from '../../config/app.config';
import type { Locale } from '@bgb/contracts';
import { requestLink } from './links';
import type { MailKind } from './mail-templates';
import type { OutgoingMail } from './outbox.service';
import { SECRETARIAT_LOCALE } from './secretariat';

/** A party of the request, or any other person (e.g. a biobank's coordinator) by address. */
export type RequestMailRecipient = 'researcher' | 'secretariat' | { id: string; email: string; locale: Locale };

/**
 * A mail about a request to one of its parties: the researcher (in their language, by name)
 * or the secretariat's shared mailbox. Every such mail carries the reference, title and link.
 */
export function requestMail(
  config: Pick<AppConfig, 'PUBLIC_URL' | 'SECRETARIAT_EMAIL'>,
  request: { id: string; reference: string; title: string; researcher: { name: string; email: string; locale: Locale } },
  to: RequestMailRecipient,
  kind: MailKind,
  /** What makes this mail unique, e.g. the event or message id. */
  occasion: string,
  values: Record<string, string> = {},
): OutgoingMail {
  const common = { reference: request.reference, title: request.title, link: requestLink(config, request.id), ...values };
  if (typeof to === 'object') {
    return {
      kind,
      idempotencyKey: `${kind}:${occasion}:${to.id}`,
      requestId: request.id,
      recipient: to.email,
      locale: to.locale,
      values: common,
    };
  }
  return to === 'researcher'
    ? {
        kind,
        idempotencyKey: `${kind}:${occasion}:researcher`,
        requestId: request.id,
        recipient: request.researcher.email,
        locale: request.researcher.locale,
        values: { name: request.researcher.name, ...common },
      }
    : {
        kind,
        idempotencyKey: `${kind}:${occasion}:secretariat`,
        requestId: request.id,
        recipient: config.SECRETARIAT_EMAIL,
        locale: SECRETARIAT_LOCALE,
        values: common,
      };
}
