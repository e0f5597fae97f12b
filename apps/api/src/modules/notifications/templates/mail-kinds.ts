import type { MailKind } from '@bgb/contracts';

/**
 * Where a mail's button leads: the request, the coordinator's biobank queue, the person's
 * notification centre, the portal's start page, the page that accepts an invitation, or a
 * single-use link about their account.
 */
type MailAction =
  | 'request'
  | 'biobankQueue'
  | 'notifications'
  | 'portal'
  | 'invitation'
  | 'verifyEmail'
  | 'resetPassword';

/** Whom a mail greets: a person by name (else the secretariat's shared mailbox), or anyone at all. */
type MailGreeting = 'addressee' | 'anyone';

/**
 * What sets one kind of mail apart besides its texts, which live in the locale files under the
 * kind's name (`subject`, `body`: what happened, `next`: what happens next and whose turn it is).
 */
export interface MailKindTemplate {
  /** The value quoted below the body as written: a message, a comment, a note, the digest's list. */
  quote?: 'message' | 'comment' | 'note' | 'items';
  action: MailAction;
  greeting: MailGreeting;
}

const aboutRequest = (quote?: MailKindTemplate['quote']): MailKindTemplate => ({
  quote,
  action: 'request',
  greeting: 'addressee',
});

export const MAIL_KIND_TEMPLATES: Record<MailKind, MailKindTemplate> = {
  request_received: aboutRequest(),
  request_submitted: aboutRequest(),
  request_assigned: aboutRequest(),
  message_to_researcher: aboutRequest('message'),
  message_from_researcher: aboutRequest('message'),
  message_from_staff: aboutRequest('message'),
  internal_note: aboutRequest('message'),
  triage_started: aboutRequest(),
  question_to_researcher: aboutRequest('comment'),
  answer_to_secretariat: aboutRequest('comment'),
  request_rejected: aboutRequest('comment'),
  request_withdrawn: aboutRequest(),
  request_completed: aboutRequest(),
  request_routed: aboutRequest(),
  routed_to_biobank: aboutRequest('note'),
  biobank_declined: aboutRequest('comment'),
  work_started: aboutRequest(),
  biobank_delivered: aboutRequest(),
  coordinator_granted: { action: 'biobankQueue', greeting: 'addressee' },
  // To an address that has no account yet: nobody to greet by name.
  invitation: { action: 'invitation', greeting: 'anyone' },
  test_mail: { action: 'portal', greeting: 'anyone' },
  digest: { quote: 'items', action: 'notifications', greeting: 'addressee' },
  email_verification: { action: 'verifyEmail', greeting: 'addressee' },
  password_reset: { action: 'resetPassword', greeting: 'addressee' },
  password_changed: { action: 'portal', greeting: 'addressee' },
  // Opened by the page that verifies an address: the token says which kind of link it is.
  email_change: { action: 'verifyEmail', greeting: 'addressee' },
  email_change_notice: { action: 'portal', greeting: 'addressee' },
};
