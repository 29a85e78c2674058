import { listSome, type NameOf } from './actor-names.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { loadRelationsWithEvidence, pickRelations, type AnalysisRelation } from './analysis-relations.ts';
import { findTriangles } from './algorithms/triangles.ts';
import { createTicker, readWithin } from './budget.ts';
import { formatTable } from './format-table.ts';
import { FILTER_PARAMS } from './params.ts';
import { readSignedPairs } from './signed-pairs.ts';

const signedPairsQuery = analysisQuery('balance');

export interface TriadEdge {
  a: string;
  b: string;
  sign: number;
  relationIds: string[];
  /** The relations behind the sign with their evidence; filled for unbalanced triads. */
  relations: AnalysisRelation[];
}

export interface Triad {
  actors: [string, string, string];
  signs: string;
  balanced: boolean;
  relations: TriadEdge[];
}

export interface BalanceResult {
  triads: Triad[];
  balanceRatio: number | null;
  total: number;
  balanced: number;
  unbalanced: number;
}

/**
 * Structural balance (Heider; Cartwright and Harary): each triangle of actors whose three pairs
 * all have a sign in the window is balanced when the product of the signs is positive. The ratio
 * counts every triad; the list (unbalanced first) is cut at the limit, and the edges of the
 * unbalanced triads it shows come with their relations and evidence, the claims to read first.
 */
export const balance = defineAnalysis<BalanceResult>({
  name: 'balance',
  question:
    'Which triangles of actors are unbalanced ("the enemy of my enemy is my friend" broken), and how balanced is the graph?',
  reads: FILTER_PARAMS,

  async run(db, params, budget) {
    const pairs = await readWithin(db, budget, (tx) => readSignedPairs(tx, signedPairsQuery, params.filter));
    const sideOf = new Map(pairs.map((pair) => [`${pair.a}\u0000${pair.b}`, pair]));
    const side = (a: string, b: string): TriadEdge => ({ ...sideOf.get(`${a}\u0000${b}`)!, relations: [] });
    const all: Triad[] = (await findTriangles([...sideOf.values()], createTicker(budget))).map(([a, b, c]) => {
      const sides = [side(a, b), side(a, c), side(b, c)];
      return {
        actors: [a, b, c],
        signs: sides.map((s) => (s.sign > 0 ? '+' : '-')).join(''),
        balanced: sides[0]!.sign * sides[1]!.sign * sides[2]!.sign > 0,
        relations: sides,
      };
    });
    all.sort((x, y) => Number(x.balanced) - Number(y.balanced) || compareIds(x.actors, y.actors));
    const balanced = all.filter((triad) => triad.balanced).length;
    const triads = all.slice(0, params.limit);
    const unbalancedEdges = triads.filter((triad) => !triad.balanced).flatMap((triad) => triad.relations);
    if (unbalancedEdges.length > 0) {
      const byId = await readWithin(db, budget, (tx) =>
        loadRelationsWithEvidence(
          tx,
          unbalancedEdges.flatMap((edge) => edge.relationIds),
        ),
      );
      for (const edge of unbalancedEdges) edge.relations = pickRelations(byId, edge.relationIds);
    }
    return {
      triads,
      balanceRatio: all.length > 0 ? balanced / all.length : null,
      total: all.length,
      balanced,
      unbalanced: all.length - balanced,
    };
  },

  toTable(result) {
    const table = formatTable(
      ['actors (a, b, c)', 'signs ab ac bc', 'balanced', 'relations'],
      result.triads.map((triad) => [
        triad.actors.join(', '),
        triad.signs,
        triad.balanced ? 'yes' : 'NO',
        triad.relations.map((edge) => edge.relationIds.join('+')).join(' | '),
      ]),
    );
    const ratio = result.balanceRatio === null ? 'none (no triads)' : result.balanceRatio.toFixed(4);
    return `${table}\n${result.total} triads, ${result.balanced} balanced, ${result.unbalanced} unbalanced; balance ratio ${ratio}`;
  },

  toOverlay(result, nameOf) {
    const unbalanced = result.triads.filter((triad) => !triad.balanced);
    const counts = new Map<string, number>();
    for (const triad of unbalanced) for (const actor of triad.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    return {
      actors: [...counts].map(([actorId, count]) => ({
        actorId,
        value: count,
        group: 'unbalanced',
        label: `${count} unbalanced triad${count === 1 ? '' : 's'}`,
      })),
      relationIds: [
        ...new Set(unbalanced.flatMap((triad) => triad.relations.flatMap((edge) => edge.relationIds))),
      ].sort(),
      summary:
        result.total === 0
          ? 'No triangle of actors with signed relations on all three sides.'
          : `${result.unbalanced} of ${result.total} triads unbalanced (balance ratio ${result.balanceRatio!.toFixed(2)}); their relations are highlighted. ${describeTriads(result.triads, nameOf)}`,
    };
  },
});

function compareIds(x: readonly string[], y: readonly string[]): number {
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return 0;
}

const TRIADS_LISTED = 5;

/** The triads by name, unbalanced first: "Unbalanced: A, B, C (A–B +, A–C −, B–C +)." */
export function describeTriads(triads: readonly Triad[], nameOf: NameOf): string {
  const describe = (triad: Triad) => {
    const [a, b, c] = triad.actors.map(nameOf) as [string, string, string];
    const pairs = [`${a}–${b}`, `${a}–${c}`, `${b}–${c}`];
    const signs = [...triad.signs].map((sign, i) => `${pairs[i]} ${sign === '-' ? '−' : '+'}`);
    return `${a}, ${b}, ${c} (${signs.join(', ')})`;
  };
  const unbalanced = triads.filter((triad) => !triad.balanced).map(describe);
  const balanced = triads.filter((triad) => triad.balanced).map(describe);
  return [
    unbalanced.length > 0 ? `Unbalanced: ${listSome(unbalanced, TRIADS_LISTED)}.` : '',
    balanced.length > 0 ? `Balanced: ${listSome(balanced, TRIADS_LISTED)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
