import { addDanishWorkingDays, isDanishWorkingDay } from './working-days';

describe('Danish working days', () => {
  it('skips weekends', () => {
    // Friday 27 November 2026, 15:00 in Copenhagen → end of Friday 4 December.
    expect(addDanishWorkingDays(new Date('2026-11-27T14:00:00Z'), 5).toISOString()).toBe(
      '2026-12-04T22:59:59.999Z',
    );
  });

  it('skips the Easter holidays, and counts summer time', () => {
    // Wednesday 24 March 2027: Maundy Thursday, Good Friday and Easter Monday do not count.
    expect(addDanishWorkingDays(new Date('2027-03-24T09:00:00Z'), 5).toISOString()).toBe(
      '2027-04-05T21:59:59.999Z',
    );
  });

  it('skips Christmas Day and Boxing Day but not Christmas Eve', () => {
    // Wednesday 23 December 2026 → 24, 28, 29, 30, 31 December.
    expect(addDanishWorkingDays(new Date('2026-12-23T10:00:00Z'), 5).toISOString()).toBe(
      '2026-12-31T22:59:59.999Z',
    );
  });

  it('counts from the Danish date, not the UTC one', () => {
    // 23:30 UTC on Sunday 29 November is already Monday 30 November in Copenhagen.
    expect(addDanishWorkingDays(new Date('2026-11-29T23:30:00Z'), 1).toISOString()).toBe(
      '2026-12-01T22:59:59.999Z',
    );
  });

  it('knows the public holidays', () => {
    expect(isDanishWorkingDay(new Date('2027-05-06T10:00:00Z'))).toBe(false); // Ascension Day
    expect(isDanishWorkingDay(new Date('2027-05-17T10:00:00Z'))).toBe(false); // Whit Monday
    expect(isDanishWorkingDay(new Date('2027-01-01T10:00:00Z'))).toBe(false);
    expect(isDanishWorkingDay(new Date('2027-04-23T10:00:00Z'))).toBe(true); // Great Prayer Day, abolished in 2024
    expect(isDanishWorkingDay(new Date('2026-11-25T10:00:00Z'))).toBe(true);
  });

  it('refuses a deadline that is not a positive whole number of days', () => {
    expect(() => addDanishWorkingDays(new Date(), 0)).toThrow(RangeError);
    expect(() => addDanishWorkingDays(new Date(), 2.5)).toThrow(RangeError);
  });
});
