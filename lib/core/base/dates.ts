/** Dates as cards and files write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read and checked in one place. */

/** A year, a month or a day: write only the precision you are sure of. */
export const DatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date the calendar has: 2019-02-31 matches the pattern but is no day. */
export function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** The day a moment falls on, in UTC: `2026-11-30`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The first day of the period a date names: "2022" → 2022-01-01, "2022-03" → 2022-03-01. */
export const periodStart = (date: string): string => (date + '-01-01').slice(0, 10);

/** An ISO day (YYYY-MM-DD) from what a page or file gives as a date, or undefined. */
export function toIsoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : isoDay(new Date(t));
}
