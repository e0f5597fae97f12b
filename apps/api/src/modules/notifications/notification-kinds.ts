import { ACCOUNT_MAIL_KINDS, type AccountMailKind, type NotificationKind } from '@bgb/contracts';
import type { MailKind } from './mail-templates';

/** Mails to an address rather than to a person with an account: outside anyone's preferences. */
const TO_AN_ADDRESS = ['test_mail', 'invitation'] as const;

/**
 * Every mail kind that tells a person about something; the digest only bundles these, a test
 * mail or an invitation goes to an address, not to a person, and account mails carry a link
 * only for that mailbox.
 */
export type NotifiedMailKind = Exclude<
  MailKind,
  'digest' | (typeof TO_AN_ADDRESS)[number] | AccountMailKind
>;

/**
 * Which of the user-facing kinds each mail belongs to. A record over every mail kind, so a new
 * mail cannot be added without deciding what its recipients may choose about it.
 */
const KIND_OF: Readonly<Record<NotifiedMailKind, NotificationKind>> = {
  question_to_researcher: 'question',
  request_rejected: 'outcome',
  request_completed: 'outcome',
  request_received: 'progress',
  triage_started: 'progress',
  request_routed: 'progress',
  work_started: 'progress',
  message_to_researcher: 'message',
  message_from_researcher: 'message',
  message_from_staff: 'message',
  internal_note: 'message',
  request_submitted: 'new_work',
  request_assigned: 'new_work',
  routed_to_biobank: 'new_work',
  coordinator_granted: 'new_work',
  answer_to_secretariat: 'case_update',
  request_withdrawn: 'case_update',
  biobank_declined: 'case_update',
  biobank_delivered: 'case_update',
};

const isAccountMail = (kind: MailKind): kind is AccountMailKind =>
  (ACCOUNT_MAIL_KINDS as readonly MailKind[]).includes(kind);

/**
 * `null` for the digest, which is how held notifications arrive, for a test mail or an
 * invitation, which are for an address, and for account mails, which are sent always and only
 * by mail: none is a notification of its own, none can be turned off.
 */
export function notificationKindOf(mailKind: MailKind): NotificationKind | null {
  return mailKind === 'digest' ||
    (TO_AN_ADDRESS as readonly MailKind[]).includes(mailKind) ||
    isAccountMail(mailKind)
    ? null
    : KIND_OF[mailKind as NotifiedMailKind];
}
