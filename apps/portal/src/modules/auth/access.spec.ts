import { aUser } from '../../test/factories';
import { hasAnyRole, landingPathFor, loginPathFor } from './access';

describe('where people go after logging in', () => {
  it('takes each role to its own work list', () => {
    expect(landingPathFor(aUser({ roles: ['researcher'] }))).toBe('/requests');
    expect(landingPathFor(aUser({ roles: ['secretariat'] }))).toBe('/triage');
    expect(landingPathFor(aUser({ roles: ['admin'] }))).toBe('/admin/mails');
    expect(landingPathFor(aUser({ roles: ['coordinator'] }))).toBe('/biobank-queue');
  });

  it('encodes the return address into the login link', () => {
    expect(loginPathFor('/triage?status=submitted')).toBe(
      '/login?next=%2Ftriage%3Fstatus%3Dsubmitted',
    );
  });

  it('lets through a user with any one of the required roles', () => {
    const user = aUser({ roles: ['researcher', 'admin'] });
    expect(hasAnyRole(user, ['admin'])).toBe(true);
    expect(hasAnyRole(user, ['secretariat'])).toBe(false);
    expect(hasAnyRole(user, [])).toBe(true);
  });
});
