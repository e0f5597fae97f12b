/**
 * Human-readable request references, e.g. `BGB-2026-00042`: the year of submission and
 * a sequence number that restarts every year. The number is padded to five digits; a
 * year with more than 99,999 requests simply gets longer numbers rather than failing.
 */
export const REFERENCE_PATTERN = /^BGB-(\d{4})-(\d{5,})$/;

export function formatReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Reference year out of range: ${year}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Reference sequence must be a positive integer: ${sequence}`);
  }
  return `BGB-${year}-${String(sequence).padStart(5, '0')}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE_PATTERN.exec(reference.trim().toUpperCase());
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}

/** References follow the Danish calendar year, also in the hour after midnight UTC+1. */
export function referenceYear(at: Date): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(at),
  );
}
