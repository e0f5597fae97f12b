import { identityFromClaims, InstitutionalSignInFailure } from './oidc-claims';

describe('reading an institution’s claims', () => {
  it('takes name, organisation, language and the verified address as they are', () => {
    expect(
      identityFromClaims({
        sub: 'abc',
        email: 'Ada.Lovelace@KU.dk',
        email_verified: true,
        name: 'Ada Lovelace',
        given_name: 'Ada',
        organization: 'University of Copenhagen',
        schac_home_organization: 'ku.dk',
        locale: 'en-GB',
      }),
    ).toEqual({
      subject: 'abc',
      email: 'ada.lovelace@ku.dk',
      emailVerified: true,
      name: 'Ada Lovelace',
      institution: 'University of Copenhagen',
      locale: 'en',
    });
  });

  it('falls back to given and family name, the home organisation, then the e-mail domain', () => {
    const identity = identityFromClaims({
      sub: 'abc',
      email: 'ada@rh.dk',
      given_name: 'Ada',
      family_name: 'Lovelace',
      schac_home_organization: 'rh.dk',
    });
    expect(identity).toMatchObject({ name: 'Ada Lovelace', institution: 'rh.dk', locale: 'da' });
    expect(identityFromClaims({ sub: 'abc', email: 'ada@regionh.dk' })).toMatchObject({
      name: 'ada@regionh.dk',
      institution: 'regionh.dk',
    });
  });

  it('trusts an address only when the provider says it verified it', () => {
    expect(identityFromClaims({ sub: 'a', email: 'a@b.dk' }).emailVerified).toBe(false);
    expect(
      identityFromClaims({ sub: 'a', email: 'a@b.dk', email_verified: false }).emailVerified,
    ).toBe(false);
    expect(
      identityFromClaims({ sub: 'a', email: 'a@b.dk', email_verified: 'true' }).emailVerified,
    ).toBe(true);
    expect(
      identityFromClaims({ sub: 'a', email: 'a@b.dk', email_verified: 'yes' }).emailVerified,
    ).toBe(false);
  });

  it('treats a malformed address as none, and any other language as Danish', () => {
    expect(identityFromClaims({ sub: 'a', email: 'not an address' }).email).toBeUndefined();
    expect(identityFromClaims({ sub: 'a', locale: 'sv' }).locale).toBe('da');
    expect(identityFromClaims({ sub: 'a', locale: 'da-DK' }).locale).toBe('da');
  });

  it('cuts over-long names to what an account holds', () => {
    expect(identityFromClaims({ sub: 'a', name: 'x'.repeat(300) }).name).toHaveLength(200);
  });

  it('refuses claims without a subject', () => {
    expect(() => identityFromClaims({ email: 'a@b.dk' })).toThrow(InstitutionalSignInFailure);
  });
});
