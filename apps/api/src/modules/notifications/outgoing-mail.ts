import type { Locale } from '@bgb/contracts';
import type { MailKind } from './mail-templates';

/** One mail as a change asks for it, before the recipient's preferences decide its delivery. */
export interface OutgoingMail {
  kind: MailKind;
  /** Unique per event and recipient: the same event never queues the same mail twice. */
  idempotencyKey: string;
  requestId: string | null;
  /** The person the mail goes to, whose preferences apply; `null` for a shared mailbox. */
  userId: string | null;
  recipient: string;
  locale: Locale;
  values: Record<string, string> & { link: string };
}
