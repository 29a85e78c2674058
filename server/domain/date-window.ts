import { addDays, parsePartialDate, periodOf, type Period } from './dates.ts';
import type { DatePrecision } from './vocabulary.ts';

/**
 * The one rule for dates and date windows, read the same way by the API's relation filter, the
 * analyses, the command line and the browser (pure: no Node, no driver, so the client imports it).
 *
 * A date known to the year or month covers its whole period: "2019" is any day from 2019-01-01 to
 * 2019-12-31. So:
 * - a window `from`..`to` runs from the first day of `from`'s period to the last day of `to`'s, and
 *   holds what may fall in it: an event whose period overlaps the window, an interval that may
 *   have held during it. It is refused only when it cannot contain a day (`from` after `to`);
 *   `from: "2019-05-10", to: "2019-05"` is a window of 22 days.
 * - "as of D" holds what **certainly** held on D (begun for sure by D, not ended for sure by D),
 *   or on some day of D's period when D is partial; `asOfCertainty: POSSIBLE` reads it as what
 *   may have held then instead. The state of the graph on a date should not show what the
 *   sources cannot place there; a window is a search, which should not drop what they cannot
 *   place outside it.
 * cypher/fragments/relation-filter.cypher is the same rule in Cypher, over the bounds that
 * `boundsOf` computes and cypher/queries/ingest/sync-relates-edges.cypher stores on each edge.
 */

export const AS_OF_CERTAINTIES = ['CERTAIN', 'POSSIBLE'] as const;
export type AsOfCertainty = (typeof AS_OF_CERTAINTIES)[number];

/** A window as a caller writes it: partial dates, every part optional. */
export interface DateWindowInput {
  readonly asOf?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly asOfCertainty?: unknown;
}

/** The window as query parameters: ISO days, null when unused (the fragment's `$asOf` ... `$to`). */
export interface DateWindowParams {
  /** First day of the asOf period. */
  asOf: string | null;
  /** Last day of the asOf period (equal to asOf for a day). */
  asOfLast: string | null;
  /** True to read asOf as "may have held", false (default) as "certainly held". */
  asOfPossible: boolean;
  /** First day of the from period. */
  from: string | null;
  /** Last day of the to period. */
  to: string | null;
}

export type DateWindowField = 'asOf' | 'from' | 'to' | 'asOfCertainty';

/** A bad window: which field, and what is wrong with it (callers wrap it in their own error). */
export class DateWindowError extends Error {
  constructor(
    readonly field: DateWindowField,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'DateWindowError';
  }
}

/**
 * Parses and checks a window; throws DateWindowError naming the field at fault. `prefix` is how
 * the caller's messages name the window's fields (`filter.` for the API's `filter.to`).
 */
export function readDateWindow(input: DateWindowInput, prefix = ''): DateWindowParams {
  const asOf = readPeriod(input.asOf, 'asOf');
  const from = readPeriod(input.from, 'from');
  const to = readPeriod(input.to, 'to');
  if (from && to && from.first > to.last) {
    throw new DateWindowError('from', `must not be after ${prefix}to`);
  }
  return {
    asOf: asOf?.first ?? null,
    asOfLast: asOf?.last ?? null,
    asOfPossible: readCertainty(input.asOfCertainty) === 'POSSIBLE',
    from: from?.first ?? null,
    to: to?.last ?? null,
  };
}

