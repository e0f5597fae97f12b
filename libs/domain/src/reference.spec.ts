import { formatReference, parseReference, referenceYear } from './reference';

describe('request references', () => {
  it('pads the yearly sequence to five digits', () => {
    expect(formatReference(2026, 42)).toBe('BGB-2026-00042');
    expect(formatReference(2027, 1)).toBe('BGB-2027-00001');
  });

  it('grows past 99,999 instead of failing', () => {
    expect(formatReference(2026, 123456)).toBe('BGB-2026-123456');
  });

  it('refuses a sequence or year that cannot be a reference', () => {
    expect(() => formatReference(2026, 0)).toThrow(RangeError);
    expect(() => formatReference(2026, 1.5)).toThrow(RangeError);
    expect(() => formatReference(99, 1)).toThrow(RangeError);
  });

  it('parses what it formats and nothing else', () => {
    expect(parseReference('bgb-2026-00042')).toEqual({ year: 2026, sequence: 42 });
    expect(parseReference(formatReference(2031, 7))).toEqual({ year: 2031, sequence: 7 });
    expect(parseReference('BGB-2026-42')).toBeNull();
    expect(parseReference('XYZ-2026-00042')).toBeNull();
  });

  it('counts years in Danish time', () => {
    expect(referenceYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(referenceYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});
