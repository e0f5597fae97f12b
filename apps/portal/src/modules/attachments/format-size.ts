import type { Locale } from '@bgb/contracts';
import { INTL_LOCALE } from '../../components/format-date';

const UNITS = [
  { unit: 'byte', size: 1 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'megabyte', size: 1024 ** 2 },
  { unit: 'gigabyte', size: 1024 ** 3 },
] as const;

/** A file size as people read it, in the viewer's language: "12 kB", "3,4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const { unit, size } =
    [...UNITS].reverse().find((candidate) => bytes >= candidate.size) ?? UNITS[0];
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' || unit === 'kilobyte' ? 0 : 1,
  }).format(bytes / size);
}
