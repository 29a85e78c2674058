// Days as integers, so a slider can move over them; ISO strings (YYYY-MM-DD) everywhere else.
// What a partial date means, and what held as of a date, is the server's one rule
// (server/domain/date-window.ts, pure TypeScript), imported here rather than written again.
export {
  boundsOf,
  holdsAsOf,
  overlapsWindow,
  readDateWindow,
  type DatedRelation,
  type DateWindowParams,
} from '../../../server/domain/date-window.ts';
export { formatPartialDate, periodOf } from '../../../server/domain/dates.ts';

const DAY_MS = 86_400_000;

export function toDayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(value: number): string {
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/** A date as precisely as it is known: `2018` when only the year is, `Jan 2020` for a month. */
export function formatDate(day: string | null | undefined, precision?: string | null): string {
  if (!day) return 'undated';
  const [year, month] = day.split('-');
  if (precision === 'YEAR') return year ?? day;
  if (precision === 'MONTH') {
    const name = new Date(`${day}T00:00:00Z`).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    return `${name} ${year}`;
  }
  return month ? day : (year ?? day);
}

export interface DayRange {
  first: number;
  last: number;
}

/**
 * The days the slider spans: from the start of the year of the earliest date to the end of the
 * year of the latest, so that whole years fit and "as of 2019" is always reachable. Null when
 * nothing loaded carries a date.
 */
export function toDayRange(relations: Iterable<{ validFrom: string | null; validTo: string | null }>): DayRange | null {
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const relation of relations) {
    for (const day of [relation.validFrom, relation.validTo]) {
      if (!day) continue;
      if (!earliest || day < earliest) earliest = day;
      if (!latest || day > latest) latest = day;
    }
  }
  if (!earliest || !latest) return null;
  return { first: toDayNumber(`${earliest.slice(0, 4)}-01-01`), last: toDayNumber(`${latest.slice(0, 4)}-12-31`) };
}

/** Where the slider's marks go: the first day of each year in the range. */
export function yearStarts(range: DayRange): { year: number; day: number }[] {
  const firstYear = Number(fromDayNumber(range.first).slice(0, 4));
  const lastYear = Number(fromDayNumber(range.last).slice(0, 4));
  const marks: { year: number; day: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) marks.push({ year, day: toDayNumber(`${year}-01-01`) });
  return marks;
}
