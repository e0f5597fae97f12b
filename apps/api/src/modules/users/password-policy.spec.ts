import { ApiError } from '../../common/api-error';
import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();
  const person = ['Mette Kjær', 'mette.kjaer@rh.dk', 'Rigshospitalet'];

  const refusal = (password: string) => {
    try {
      policy.assertStrong(password, 'newPassword', person);
      return null;
    } catch (error) {
      return error as ApiError;
    }
  };

  it.each(['plum-orbit-Vessel-42', 'stale plum orbits the vessel', 'Biobank-demo-2026'])(
    'accepts %s',
    (password) => expect(refusal(password)).toBeNull(),
  );

  it.each([
    ['a common password', 'password12345'],
    ['a keyboard run', 'qwertyuiop123'],
    ['the person’s e-mail address', 'mette.kjaer@rh.dk'],
    ['the person’s name and a year', 'MetteKjær2026'],
    ['the institution', 'Rigshospitalet1'],
  ])('refuses %s as 422 WEAK_PASSWORD naming the field', (_case, password) => {
    const error = refusal(password);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'WEAK_PASSWORD' });
    expect(error?.details?.[0]).toMatchObject({ field: 'newPassword', code: 'WEAK_PASSWORD' });
  });
});
