import type { DatePrecision } from './vocabulary.ts';

/**
 * Dates in news are partial: "two years ago" in a January 2020 report is 2018, known to the year.
 * actorgraph writes them as partial ISO strings ("2018", "2020-01", "2020-01-03"); the precision
 * is the number of parts given. In the database a partial date is stored as the first day of its
 * period plus its precision; it stands for every day of that period, and what that means for
 * windows and "as of" is the one rule of date-window.ts.
 */
export interface PartialDate {
  /** First day of the period, `YYYY-MM-DD`. */
  readonly start: string;
  readonly precision: DatePrecision;
  /** The date as written in the data file (`2018`, `2020-01`, `2020-01-03`). */
  readonly text: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'DAY' : month ? 'MONTH' : 'YEAR';
  const start = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const asDate = new Date(`${start}T00:00:00Z`);
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== start) return null;
  return { start, precision, text: text.trim() };
}

/** Formats a stored date back at its precision: (`2018-01-01`, YEAR) → `2018`. */
export function formatPartialDate(start: string, precision: DatePrecision | null | undefined): string {
  if (precision === 'YEAR') return start.slice(0, 4);
  if (precision === 'MONTH') return start.slice(0, 7);
  return start.slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for people, as precisely as it is known: `2018`, `Jan 2020`, `2020-01-03`. */
export function readablePartialDate(start: string, precision: DatePrecision | string | null | undefined): string {
  if (precision === 'YEAR') return start.slice(0, 4);
  if (precision === 'MONTH')
    return `${MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7)} ${start.slice(0, 4)}`;
  return start.slice(0, 10);
}

/** The days a partial date may stand for, both included (`2019` is 2019-01-01 .. 2019-12-31). */
export interface Period {
  readonly first: string;
  readonly last: string;
}

/**
 * The period of a stored date: (`2019-01-01`, YEAR) → 2019-01-01 .. 2019-12-31. A date stored
 * without its precision is taken as a day, the only reading that claims nothing more.
 */
export function periodOf(start: string, precision: DatePrecision | null | undefined): Period {
  return { first: start.slice(0, 10), last: lastDayOf(start.slice(0, 10), precision ?? 'DAY') };
}

/** The last day of the period that begins on `start`. */
export function lastDayOf(start: string, precision: DatePrecision): string {
  if (precision === 'DAY') return start;
  const [year, month] = start.split('-').map(Number) as [number, number];
  // Day 0 of the following month is the last day of this one.
  const end = precision === 'YEAR' ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return end.toISOString().slice(0, 10);
}

/** `day` moved by a number of days (both `YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
