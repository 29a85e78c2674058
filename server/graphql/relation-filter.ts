import { parsePartialDate } from '../domain/dates.ts';
import { badUserInput } from './errors.ts';

/** The RelationFilter input as GraphQL hands it over. */
export interface RelationFilterInput {
  types?: string[] | null;
  polarity?: string[] | null;
  minConfidence?: number | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  sourceIds?: string[] | null;
  statuses?: string[] | null;
  includeRetracted?: boolean | null;
}

/** Parameters of `cypher/fragments/relation-filter.cypher`: every key present, null when unused. */
export interface RelationFilterParams {
  types: string[] | null;
  polarity: string[] | null;
  minConfidence: number | null;
  asOf: string | null;
  from: string | null;
  to: string | null;
  sourceIds: string[] | null;
  statuses: string[] | null;
  includeRetracted: boolean;
}

/** Validates a filter and turns it into query parameters; bad values are BAD_USER_INPUT errors. */
export function toRelationFilterParams(
  filter: RelationFilterInput | null | undefined,
  path = 'filter',
): RelationFilterParams {
  const f = filter ?? {};
  if (f.minConfidence !== null && f.minConfidence !== undefined && !(f.minConfidence >= 0 && f.minConfidence <= 1)) {
    throw badUserInput(`${path}.minConfidence`, `must be between 0 and 1, got ${f.minConfidence}`);
  }
  const asOf = readDate(f.asOf, `${path}.asOf`, 'start');
  const from = readDate(f.from, `${path}.from`, 'start');
  const to = readDate(f.to, `${path}.to`, 'end');
  if (from && to && from > to) throw badUserInput(`${path}.from`, `must not be after ${path}.to`);
  return {
    types: nonEmptyOrNull(f.types),
    polarity: nonEmptyOrNull(f.polarity),
    minConfidence: f.minConfidence ?? null,
    asOf,
    from,
    to,
    sourceIds: nonEmptyOrNull(f.sourceIds),
    statuses: nonEmptyOrNull(f.statuses),
    includeRetracted: f.includeRetracted ?? false,
  };
}

/**
 * Dates travel as ISO strings and are compared as Cypher dates, so the fragment wraps them in
 * `date()`. A partial date stands for its first day, except as the end of a window: `to: 2019`
 * means "up to the end of 2019", as a reader of the query would take it.
 */
function readDate(value: string | null | undefined, field: string, side: 'start' | 'end'): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parsePartialDate(value);
  if (!parsed) throw badUserInput(field, `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return side === 'start' ? parsed.start : lastDayOf(parsed.start, parsed.precision);
}

function lastDayOf(start: string, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  if (precision === 'DAY') return start;
  const [year, month] = start.split('-').map(Number) as [number, number];
  // Day 0 of the following month is the last day of this one.
  const end = precision === 'YEAR' ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return end.toISOString().slice(0, 10);
}

function nonEmptyOrNull(values: string[] | null | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}
