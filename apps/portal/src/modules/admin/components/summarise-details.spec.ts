import { summariseDetails } from './summarise-details';

describe('summariseDetails', () => {
  it('shows what a change of roles changed, and only that', () => {
    expect(
      summariseDetails({
        before: { roles: ['researcher'], biobankCodes: [] },
        after: { roles: ['researcher', 'coordinator'], biobankCodes: [] },
      }),
    ).toEqual(['roles: researcher → researcher, coordinator']);
  });

  it('shows a changed value without a key, and nothing as a dash', () => {
    expect(summariseDetails({ before: 'a@example.org', after: null })).toEqual([
      'a@example.org → —',
    ]);
  });

  it('shows other details as key and value', () => {
    expect(summariseDetails({ email: 'x@example.org', version: 3, codes: [] })).toEqual([
      'email: x@example.org',
      'version: 3',
      'codes: —',
    ]);
  });

  it('shows nothing for no details', () => {
    expect(summariseDetails({})).toEqual([]);
  });
});
