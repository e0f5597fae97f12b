import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, isWeekend, set } from 'date-fns';
import Holidays from 'date-holidays';

/** Deadlines follow the Danish working week, whatever the server's own time zone. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

let danishHolidays: Holidays | undefined;

/** A weekday that is not a Danish public holiday (Christmas Eve and Constitution Day are working days). */
export function isDanishWorkingDay(day: Date): boolean {
  const local = new TZDate(day, DANISH_TIME_ZONE);
  if (isWeekend(local)) return false;
  danishHolidays ??= new Holidays('DK', { types: ['public'] });
  // Asked at local noon, so that a holiday is never missed at a day's edge.
  return !danishHolidays.isHoliday(
    set(local, { hours: 12, minutes: 0, seconds: 0, milliseconds: 0 }),
  );
}

/**
 * The end (Danish time) of the n-th working day after the day of `from`: a request submitted
 * on a Friday with a 5-working-day deadline is due at the end of the next Friday.
 */
export function addDanishWorkingDays(from: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`Working days must be a positive whole number: ${workingDays}`);
  }
  let day = new TZDate(from, DANISH_TIME_ZONE);
  for (let counted = 0; counted < workingDays;) {
    day = addDays(day, 1);
    if (isDanishWorkingDay(day)) counted++;
  }
  return new Date(endOfDay(day).getTime());
}
