import da from './locales/da.json';
import en from './locales/en.json';
import { MAIL_KINDS, MailTemplates } from './mail-templates';

describe('mail templates', () => {
  const templates = new MailTemplates();
  const values = {
    reference: 'BGB-2026-00042',
    name: 'Søren Østergård',
    title: 'Plasma <b>markers</b> & æøå',
    service: 'Biomarker development support',
    link: 'https://portal.example/requests/abc',
  };

  it('writes the receipt in Danish with the reference in the subject', () => {
    const mail = templates.render('request_received', 'da', values);
    expect(mail.subject).toBe('[BGB-2026-00042] Vi har modtaget din henvendelse');
    expect(mail.text).toContain('Kære Søren Østergård');
    expect(mail.text).toContain('»Plasma <b>markers</b> & æøå«');
    expect(mail.text).toContain('https://portal.example/requests/abc');
  });

  it('writes the receipt in English', () => {
    const mail = templates.render('request_received', 'en', values);
    expect(mail.subject).toBe('[BGB-2026-00042] We have received your request');
    expect(mail.text).toContain('You do not need to do anything now');
  });

  it('escapes user input in the HTML part but not in the text part', () => {
    const mail = templates.render('request_received', 'en', values);
    expect(mail.html).toContain('Plasma &lt;b&gt;markers&lt;&#x2F;b&gt; &amp; æøå');
    expect(mail.html).not.toContain('<b>markers</b>');
    expect(mail.html).toContain('href="https://portal.example/requests/abc"');
  });

  it('has every mail in both languages, with the same texts in each', () => {
    const keys = (texts: object, prefix = ''): string[] =>
      Object.entries(texts).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(da).sort()).toEqual(keys(en).sort());
    const kinds = Object.keys(da).filter((key) => typeof da[key as keyof typeof da] === 'object' && key !== 'greeting');
    expect(kinds.sort()).toEqual([...MAIL_KINDS].sort());
    for (const kind of MAIL_KINDS) expect(Object.keys(da[kind]).sort()).toEqual(['body', 'next', 'subject']);
  });

  it('greets a person by name and the shared mailbox as the secretariat', () => {
    const { name: _name, ...unnamed } = values;
    expect(templates.render('answer_to_secretariat', 'en', values).text).toMatch(/^Dear Søren Østergård,\n/);
    expect(templates.render('answer_to_secretariat', 'da', unnamed).text).toMatch(/^Kære sekretariat\n/);
  });

  it('writes an internal note in Danish and English', () => {
    const note = { ...values, author: 'Camilla Dahl', message: 'Kun til intern brug' };
    const danish = templates.render('internal_note', 'da', note);
    expect(danish.subject).toBe('[BGB-2026-00042] Ny intern note: Plasma <b>markers</b> & æøå');
    expect(danish.text).toContain('Camilla Dahl har skrevet en intern note om henvendelsen');
    expect(danish.text).toContain('aldrig af forskeren');
    expect(templates.render('internal_note', 'en', note).subject).toBe('[BGB-2026-00042] New internal note: Plasma <b>markers</b> & æøå');
  });
});

describe('mail footers', () => {
  const templates = new MailTemplates();
  const values = { reference: 'BGB-2026-00042', name: 'Erin', title: 'T', link: 'https://portal.example/requests/abc' };

  it('offers a way to stop mails of the kind only when given an unsubscribe link', () => {
    const unsubscribe = 'https://portal.example/unsubscribe?token=abc.def';
    const mail = templates.render('triage_started', 'en', { ...values, unsubscribe });
    expect(mail.text).toContain(`To stop mails of this kind: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(templates.render('triage_started', 'en', values).text).not.toContain('stop mails');
  });

  it('links the digest to the notification centre', () => {
    const digest = { name: 'Erin', count: '2', items: '• one\n• two', settings: 'https://p/settings', link: 'https://p/notifications' };
    const mail = templates.render('digest', 'da', digest);
    expect(mail.subject).toBe('Dit daglige overblik fra BGB-portalen: 2 nye');
    expect(mail.text).toContain('Åbn dine notifikationer: https://p/notifications');
    expect(mail.html).toContain('• one<br>• two');
  });
});
