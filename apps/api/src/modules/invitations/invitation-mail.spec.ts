import { describeRoles } from './invitation-mail';

describe('the roles an invitation mail names', () => {
  it('names one role alone, and a coordinator with their biobanks', () => {
    expect(describeRoles('en', ['admin'], [])).toBe('administrator');
    expect(describeRoles('da', ['coordinator'], ['Danske Cancer Biobank', 'Patobiobanken'])).toBe(
      'koordinator (Danske Cancer Biobank, Patobiobanken)',
    );
  });

  it('lists several roles in the usual order, joined with "and"', () => {
    expect(
      describeRoles('en', ['admin', 'coordinator', 'secretariat'], ['Danish Cancer Biobank']),
    ).toBe('member of the secretariat, coordinator (Danish Cancer Biobank) and administrator');
  });
});
