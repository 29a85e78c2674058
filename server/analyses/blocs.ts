import type { Database } from '../db/database.ts';
import { listSome, type NameOf } from './actor-names.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { indexGraph } from './algorithms/indexed-graph.ts';
import { computeLouvain, computeModularity } from './algorithms/louvain.ts';
import { createTicker, readWithin, type Budget } from './budget.ts';
import { formatTable } from './format-table.ts';
import { chooseEngine, newGraphName, withProjectedGraphs } from './gds.ts';
import { roundScore } from './influence.ts';
import { FILTER_PARAMS, type FilterParams } from './params.ts';
import { readSignedPairs } from './signed-pairs.ts';

const signedPairsQuery = analysisQuery('blocs');
/** How many leading members name a bloc. */
const LEADERS_NAMED = 2;
const projectUndirected = analysisQuery('gds/project-undirected');
const louvainQuery = analysisQuery('gds/louvain');

export interface Bloc {
  id: string;
  actorIds: string[];
  /** Its leading members: most cooperative ties inside the bloc first (then by id); they name it. */
  leaderIds: string[];
  size: number;
  relationIds: string[];
}

export interface BlocsResult {
  blocs: Bloc[];
  actors: { id: string; bloc: string }[];
  modularity: number | null;
  hostileRelationIds: string[];
  engine: 'GDS' | 'BUILTIN';
}

/**
 * Blocs: Louvain communities of the cooperative graph, where two actors are linked when their
 * pair's sign in the window is cooperative (cypher/analyses/fragments/pair-sign-rule.cypher). Hostile
 * pairs do not pull actors apart in Louvain; they are reported when they run between blocs.
 */
export const blocs = defineAnalysis<BlocsResult>({
  name: 'blocs',
  question: 'Which groups of actors cooperate among themselves (Louvain communities over cooperative relations)?',
  reads: [...FILTER_PARAMS, 'engine'],

  async run(db, params, budget) {
    const engine = await chooseEngine(db, params.engine);
    const { pairs, community } =
      engine === 'GDS'
        ? await partitionWithGds(db, params.filter, budget)
        : await partitionBuiltin(db, params.filter, budget);
    const cooperative = pairs.filter((pair) => pair.sign > 0);
    const graph = indexGraph(cooperative, false);
    const modularity = computeModularity(
      graph,
      graph.ids.map((id) => community.get(id)!),
    );

    // Name blocs by size (largest first), then by their first actor id, so names are stable.
    const members = new Map<string, string[]>();
    for (const id of graph.ids) {
      const key = community.get(id)!;
      const list = members.get(key);
      if (list) list.push(id);
      else members.set(key, [id]);
    }
    const ordered = [...members.values()].sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
    const blocOf = new Map<string, string>();
    ordered.forEach((actorIds, i) => actorIds.forEach((id) => blocOf.set(id, `bloc-${i + 1}`)));
    const inside = new Map<string, string[]>();
    for (const pair of cooperative) {
      const bloc = blocOf.get(pair.a)!;
      if (bloc !== blocOf.get(pair.b)) continue;
      const list = inside.get(bloc);
      if (list) list.push(...pair.relationIds);
      else inside.set(bloc, [...pair.relationIds]);
    }
    const ties = new Map<string, number>();
    for (const pair of cooperative) {
      if (blocOf.get(pair.a) !== blocOf.get(pair.b)) continue;
      for (const id of [pair.a, pair.b]) ties.set(id, (ties.get(id) ?? 0) + 1);
    }
    const blocList: Bloc[] = ordered.map((actorIds, i) => ({
      id: `bloc-${i + 1}`,
      actorIds,
      leaderIds: [...actorIds]
        .sort((x, y) => (ties.get(y) ?? 0) - (ties.get(x) ?? 0) || x.localeCompare(y))
        .slice(0, LEADERS_NAMED),
      size: actorIds.length,
      relationIds: (inside.get(`bloc-${i + 1}`) ?? []).sort(),
    }));
    const hostileRelationIds = pairs
      .filter(
        (pair) =>
          pair.sign < 0 && blocOf.has(pair.a) && blocOf.has(pair.b) && blocOf.get(pair.a) !== blocOf.get(pair.b),
      )
      .flatMap((pair) => pair.relationIds)
      .sort();
    return {
      blocs: blocList.slice(0, params.limit),
      actors: graph.ids.map((id) => ({ id, bloc: blocOf.get(id)! })).slice(0, params.limit),
      modularity: modularity === null ? null : roundScore(modularity),
      hostileRelationIds,
      engine,
    };
  },

  toTable(result) {
    const table = formatTable(
      ['bloc', 'size', 'actors', 'cooperative relations'],
      result.blocs.map((bloc) => [bloc.id, bloc.size, bloc.actorIds.join(', '), bloc.relationIds.length]),
    );
    const modularity = result.modularity === null ? 'none' : result.modularity.toFixed(4);
    return `${table}\nmodularity ${modularity}; hostile relations between blocs: ${result.hostileRelationIds.join(', ') || 'none'}\n(engine: ${result.engine})`;
  },

  toOverlay(result, nameOf) {
    const nameOfBloc = (bloc: Bloc) => blocName(bloc, nameOf);
    return {
      actors: result.blocs.flatMap((bloc) =>
        bloc.actorIds.map((actorId) => ({ actorId, value: bloc.size, group: nameOfBloc(bloc), label: null })),
      ),
      relationIds: result.hostileRelationIds,
      summary:
        result.blocs.length > 0
          ? `${result.blocs.length} bloc${result.blocs.length === 1 ? '' : 's'} coloured by membership, named after their leading members: ${listSome(
              result.blocs.map((bloc) => `${nameOfBloc(bloc)} (${bloc.size} actors)`),
              5,
            )}. ${result.hostileRelationIds.length} hostile relation${result.hostileRelationIds.length === 1 ? '' : 's'} between blocs highlighted.`
          : 'No cooperative relation passes the filter, so there are no blocs.',
    };
  },
});

async function partitionWithGds(db: Database, filter: FilterParams, budget: Budget) {
  const graphName = newGraphName('blocs');
  return withProjectedGraphs(db, budget, [graphName], async (tx) => {
    const pairs = await readSignedPairs(tx, signedPairsQuery, filter);
    const edges = pairs.filter((pair) => pair.sign > 0).map(({ a, b }) => ({ a, b }));
    const community = new Map<string, string>();
    if (edges.length > 0) {
      await tx.run(projectUndirected, { graphName, edges });
      for (const row of await tx.run(louvainQuery, { graphName }))
        community.set(String(row['id']), String(row['communityId']));
    }
    return { pairs, community };
  });
}

async function partitionBuiltin(db: Database, filter: FilterParams, budget: Budget) {
  const pairs = await readWithin(db, budget, (tx) => readSignedPairs(tx, signedPairsQuery, filter));
  const graph = indexGraph(
    pairs.filter((pair) => pair.sign > 0),
    false,
  );
  const membership = await computeLouvain(graph, createTicker(budget));
  const community = new Map(graph.ids.map((id, i) => [id, String(membership[i])]));
  return { pairs, community };
}

/** A bloc by its leading members: "Pakistan, United States and 3 others". */
export function blocName(bloc: Bloc, nameOf: NameOf): string {
  const leaders = bloc.leaderIds.map(nameOf).join(', ');
  const others = bloc.size - bloc.leaderIds.length;
  return others > 0 ? `${leaders} and ${others} other${others === 1 ? '' : 's'}` : leaders;
}
