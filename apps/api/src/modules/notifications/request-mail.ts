import type { AppConfig } from '../../config/app.config';
import type { Locale } from '@bgb/contracts';
import { requestLink } from './links';
import type { MailKind } from './mail-templates';
import type { OutgoingMail } from './outgoing-mail';
import { SECRETARIAT_LOCALE } from './secretariat';

/** Someone who gets mail by name, in their own language. */
export interface MailPerson {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  /** A biobank's shared mailbox: no account, so no preferences and no notification centre. */
  sharedMailbox?: true;
}

/**
 * A party of the request, or any other person (e.g. a biobank's coordinator). `secretariat` is
 * the shared mailbox; `case_handler` is the request's case handler, or the shared mailbox while
 * nobody is assigned.
 */
export type RequestMailRecipient = 'researcher' | 'secretariat' | 'case_handler' | MailPerson;

export interface RequestAbout {
  id: string;
  reference: string;
  title: string;
  researcher: MailPerson;
  assigneeId: string | null;
  /** Must be loaded whenever `assigneeId` is set. */
  assignee?: MailPerson | null;
}

/**
 * A mail about a request to one of its parties: a person (in their language, by name) or the
 * secretariat's shared mailbox. Every such mail carries the reference, title and link.
 */
export function requestMail(
  config: Pick<AppConfig, 'PUBLIC_URL' | 'SECRETARIAT_EMAIL'>,
  request: RequestAbout,
  to: RequestMailRecipient,
  kind: MailKind,
  /** What makes this mail unique, e.g. the event or message id. */
  occasion: string,
  /** A function when a value depends on the recipient's language, e.g. a biobank's name. */
  values: Record<string, string> | ((locale: Locale) => Record<string, string>) = {},
): OutgoingMail {
  const person = addressee(request, to);
  const locale = person?.locale ?? SECRETARIAT_LOCALE;
  const common = {
    reference: request.reference,
    title: request.title,
    link: requestLink(config, request.id),
    ...(typeof values === 'function' ? values(locale) : values),
  };
  return {
    kind,
    idempotencyKey: `${kind}:${occasion}:${person?.id ?? 'secretariat'}`,
    requestId: request.id,
    userId: person && !person.sharedMailbox ? person.id : null,
    recipient: person?.email ?? config.SECRETARIAT_EMAIL,
    locale,
    // The name is what makes the mail greet a person rather than the shared mailbox.
    values: person ? { ...common, name: person.name } : common,
  };
}

/** The person the mail goes to; `null` means the secretariat's shared mailbox. */
function addressee(request: RequestAbout, to: RequestMailRecipient): MailPerson | null {
  if (to === 'researcher') return request.researcher;
  if (to === 'secretariat') return null;
  if (to !== 'case_handler') return to;
  if (!request.assigneeId) return null;
  // Falling back to the shared mailbox here would hide a missing join behind a wrong recipient.
  if (!request.assignee) throw new Error('The case handler of the request was not loaded');
  return request.assignee;
}
