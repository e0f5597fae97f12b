import { z } from 'zod';
import { LocalizedText } from './common';
import { Locale } from './enums';

/** A mail kept by the built-in SMTP catcher of demo mode. */
export const CaughtMail = z.object({
  id: z.string(),
  receivedAt: z.iso.datetime(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
});
export type CaughtMail = z.infer<typeof CaughtMail>;

/**
 * Mails about a person's own account, carrying a single-use link: never an in-app notification,
 * never in a digest, and nobody may unsubscribe from them.
 */
export const ACCOUNT_MAIL_KINDS = [
  'email_verification',
  'password_reset',
  'password_changed',
  'email_change',
  'email_change_notice',
] as const;
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

/**
 * Every kind of mail the portal sends: one per event of a request's life, the coordinator's
 * appointment, an invitation to an account, the administrators' test mail, and the account
 * mails.
 */
export const MAIL_KINDS = [
  'request_received',
  'request_submitted',
  'request_assigned',
  'message_to_researcher',
  'message_from_researcher',
  'message_from_staff',
  'internal_note',
  'triage_started',
  'question_to_researcher',
  'answer_to_secretariat',
  'request_rejected',
  'request_withdrawn',
  'request_completed',
  'request_routed',
  'routed_to_biobank',
  'biobank_declined',
  'work_started',
  'biobank_delivered',
  'coordinator_granted',
  'invitation',
  'test_mail',
  'digest',
  ...ACCOUNT_MAIL_KINDS,
] as const;
export const MailKind = z.enum(MAIL_KINDS);
export type MailKind = z.infer<typeof MailKind>;

/** A kind of mail as administrators see it: what it is for, in both languages. */
export const MailTemplateSummary = z.object({
  kind: MailKind,
  description: LocalizedText,
});
export type MailTemplateSummary = z.infer<typeof MailTemplateSummary>;

export const MailTemplateList = z.object({ items: z.array(MailTemplateSummary) });
export type MailTemplateList = z.infer<typeof MailTemplateList>;

export const MailPreviewQuery = z.object({ locale: Locale.default('da') });
export type MailPreviewQuery = z.input<typeof MailPreviewQuery>;

/** A mail exactly as it would be sent: both parts. */
export const RenderedMail = z.object({ subject: z.string(), text: z.string(), html: z.string() });
export type RenderedMail = z.infer<typeof RenderedMail>;

/** A test mail to any address, to check the SMTP setup; a kind shows that template with sample data. */
export const SendTestMailBody = z.object({
  to: z.email().max(254),
  kind: MailKind.optional(),
  locale: Locale.default('da'),
});
export type SendTestMailBody = z.input<typeof SendTestMailBody>;

/** What was queued: delivery follows through the outbox like every other mail. */
export const QueuedMail = z.object({ recipient: z.string(), subject: z.string() });
export type QueuedMail = z.infer<typeof QueuedMail>;
