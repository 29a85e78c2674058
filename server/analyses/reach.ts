import { toCypherInt } from '../db/convert.ts';
import type { Transaction } from '../db/database.ts';
import { AnalysisError } from './analysis-error.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { readWithin } from './budget.ts';
import { formatTable, section } from './format-table.ts';
import { FILTER_PARAMS, MAX_DEPTH, type FilterParams } from './params.ts';

const pathsQuery = analysisQuery('reach');
const nextHopQuery = analysisQuery('reach/next-hop');
const missingActorsQuery = analysisQuery('reach/missing-actors');

/** Hops around actorId when no depth is given; paths between two actors look up to MAX_DEPTH. */
const DEFAULT_NEIGHBOURHOOD_DEPTH = 2;

export interface SignedPath {
  actors: string[];
  signs: string;
  sign: number;
  relationIds: string[][];
  length: number;
}

export interface ReachResult {
  paths: SignedPath[];
  actors: { id: string; distance: number }[];
}

const symbol = (sign: number) => (sign > 0 ? '+' : sign < 0 ? '-' : '0');

/**
 * Paths and reach: the shortest chains of relations between two actors, each hop with the pair's
 * sign, and the product of the signs (+: a friend of a friend or an enemy of an enemy); and the
 * actors within k hops of one actor. Relations count either direction.
 */
export const reach = defineAnalysis<ReachResult>({
  name: 'reach',
  question: 'How are two actors connected (shortest signed paths), and whom can an actor reach within k hops?',
  reads: [...FILTER_PARAMS, 'actorId', 'fromId', 'toId', 'depth'],

  check(params) {
    if (!params.actorId && !(params.fromId && params.toId)) {
      throw new AnalysisError(
        'BAD_USER_INPUT',
        'reach needs fromId and toId (shortest paths), or actorId (actors within depth hops), or both',
        'actorId',
      );
    }
    if ((params.fromId === null) !== (params.toId === null)) {
      throw new AnalysisError(
        'BAD_USER_INPUT',
        'reach needs both fromId and toId for paths',
        params.fromId ? 'toId' : 'fromId',
      );
    }
  },

  async run(db, params, budget) {
    return readWithin(db, budget, async (tx) => {
      const ids = [params.fromId, params.toId, params.actorId].filter((id): id is string => id !== null);
      const missing = await tx.run(missingActorsQuery, { actorIds: ids });
      if (missing.length > 0) {
        const names = missing.map((row) => `"${String(row['actorId'])}"`).join(', ');
        throw new AnalysisError(
          'ACTOR_NOT_FOUND',
          `reach: no actor with id ${names}; find ids with the actors query or npm run analyze -- influence`,
        );
      }
      const limit = toCypherInt(params.limit);
      const paths =
        params.fromId && params.toId
          ? await tx.run(pathsQuery, {
              ...params.filter,
              fromId: params.fromId,
              toId: params.toId,
              depth: toCypherInt(params.depth ?? MAX_DEPTH),
              limit,
            })
          : [];
      const within = params.actorId
        ? await walkNeighbourhood(
            tx,
            params.filter,
            params.actorId,
            params.depth ?? DEFAULT_NEIGHBOURHOOD_DEPTH,
            params.limit,
          )
        : [];
      return {
        paths: paths.map((row) => {
          const signs = row['signs'] as number[];
          return {
            actors: row['actors'] as string[],
            signs: signs.map(symbol).join(''),
            // `|| 0` turns the -0 of a hostile hop times a neutral one into 0.
            sign: signs.reduce((product, sign) => product * sign, 1) || 0,
            relationIds: (row['relationIds'] as string[][]).map((ids) => [...ids].sort()),
            length: signs.length,
          };
        }),
        actors: within,
      };
    });
  },

  toTable(result) {
    const paths = formatTable(
      ['path', 'signs', 'sign', 'hops'],
      result.paths.map((path) => [path.actors.join(' > '), path.signs, symbol(path.sign), path.length]),
    );
    const within = formatTable(
      ['actor', 'hops'],
      result.actors.map((actor) => [actor.id, actor.distance]),
    );
    return `${section('shortest signed paths', paths)}\n${section('actors within reach', within)}`.trimEnd();
  },

  toOverlay(result, nameOf) {
    const onPaths = new Set(result.paths.flatMap((path) => path.actors));
    const actors = new Map<string, { value: number | null; group: string; label: string }>();
    for (const actor of result.actors)
      actors.set(actor.id, {
        value: actor.distance,
        group: `hop-${actor.distance}`,
        label: `${actor.distance} hop${actor.distance === 1 ? '' : 's'}`,
      });
    for (const id of onPaths)
      actors.set(id, {
        value: actors.get(id)?.value ?? null,
        group: 'path',
        label: actors.get(id)?.label ?? 'on a shortest path',
      });
    const first = result.paths[0];
    return {
      actors: [...actors].map(([actorId, score]) => ({ actorId, ...score })),
      relationIds: [...new Set(result.paths.flatMap((path) => path.relationIds.flat()))].sort(),
      summary:
        [
          first
            ? `${result.paths.length} shortest path${result.paths.length === 1 ? '' : 's'} of ${first.length} hop${first.length === 1 ? '' : 's'}: ${result.paths.map((path) => `${path.actors.map(nameOf).join(' → ')} (${path.signs})`).join('; ')}.`
            : '',
          result.actors.length > 0
            ? `${result.actors.length} actor${result.actors.length === 1 ? '' : 's'} within reach, grouped by hops; nearest: ${result.actors
                .slice(0, 5)
                .map((actor) => `${nameOf(actor.id)} (${actor.distance})`)
                .join(', ')}.`
            : '',
        ]
          .filter(Boolean)
          .join(' ') || 'Nothing within reach under this filter.',
    };
  },
});

/**
 * Breadth-first from one actor, one query per hop: every actor within `depth` hops with its
 * distance, nearest first, then by id. Stops early once `limit` actors are found.
 */
async function walkNeighbourhood(tx: Transaction, filter: FilterParams, actorId: string, depth: number, limit: number) {
  const found: { id: string; distance: number }[] = [];
  const visited = [actorId];
  let frontier = [actorId];
  for (let distance = 1; distance <= depth && frontier.length > 0 && found.length < limit; distance++) {
    const rows = await tx.run(nextHopQuery, { ...filter, frontier, visited });
    frontier = rows.map((row) => String(row['id']));
    visited.push(...frontier);
    found.push(...frontier.map((id) => ({ id, distance })));
  }
  return found.slice(0, limit);
}
