import { mfaEnrolmentRequired } from './second-factor';

describe('who must set up a second factor before anything else', () => {
  it.each([
    ['an admin without TOTP, when admins must', ['admin'], false, ['admin'], true],
    ['an admin with TOTP', ['admin'], true, ['admin'], false],
    ['a researcher, when only staff must', ['researcher'], false, ['admin', 'secretariat'], false],
    [
      'a researcher who is also secretariat',
      ['researcher', 'secretariat'],
      false,
      ['secretariat'],
      true,
    ],
    ['anybody, when no role must', ['admin'], false, [], false],
  ] as const)('%s', (_label, roles, mfaEnabled, required, expected) => {
    expect(mfaEnrolmentRequired({ roles, mfaEnabled }, required)).toBe(expected);
  });
});
