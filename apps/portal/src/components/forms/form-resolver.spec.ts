import { CreateRequestBody, RegisterBody } from '@bgb/contracts';
import { i18n } from '../../i18n/i18n';
import { friendlyIssueMessage } from './form-resolver';

function messages(
  schema: {
    safeParse: (
      data: unknown,
      params: object,
    ) => { error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
) {
  const result = schema.safeParse(data, { error: friendlyIssueMessage });
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

const emptyRequest = {
  title: '  ',
  serviceId: '',
  biobankCodes: [],
  projectDescription: '',
  principalInvestigator: '',
  institution: 'Rigshospitalet',
};

describe('form validation messages', () => {
  it('asks for what is missing in words a researcher understands', () => {
    expect(messages(CreateRequestBody, emptyRequest)).toEqual({
      title: 'This field is required',
      serviceId: 'Please choose an option',
      biobankCodes: 'Please choose at least one',
      projectDescription: 'This field is required',
      principalInvestigator: 'This field is required',
    });
  });

  it('states the limit of a text that is too long or too short', () => {
    expect(messages(CreateRequestBody, { ...emptyRequest, title: 'x'.repeat(201) }).title).toBe(
      'Must be at most 200 characters',
    );
    expect(
      messages(RegisterBody, {
        name: 'A',
        email: 'a@example.org',
        password: 'short',
        institution: 'X',
      }).password,
    ).toBe('Must be at least 12 characters');
  });

  it("leaves other issues to zod's own, localised, messages", async () => {
    const valid = { name: 'A', password: 'a-long-password', institution: 'X' };
    expect(messages(RegisterBody, { ...valid, email: 'not-an-email' }).email).toBe(
      'Invalid email address',
    );
    await i18n.changeLanguage('da');
    expect(messages(RegisterBody, { ...valid, email: 'not-an-email' }).email).toBe(
      'Ugyldig e-mailadresse',
    );
  });

  it('follows the language the user switches to', async () => {
    await i18n.changeLanguage('da');
    expect(messages(CreateRequestBody, emptyRequest).title).toBe('Feltet skal udfyldes');
  });
});
