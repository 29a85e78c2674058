import { formatPartialDate, readablePartialDate } from '../domain/dates.ts';
import { listSome, type NameOf } from './actor-names.ts';
import type { DatePrecision } from '../domain/vocabulary.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { loadRelationsWithEvidence, pickRelations, type AnalysisRelation } from './analysis-relations.ts';
import { readWithin } from './budget.ts';
import { formatTable } from './format-table.ts';
import { FILTER_PARAMS } from './params.ts';

const signChangesQuery = analysisQuery('sign-changes');

export type SignedPolarity = 'COOPERATIVE' | 'HOSTILE';

export interface SignChange {
  /** First day of the date's period; `datePrecision` says how much of it is known. */
  date: string;
  datePrecision: DatePrecision;
  from: SignedPolarity;
  to: SignedPolarity;
  before: AnalysisRelation[];
  after: AnalysisRelation[];
}

export interface SignChangePair {
  a: string;
  b: string;
  changes: SignChange[];
}

export interface SignChangesResult {
  pairs: SignChangePair[];
}

interface ChangeRow {
  date: string;
  datePrecision: DatePrecision;
  from: number;
  to: number;
  before: string[];
  after: string[];
}

const polarityOf = (sign: number): SignedPolarity => (sign > 0 ? 'COOPERATIVE' : 'HOSTILE');

/**
 * Sign changes over time: actor pairs whose relation turned from cooperative to hostile or back
 * (cypher/analyses/sign-changes.cypher says how a pair's sign is read at each date). Each change
 * comes with the relations just before and just after it, with their evidence. asOf here means
 * "the history up to that date", since a history is never one day's snapshot.
 */
export const signChanges = defineAnalysis<SignChangesResult>({
  name: 'sign-changes',
  question: 'Which pairs of actors turned from cooperative to hostile or back, and when?',
  // A history up to asOf is a window, not a snapshot, so how certain asOf is does not apply.
  reads: FILTER_PARAMS.filter((name) => name !== 'asOfCertainty'),

  async run(db, params, budget) {
    // The history up to asOf is the window that ends with asOf's period.
    const { asOfLast, to } = params.filter;
    const until = asOfLast && to ? (asOfLast < to ? asOfLast : to) : (asOfLast ?? to);
    return readWithin(db, budget, async (tx) => {
      const rows = await tx.run(signChangesQuery, { ...params.filter, asOf: null, asOfLast: null, to: until });
      const pairs = rows.slice(0, params.limit).map((row) => ({
        a: String(row['a']),
        b: String(row['b']),
        changes: row['changes'] as ChangeRow[],
      }));
      const ids = pairs.flatMap((pair) => pair.changes.flatMap((change) => [...change.before, ...change.after]));
      const byId = await loadRelationsWithEvidence(tx, ids);
      return {
        pairs: pairs.map((pair) => ({
          a: pair.a,
          b: pair.b,
          changes: pair.changes.map((change) => ({
            date: change.date,
            datePrecision: change.datePrecision,
            from: polarityOf(change.from),
            to: polarityOf(change.to),
            before: pickRelations(byId, [...change.before].sort()),
            after: pickRelations(byId, [...change.after].sort()),
          })),
        })),
      };
    });
  },

  toTable(result) {
    return formatTable(
      ['a', 'b', 'date', 'from', 'to', 'before', 'after'],
      result.pairs.flatMap((pair) =>
        pair.changes.map((change) => [
          pair.a,
          pair.b,
          formatPartialDate(change.date, change.datePrecision),
          change.from,
          change.to,
          change.before.map((relation) => relation.id).join(', '),
          change.after.map((relation) => relation.id).join(', '),
        ]),
      ),
    );
  },

  toOverlay(result, nameOf) {
    const counts = new Map<string, number>();
    for (const pair of result.pairs) {
      for (const actor of [pair.a, pair.b]) counts.set(actor, (counts.get(actor) ?? 0) + pair.changes.length);
    }
    const flips = result.pairs.reduce((sum, pair) => sum + pair.changes.length, 0);
    return {
      actors: [...counts].map(([actorId, count]) => ({
        actorId,
        value: count,
        group: 'flipped',
        label: `${count} sign change${count === 1 ? '' : 's'}`,
      })),
      relationIds: [
        ...new Set(
          result.pairs.flatMap((pair) =>
            pair.changes.flatMap((change) => [...change.before, ...change.after].map((relation) => relation.id)),
          ),
        ),
      ].sort(),
      summary:
        result.pairs.length === 0
          ? 'No pair of actors changed sign.'
          : `${result.pairs.length} pair${result.pairs.length === 1 ? '' : 's'} changed sign ${flips} time${flips === 1 ? '' : 's'}; the relations before and after each change are highlighted. ${describeSignChanges(result.pairs, nameOf)}`,
    };
  },
});

const PAIRS_LISTED = 6;
const SIGN_WORDS: Record<SignedPolarity, string> = { COOPERATIVE: 'cooperative', HOSTILE: 'hostile' };

/** Each pair and its changes by date: "Pakistan and Iran: cooperative to hostile in Jan 2020". */
export function describeSignChanges(pairs: readonly SignChangePair[], nameOf: NameOf): string {
  const lines = pairs.map(
    (pair) =>
      `${nameOf(pair.a)} and ${nameOf(pair.b)}: ${pair.changes
        .map(
          (change) =>
            `${SIGN_WORDS[change.from]} to ${SIGN_WORDS[change.to]} ${change.datePrecision === 'DAY' ? 'on' : 'in'} ${readablePartialDate(change.date, change.datePrecision)}`,
        )
        .join(', then ')}`,
  );
  return `${listSome(lines, PAIRS_LISTED)}.`;
}