function readPeriod(value: unknown, field: DateWindowField): Period | null {
  if (value === null || value === undefined) return null;
  const parsed = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : null;
  if (!parsed)
    throw new DateWindowError(
      field,
      `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  return periodOf(parsed.start, parsed.precision);
}

function readCertainty(value: unknown): AsOfCertainty {
  if (value === null || value === undefined) return 'CERTAIN';
  const certainty = typeof value === 'string' ? value.toUpperCase() : value;
  if (!(AS_OF_CERTAINTIES as readonly unknown[]).includes(certainty)) {
    throw new DateWindowError(
      'asOfCertainty',
      `must be ${AS_OF_CERTAINTIES.join(' or ')}, got ${JSON.stringify(value)}`,
    );
  }
  return certainty as AsOfCertainty;
}

/** Whether an interval written `from`..`to` can hold on some day: the same test as a window. */
export function isPossibleInterval(from: string, to: string): boolean {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  return !start || !end || start.start <= periodOf(end.start, end.precision).last;
}

/** A relation's dates as stored: first day of each period and its precision. */
export interface DatedRelation {
  readonly validFrom: string | null;
  readonly datePrecision?: DatePrecision | string | null;
  readonly validTo: string | null;
  readonly validToPrecision?: DatePrecision | string | null;
}

/**
 * What a relation's partial dates allow: it began on a day from `validFrom` to `validFromLast`
 * and stopped holding on a day from `validToFirst` to `validToLast` (it holds on the days before
 * its end). An interval ends after it begins, which narrows the bounds when both ends share a
 * period: `from: 2019, to: 2019` began by 2019-12-30 and ended from 2019-01-02. Null for an
 * unknown end.
 */
export interface RelationBounds {
  readonly validFrom: string | null;
  readonly validFromLast: string | null;
  readonly validToFirst: string | null;
  readonly validToLast: string | null;
}

export function boundsOf(relation: DatedRelation): RelationBounds {
  const start = relation.validFrom ? periodOf(relation.validFrom, asPrecision(relation.datePrecision)) : null;
  const end = relation.validTo ? periodOf(relation.validTo, asPrecision(relation.validToPrecision)) : null;
  const dayBefore = end ? addDays(end.last, -1) : null;
  const dayAfter = start ? addDays(start.first, 1) : null;
  return {
    validFrom: start?.first ?? null,
    validFromLast: start ? (dayBefore && dayBefore < start.last ? dayBefore : start.last) : null,
    validToFirst: end ? (dayAfter && dayAfter > end.first ? dayAfter : end.first) : null,
    validToLast: end?.last ?? null,
  };
}

function asPrecision(value: DatePrecision | string | null | undefined): DatePrecision {
  return value === 'YEAR' || value === 'MONTH' ? value : 'DAY';
}

/**
 * "As of" for one relation, as the fragment reads it: certainly held on a day of [asOf, asOfLast]
 * (began by its last day, did not end by its first), or with asOfPossible may have held then.
 * A relation with no start holds from the beginning, one with no end until now.
 */
export function holdsAsOf(
  relation: DatedRelation,
  window: Pick<DateWindowParams, 'asOf' | 'asOfLast' | 'asOfPossible'>,
): boolean {
  if (!window.asOf) return true;
  const asOfLast = window.asOfLast ?? window.asOf;
  const bounds = boundsOf(relation);
  const latestStart = window.asOfPossible ? bounds.validFrom : bounds.validFromLast;
  const earliestEnd = window.asOfPossible ? bounds.validToLast : bounds.validToFirst;
  return (latestStart === null || latestStart <= asOfLast) && (earliestEnd === null || earliestEnd > window.asOf);
}

/**
 * The window for one relation, as the fragment reads it: an event whose period overlaps
 * [from, to] (an undated event is in no window), a state of affairs that may have held during it
 * (an interval that ends on `from` touches the window and counts, as its end is news in it).
 */
export function overlapsWindow(
  relation: DatedRelation & { readonly isEvent: boolean },
  window: Pick<DateWindowParams, 'from' | 'to'>,
): boolean {
  const bounds = boundsOf(relation);
  if (relation.isEvent) {
    if (window.from && !(bounds.validFromLast !== null && bounds.validFromLast >= window.from)) return false;
    if (window.to && !(bounds.validFrom !== null && bounds.validFrom <= window.to)) return false;
    return true;
  }
  if (window.from && bounds.validToLast !== null && bounds.validToLast < window.from) return false;
  if (window.to && bounds.validFrom !== null && bounds.validFrom > window.to) return false;
  return true;
}

/** Whether a date of a given precision may fall in [from, to] (its period overlaps the window). */
export function periodOverlaps(
  date: string,
  precision: DatePrecision | string | null | undefined,
  window: Pick<DateWindowParams, 'from' | 'to'>,
): boolean {
  const period = periodOf(date, asPrecision(precision));
  return (!window.from || period.last >= window.from) && (!window.to || period.first <= window.to);
}
