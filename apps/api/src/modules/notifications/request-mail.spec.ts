import { requestMail } from './request-mail';

const config = {
  PUBLIC_URL: 'https://portal.example',
  SECRETARIAT_EMAIL: 'secretariat@bgb.example',
};
const researcher = {
  id: 'r1',
  name: 'Rikke Østergaard',
  email: 'rikke@example.org',
  locale: 'en' as const,
};
const caseHandler = {
  id: 'c1',
  name: 'Søren Holm',
  email: 'soren@example.org',
  locale: 'en' as const,
};
const request = {
  id: 'abc',
  reference: 'BGB-2026-00042',
  title: 'Plasma',
  researcher,
  assigneeId: null,
};

describe('the recipient of a mail about a request', () => {
  it('is the assigned case handler, by name and in their language', () => {
    const mail = requestMail(
      config,
      { ...request, assigneeId: 'c1', assignee: caseHandler },
      'case_handler',
      'answer_to_secretariat',
      'e1',
    );
    expect(mail).toMatchObject({
      recipient: 'soren@example.org',
      userId: 'c1',
      locale: 'en',
      idempotencyKey: 'answer_to_secretariat:e1:c1',
      values: {
        name: 'Søren Holm',
        reference: 'BGB-2026-00042',
        link: 'https://portal.example/requests/abc',
      },
    });
  });

  it("is the secretariat's shared mailbox, in Danish and greeted as such, while nobody is assigned", () => {
    const mail = requestMail(config, request, 'case_handler', 'answer_to_secretariat', 'e1');
    expect(mail).toMatchObject({
      recipient: 'secretariat@bgb.example',
      userId: null,
      locale: 'da',
      idempotencyKey: 'answer_to_secretariat:e1:secretariat',
    });
    expect(mail.values).not.toHaveProperty('name');
  });

  it("is a biobank's shared mailbox by the biobank's name, but no user: no preferences, no notification centre", () => {
    const mailbox = {
      id: 'biobank:DCB',
      name: 'Danske Cancer Biobank',
      email: 'dcb@biobank.example',
      locale: 'da' as const,
      sharedMailbox: true as const,
    };
    const mail = requestMail(config, request, mailbox, 'routed_to_biobank', 'e1');
    expect(mail).toMatchObject({
      recipient: 'dcb@biobank.example',
      userId: null,
      idempotencyKey: 'routed_to_biobank:e1:biobank:DCB',
    });
    expect(mail.values.name).toBe('Danske Cancer Biobank');
  });

  it('stays the shared mailbox for the secretariat even when a case handler is assigned', () => {
    const mail = requestMail(
      config,
      { ...request, assigneeId: 'c1', assignee: caseHandler },
      'secretariat',
      'request_submitted',
      'abc',
    );
    expect(mail.recipient).toBe('secretariat@bgb.example');
  });

  it('refuses to guess when the case handler was not loaded with the request', () => {
    expect(() =>
      requestMail(
        config,
        { ...request, assigneeId: 'c1' },
        'case_handler',
        'answer_to_secretariat',
        'e1',
      ),
    ).toThrow('The case handler of the request was not loaded');
  });

  it("fills values in the recipient's language", () => {
    const names = { da: 'Danske Cancer Biobank', en: 'Danish Cancer Biobank' };
    const mail = requestMail(config, request, researcher, 'work_started', 'e1', (locale) => ({
      biobank: names[locale],
    }));
    expect(mail.values.biobank).toBe('Danish Cancer Biobank');
    expect(
      requestMail(config, request, 'secretariat', 'biobank_delivered', 'e1', (locale) => ({
        biobank: names[locale],
      })).values.biobank,
    ).toBe('Danske Cancer Biobank');
  });
});
