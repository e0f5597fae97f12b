import { MailTemplates } from './mail-templates';

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
});
