import type { Locale } from '@bgb/contracts';
import { createInstance, type i18n } from 'i18next';
import da from './locales/da.json';
import en from './locales/en.json';

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
  'digest',
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Mails in the recipient's language. The same texts give the plain-text part and the HTML
 * part; in HTML every value from users is escaped.
 */
export class MailTemplates {
  private readonly i18n: i18n;

  constructor() {
    this.i18n = createInstance();
    void this.i18n.init({
      resources: { da: { translation: da }, en: { translation: en } },
      fallbackLng: 'da',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  /**
   * A mail to a person carries their `name` and greets them by it; without one it greets the shared
   * mailbox. An `unsubscribe` link adds a footer to stop mails of that kind.
   */
  render(kind: MailKind, locale: Locale, values: Record<string, string> & { link: string }): RenderedMail {
    const t = this.i18n.getFixedT(locale);
    const greeting = values.name === undefined ? 'greeting.secretariat' : 'greeting.person';
    const paragraphs = [greeting, `${kind}.body`, `${kind}.next`];
    // The digest links to the notification centre rather than to one request.
    const open = kind === 'digest' ? 'openNotifications' : 'openRequest';
    const footer = values.unsubscribe === undefined ? [] : [t('unsubscribe', values)];
    const text = [...paragraphs.map((key) => t(key, values)), t(open, values), t('signature'), ...footer].join('\n\n');
    const escaped = { interpolation: { escapeValue: true } };
    const htmlParagraphs = paragraphs.map((key) => htmlParagraph(t(key, { ...values, ...escaped })));
    const link = `<p><a href="${escapeAttribute(values.link)}">${t(open, { ...values, link: values.link, ...escaped })}</a></p>`;
    const signature = htmlParagraph(t('signature', escaped));
    const unsubscribe =
      values.unsubscribe === undefined
        ? ''
        : `<p style="font-size:12px;color:#555"><a href="${escapeAttribute(values.unsubscribe)}">${t('unsubscribe', { ...values, ...escaped })}</a></p>`;
    return {
      subject: t(`${kind}.subject`, values),
      text,
      html: `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a">${htmlParagraphs.join('')}${link}${signature}${unsubscribe}</body></html>`,
    };
  }
}

/** Line breaks in texts (and in quoted messages) survive into the HTML part. */
function htmlParagraph(escapedText: string): string {
  return `<p>${escapedText.replace(/\n/g, '<br>')}</p>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
