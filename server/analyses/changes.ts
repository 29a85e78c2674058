import { toCypherInt } from '../db/convert.ts';
import { formatPartialDate, readablePartialDate } from '../domain/dates.ts';
import type { DatePrecision } from '../domain/vocabulary.ts';
import { AnalysisError } from './analysis-error.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { readWithin } from './budget.ts';
import { formatTable } from './format-table.ts';
import { listSome, type NameOf } from './actor-names.ts';
import type { Clock, FilterParams } from './params.ts';

const changesQuery = analysisQuery('changes');

export type ChangeKind = 'STARTED' | 'ENDED' | 'ADDED' | 'RETRACTED' | 'CHANGED';

export interface RelationChange {
  relationId: string;
  kind: ChangeKind;
  /** First day of the date's period; `datePrecision` says how much of it is known. */
  date: string;
  /** STARTED and ENDED carry the relation's own precision; record-time changes are days. */
  datePrecision: DatePrecision;
  type: string;
  polarity: string;
  fromId: string;
  toId: string;
  evidenceIds: string[];
}

export interface ChangesResult {
  /** The clock read: WORLD, RECORDED or BOTH. */
  clock: Clock;
  changes: RelationChange[];
}

/** Changes on the world's clock; the others are the record's. */
const WORLD_KINDS: readonly ChangeKind[] = ['STARTED', 'ENDED'];
const CHANGES_LISTED = 6;

/**
 * What changed between two dates, on the world's clock (relations that started or ended) and on
 * the record's clock (relations added, retracted, or whose evidence changed); the semantics are
 * in cypher/analyses/changes.cypher.
 */
export const changes = defineAnalysis<ChangesResult>({
  name: 'changes',
  question: 'Which relations started, ended, were added, retracted or changed between two dates?',
  reads: ['asOf', 'from', 'to', 'minConfidence', 'types', 'clock'],

  check(params) {
    const { from, to } = changeWindow(params.filter);
    if (from > to)
      throw new AnalysisError('BAD_USER_INPUT', `the window starts (${from}) after it ends (${to})`, 'from');
  },

  async run(db, params, budget) {
    const { types, minConfidence } = params.filter;
    const { from, to } = changeWindow(params.filter);
    const rows = await readWithin(db, budget, (tx) =>
      tx.run(changesQuery, { from, to, types, minConfidence, limit: toCypherInt(params.limit) }),
    );
    const onClock = (change: RelationChange) =>
      params.clock === 'BOTH' || WORLD_KINDS.includes(change.kind) === (params.clock === 'WORLD');
    return { clock: params.clock, changes: (rows as unknown as RelationChange[]).filter(onClock) };
  },

  toTable(result) {
    return formatTable(
      ['date', 'kind', 'relation', 'type', 'from', 'to', 'evidence'],
      result.changes.map((c) => [
        formatPartialDate(c.date, c.datePrecision),
        c.kind,
        c.relationId,
        c.type,
        c.fromId,
        c.toId,
        c.evidenceIds.length || '',
      ]),
    );
  },

  toOverlay(result, nameOf) {
    const kinds = new Map<string, number>();
    for (const change of result.changes) kinds.set(change.kind, (kinds.get(change.kind) ?? 0) + 1);
    const latest = new Map<string, RelationChange>();
    for (const change of result.changes) {
      latest.set(change.fromId, change);
      latest.set(change.toId, change);
    }
    return {
      actors: [...latest].map(([actorId, change]) => ({
        actorId,
        value: null,
        group: change.kind,
        label: `${change.kind.toLowerCase()} ${formatPartialDate(change.date, change.datePrecision)}`,
      })),
      relationIds: [...new Set(result.changes.map((change) => change.relationId))].sort(),
      summary:
        result.changes.length === 0
          ? `Nothing changed in the window${CLOCK_WORDS[result.clock]}.`
          : `${result.changes.length} change${result.changes.length === 1 ? '' : 's'}${CLOCK_WORDS[result.clock]}: ${[...kinds].map(([kind, count]) => `${count} ${kind.toLowerCase()}`).join(', ')}. ${describeChanges(result.changes, nameOf)}`,
    };
  },
});

/**
 * The window of changes: from..to as given (the first day of `from`'s period to the last of
 * `to`'s); a missing end is the end of asOf's period, else today; a missing start is one year
 * before the end. So the overlay, which passes the view's date as asOf, shows the year of changes
 * up to that date.
 */
export function changeWindow(filter: FilterParams, today = new Date()): { from: string; to: string } {
  const to = filter.to ?? filter.asOfLast ?? today.toISOString().slice(0, 10);
  if (filter.from) return { from: filter.from, to };
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() - 1);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: end.toISOString().slice(0, 10), to };
}

const CLOCK_WORDS: Record<Clock, string> = {
  WORLD: ' in the world',
  RECORDED: ' in the record',
  BOTH: ' in the world and the record',
};

/** The changes by name and date, latest first: "Jan 2020 started: Pakistan support United States". */
export function describeChanges(changes: readonly RelationChange[], nameOf: NameOf): string {
  const latestFirst = [...changes].sort(
    (a, b) => b.date.localeCompare(a.date) || a.relationId.localeCompare(b.relationId),
  );
  const lines = latestFirst.map(
    (change) =>
      `${readablePartialDate(change.date, change.datePrecision)} ${change.kind.toLowerCase()}: ${nameOf(change.fromId)} ${change.type.toLowerCase().replace(/_/g, ' ')} ${nameOf(change.toId)}`,
  );
  return `${listSome(lines, CHANGES_LISTED)}.`;
}
