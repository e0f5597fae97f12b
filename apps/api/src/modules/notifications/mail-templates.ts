import {
  type Locale,
  MAIL_KINDS,
  type MailKind,
  type MailTemplateSummary,
  type RenderedMail,
} from '@bgb/contracts';
import { createInstance, type i18n } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import da from './locales/da.json';
import en from './locales/en.json';
import { MailLayout } from './templates/mail-layout';
import { MAIL_KIND_TEMPLATES } from './templates/mail-kinds';

export { MAIL_KINDS, type MailKind, type RenderedMail };

/**
 * Mails in the recipient's language: the wording comes from the locale files, the HTML part
 * from one React Email layout, the plain-text part from the same texts. Rendering is
 * synchronous so that a mail is rendered while its outbox row is written.
 */
export class MailTemplates {
  private readonly i18n: i18n;

  constructor() {
    this.i18n = createInstance();
    void this.i18n.init({
      resources: { da: { translation: da }, en: { translation: en } },
      fallbackLng: 'da',
      initAsync: false,
      // React escapes every text of the HTML part; the plain-text part must stay as written.
      interpolation: { escapeValue: false },
    });
  }

  /** Every kind, with what it is for in both languages, as administrators see them. */
  list(): MailTemplateSummary[] {
    return MAIL_KINDS.map((kind) => ({
      kind,
      description: {
        da: this.i18n.getFixedT('da')(`${kind}.description`),
        en: this.i18n.getFixedT('en')(`${kind}.description`),
      },
    }));
  }

  /**
   * `values.link` is where the mail's button leads. A mail to a person carries their `name` and
   * greets them by it; without one it greets the secretariat's shared mailbox. An `unsubscribe`
   * link (kinds the reader may turn off) adds a footer to stop mails of that kind.
   */
  render(
    kind: MailKind,
    locale: Locale,
    values: Record<string, string> & { link: string },
  ): RenderedMail {
    const t = this.i18n.getFixedT(locale);
    const template = MAIL_KIND_TEMPLATES[kind];
    const greeting =
      template.greeting === 'anyone'
        ? t('greeting.anyone')
        : values.name === undefined
          ? t('greeting.secretariat')
          : t('greeting.person', values);
    const quote = template.quote ? values[template.quote]?.trim() || undefined : undefined;
    const body = t(`${kind}.body`, values);
    const next = t(`${kind}.next`, values);
    const nextHeading = t('nextHeading');
    const signature = t('signature');
    const subject = t(`${kind}.subject`, values);
    const unsubscribe =
      values.unsubscribe === undefined
        ? undefined
        : { reason: t('unsubscribe'), label: t('unsubscribeLink'), href: values.unsubscribe };
    const unsubscribeText = unsubscribe && `${unsubscribe.reason} ${t('unsubscribeLine', values)}`;
    const text = [
      greeting,
      body,
      quote,
      `${nextHeading}:\n${next}`,
      t(`linkLine.${template.action}`, values),
      signature,
      unsubscribeText,
    ]
      .filter((part) => part !== undefined)
      .join('\n\n');
    const html = renderToStaticMarkup(
      createElement(MailLayout, {
        locale,
        subject,
        brand: t('brand'),
        greeting,
        body,
        quote,
        nextHeading,
        next,
        action: { label: t(`action.${template.action}`), href: values.link },
        linkFallback: t('linkFallback'),
        signature,
        footer: t('footer'),
        unsubscribe,
      }),
    );
    return { subject, text, html: `<!DOCTYPE html>${html}` };
  }
}
