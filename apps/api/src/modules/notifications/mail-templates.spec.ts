import { ACCOUNT_MAIL_KINDS, type Locale } from '@bgb/contracts';
import da from './locales/da.json';
import en from './locales/en.json';
import { MAIL_KINDS, MailTemplates } from './mail-templates';
import { MAIL_KIND_TEMPLATES } from './templates/mail-kinds';
import { sampleValues } from './templates/mail-samples';

const LOCALES: Locale[] = ['da', 'en'];
const texts = { da, en };
const config = { PUBLIC_URL: 'https://portal.example' };
/** Kinds that concern no single request, and so carry no reference. */
const NOT_ABOUT_A_REQUEST: string[] = [
  'coordinator_granted',
  'invitation',
  'test_mail',
  'digest',
  ...ACCOUNT_MAIL_KINDS,
];
/** As React writes text into HTML. */
const inHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

describe('mail templates', () => {
  const templates = new MailTemplates();
  const values = {
    reference: 'BGB-2026-00042',
    name: 'Søren Østergård',
    title: 'Plasma <b>markers</b> & æøå',
    service: 'Biomarker development support',
    link: 'https://portal.example/requests/abc',
  };

  describe.each(LOCALES)('every kind in %s', (locale) => {
    it.each(MAIL_KINDS)(
      '%s has a subject, a plain-text and an HTML part, and opens its link from both',
      (kind) => {
        const sample = sampleValues(config, kind, locale);
        const mail = templates.render(kind, locale, sample);
        expect(mail.subject.trim()).not.toBe('');
        expect(mail.subject).not.toContain('{{');
        expect(mail.text).not.toContain('{{');
        expect(mail.html).toMatch(new RegExp(`^<!DOCTYPE html><html [^>]*lang="${locale}"`));
        expect(mail.text).toContain(sample.link);
        expect(mail.html).toContain(`href="${sample.link}"`);
        if (NOT_ABOUT_A_REQUEST.includes(kind))
          expect(mail.subject).not.toContain('BGB-2026-00042');
        else expect(mail.subject.startsWith('[BGB-2026-00042] ')).toBe(true);
      },
    );

    it.each(MAIL_KINDS)(
      '%s says what happens next, under its own heading, in both parts',
      (kind) => {
        const sample = sampleValues(config, kind, locale);
        const next = texts[locale][kind].next.replace(
          /\{\{(\w+)\}\}/g,
          (_, key: string) => sample[key],
        );
        const heading = texts[locale].nextHeading;
        const mail = templates.render(kind, locale, sample);
        expect(mail.text).toContain(`${heading}:\n${next}`);
        expect(mail.html).toContain(`>${heading}</h2>`);
        expect(mail.html).toContain(inHtml(next));
      },
    );

    it.each(MAIL_KINDS)(
      '%s loads nothing from elsewhere: no images, style sheets or fonts',
      (kind) => {
        const { html } = templates.render(kind, locale, sampleValues(config, kind, locale));
        expect(html).not.toMatch(/<img|<link|<script|@import|url\(/i);
        expect(html).not.toMatch(/src="http/i);
        // The only absolute addresses are the links to the portal.
        const addresses = [...html.matchAll(/https?:\/\/[^"<\s]+/g)].map(([address]) => address);
        expect(addresses.every((address) => address.startsWith('https://portal.example/'))).toBe(
          true,
        );
      },
    );
  });

  it('writes the receipt in Danish with the reference in the subject', () => {
    const mail = templates.render('request_received', 'da', values);
    expect(mail.subject).toBe('[BGB-2026-00042] Vi har modtaget din henvendelse');
    expect(mail.text).toContain('Kære Søren Østergård');
    expect(mail.text).toContain('»Plasma <b>markers</b> & æøå«');
    expect(mail.text).toContain('Åbn henvendelsen: https://portal.example/requests/abc');
  });

  it('writes the receipt in English', () => {
    const mail = templates.render('request_received', 'en', values);
    expect(mail.subject).toBe('[BGB-2026-00042] We have received your request');
    expect(mail.text).toContain('You do not need to do anything now');
    expect(mail.text).toContain('Open the request: https://portal.example/requests/abc');
  });

  it('escapes what users wrote in the HTML part but keeps it as written in the text part', () => {
    const hostile = {
      ...values,
      title: '<script>alert(1)</script>',
      author: 'Eve',
      message: '<img src="https://evil.example/x.png"> "quoted" & more',
    };
    const mail = templates.render('message_to_researcher', 'en', hostile);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;&gt;');
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.text).toContain('“<script>alert(1)</script>”');
    expect(mail.text).toContain('<img src="https://evil.example/x.png"> "quoted" & more');
  });

  it('quotes the message as written, line breaks and all, and leaves out an empty one', () => {
    const note = { ...values, biobank: 'Danske Cancer Biobank', note: 'Første linje\nAnden linje' };
    const withNote = templates.render('routed_to_biobank', 'da', note);
    expect(withNote.text).toContain(
      'til Danske Cancer Biobank.\n\nFørste linje\nAnden linje\n\nHvad sker der nu:',
    );
    expect(withNote.html).toContain('Første linje<br/>');
    const withoutNote = templates.render('routed_to_biobank', 'da', { ...note, note: '  ' });
    expect(withoutNote.text).toContain('til Danske Cancer Biobank.\n\nHvad sker der nu:');
  });

  it('has every mail in both languages, with the same texts in each', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(da).sort()).toEqual(keys(en).sort());
    for (const kind of MAIL_KINDS)
      expect(Object.keys(da[kind]).sort()).toEqual(['body', 'description', 'next', 'subject']);
    expect(Object.keys(MAIL_KIND_TEMPLATES).sort()).toEqual([...MAIL_KINDS].sort());
  });

  it('describes every kind to administrators in both languages', () => {
    const listed = templates.list();
    expect(listed.map(({ kind }) => kind)).toEqual([...MAIL_KINDS]);
    expect(listed.find(({ kind }) => kind === 'routed_to_biobank')?.description).toEqual({
      da: 'Til en biobanks koordinatorer og fælles postkasse, når en henvendelse sendes til den',
      en: "To a biobank's coordinators and shared mailbox when a request is routed to it",
    });
  });

  it('greets a person by name, the shared mailbox as the secretariat, and anyone for a test mail', () => {
    const { name: _name, ...unnamed } = values;
    expect(templates.render('answer_to_secretariat', 'en', values).text).toMatch(
      /^Dear Søren Østergård,\n/,
    );
    expect(templates.render('answer_to_secretariat', 'da', unnamed).text).toMatch(
      /^Kære sekretariat\n/,
    );
    expect(templates.render('test_mail', 'en', { ...values, author: 'Ada' }).text).toMatch(
      /^Hello,\n/,
    );
  });

  it('writes an internal note in Danish and English', () => {
    const note = { ...values, author: 'Camilla Dahl', message: 'Kun til intern brug' };
    const danish = templates.render('internal_note', 'da', note);
    expect(danish.subject).toBe('[BGB-2026-00042] Ny intern note: Plasma <b>markers</b> & æøå');
    expect(danish.text).toContain('Camilla Dahl har skrevet en intern note om henvendelsen');
    expect(danish.text).toContain('aldrig af forskeren');
    expect(templates.render('internal_note', 'en', note).subject).toBe(
      '[BGB-2026-00042] New internal note: Plasma <b>markers</b> & æøå',
    );
  });

  it('tells a new coordinator of their biobank and leads to their queue', () => {
    const mail = templates.render('coordinator_granted', 'da', {
      name: 'Dora Lund',
      author: 'Anne Admin',
      biobank: 'Danske Reumabiobank',
      link: 'https://portal.example/biobank-queue',
    });
    expect(mail.subject).toBe('Du er nu koordinator for Danske Reumabiobank');
    expect(mail.text).toContain('Anne Admin har gjort dig til koordinator for Danske Reumabiobank');
    expect(mail.text).toContain('Åbn jeres biobankkø: https://portal.example/biobank-queue');
  });
});

describe('mail footers', () => {
  const templates = new MailTemplates();
  const values = {
    reference: 'BGB-2026-00042',
    name: 'Erin',
    title: 'T',
    link: 'https://portal.example/requests/abc',
  };

  it('offers a way to stop mails of the kind only when given an unsubscribe link', () => {
    const unsubscribe = 'https://portal.example/unsubscribe?token=abc.def';
    const mail = templates.render('triage_started', 'en', { ...values, unsubscribe });
    expect(mail.text).toContain(`To stop mails of this kind: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(templates.render('triage_started', 'en', values).text).not.toContain('stop mails');
  });

  it('links the digest to the notification centre', () => {
    const digest = {
      name: 'Erin',
      count: '2',
      items: '• one\n• two',
      settings: 'https://p/settings',
      link: 'https://p/notifications',
    };
    const mail = templates.render('digest', 'da', digest);
    expect(mail.subject).toBe('Dit daglige overblik fra BGB-portalen: 2 nye');
    expect(mail.text).toContain('Åbn dine notifikationer: https://p/notifications');
    expect(mail.html).toMatch(/• one<br\/?>.*• two/s);
  });
});
