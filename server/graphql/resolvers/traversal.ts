import { cypherQuery, type CypherQuery } from '../../db/cypher-files.ts';
import type { Params } from '../../db/database.ts';
import { toCypherInt } from '../../db/convert.ts';
import { boundsOf, periodOverlaps, type DatedRelation } from '../../domain/date-window.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { primeRelations, type RelationRow } from '../loaders.ts';
import { toRelationFilterParams, type RelationFilterInput } from '../relation-filter.ts';
import { requireActor } from './Query.ts';

const neighboursOfActors = cypherQuery('read/neighbours-of-actors');
const relationsAmongActors = cypherQuery('read/relations-among-actors');
const shortestPaths = cypherQuery('read/shortest-paths');
const timelineRelations = cypherQuery('read/timeline-relations');

/** Bounds that keep one request from pulling the whole database into a browser. */
export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_ACTORS = 1000;
export const MAX_PATH_DEPTH = 6;
export const MAX_PATHS = 50;
/** A traversal that runs longer than this is stopped (QUERY_TIMEOUT) rather than hold a connection. */
export const TRAVERSAL_TIMEOUT_MS = 20_000;
const traversalOptions = { timeoutMs: TRAVERSAL_TIMEOUT_MS };

/** Reads relation rows with a traversal query and primes the request's loader with them. */
async function readRelations(ctx: Context, query: CypherQuery, params: Params): Promise<RelationRow[]> {
  const rows = await ctx.db.read(query, params, traversalOptions);
  const relations = rows.map((row) => row['relation'] as RelationRow);
  primeRelations(ctx.loaders, relations);
  return relations;
}

/**
 * A timeline entry at one end of a relation, when that end is dated. `earliest` is the first day
 * that end can fall on (server/domain/date-window.ts): an interval ends after it begins, so the
 * end of `2019 .. 2019` is no earlier than 2019-01-02 although it is dated 2019-01-01.
 */
function entryAt(relation: RelationRow, kind: 'STARTED' | 'ENDED') {
  const dates = relation as unknown as DatedRelation;
  const date = kind === 'STARTED' ? dates.validFrom : dates.validTo;
  if (!date) return [];
  const precision = kind === 'STARTED' ? dates.datePrecision : dates.validToPrecision;
  const bounds = boundsOf(dates);
  const earliest = (kind === 'STARTED' ? bounds.validFrom : bounds.validToFirst) ?? date;
  return [{ date: String(date), datePrecision: precision ? String(precision) : 'DAY', kind, earliest, relation }];
}

/** Ends before starts on one day: an interval that ends as another begins reads in that order. */
const KIND_ORDER = { ENDED: 0, STARTED: 1 } as const;

export const traversalQueries = {
  /**
   * Breadth-first, one query per hop (so the cost follows the depth asked for, and the frontier
   * stops growing at MAX_NEIGHBOURHOOD_ACTORS), then one query for the relations among them.
   */
  async neighborhood(
    _: unknown,
    args: { actorId: string; depth?: number | null; filter?: RelationFilterInput | null },
    ctx: Context,
  ) {
    const depth = args.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
      throw badUserInput('depth', `must be an integer from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}, got ${depth}`);
    }
    const filter = toRelationFilterParams(args.filter);
    const center = await requireActor(ctx, args.actorId, 'actorId');
    const visited = [center.id];
    let frontier = [center.id];
    for (let hop = 0; hop < depth && frontier.length > 0 && visited.length < MAX_NEIGHBOURHOOD_ACTORS; hop++) {
      const rows = await ctx.db.read(
        neighboursOfActors,
        { ...filter, frontier, visited, limit: toCypherInt(MAX_NEIGHBOURHOOD_ACTORS - visited.length) },
        traversalOptions,
      );
      frontier = rows.map((row) => String(row['id']));
      visited.push(...frontier);
    }
    return {
      actorIds: visited,
      relations: await readRelations(ctx, relationsAmongActors, { ...filter, actorIds: visited }),
    };
  },

  async relationsAmong(_: unknown, args: { actorIds: string[]; filter?: RelationFilterInput | null }, ctx: Context) {
    const actorIds = [...new Set(args.actorIds)];
    if (actorIds.length > MAX_NEIGHBOURHOOD_ACTORS) {
      throw badUserInput('actorIds', `must name at most ${MAX_NEIGHBOURHOOD_ACTORS} actors, got ${actorIds.length}`);
    }
    return readRelations(ctx, relationsAmongActors, { ...toRelationFilterParams(args.filter), actorIds });
  },

  async shortestPaths(
    _: unknown,
    args: { fromId: string; toId: string; maxDepth?: number | null; filter?: RelationFilterInput | null },
    ctx: Context,
  ) {
    const maxDepth = args.maxDepth ?? 4;
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
      throw badUserInput('maxDepth', `must be an integer from 1 to ${MAX_PATH_DEPTH}, got ${maxDepth}`);
    }
    const filter = toRelationFilterParams(args.filter);
    await Promise.all([requireActor(ctx, args.fromId, 'fromId'), requireActor(ctx, args.toId, 'toId')]);
    if (args.fromId === args.toId) throw badUserInput('toId', 'must differ from fromId');
    const rows = await ctx.db.read(
      shortestPaths,
      {
        ...filter,
        fromId: args.fromId,
        toId: args.toId,
        maxDepth: toCypherInt(maxDepth),
        limit: toCypherInt(MAX_PATHS),
      },
      traversalOptions,
    );
    return rows.map((row) => ({ actorIds: row['actorIds'] as string[], relationIds: row['relationIds'] as string[] }));
  },

  /**
   * Every start and end of a dated relation that passes the filter, oldest first; an event is one
   * STARTED entry.
   */
  async timeline(_: unknown, args: { actorId?: string | null; filter?: RelationFilterInput | null }, ctx: Context) {
    const filter = toRelationFilterParams(args.filter);
    if (args.actorId) await requireActor(ctx, args.actorId, 'actorId');
    const relations = await readRelations(ctx, timelineRelations, { ...filter, actorId: args.actorId ?? null });
    const entries = relations.flatMap((relation) => [...entryAt(relation, 'STARTED'), ...entryAt(relation, 'ENDED')]);
    // A window bounds the entries too: an interval that overlaps it shows only its start or end
    // that may fall inside it (a partial date covers its whole period).
    // Entries of one date are ordered by the first day they can fall on, so an interval that
    // begins and ends within one period ("2019" to "2019") lists its start first.
    return entries
      .filter((entry) => periodOverlaps(entry.date, entry.datePrecision, filter))
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.earliest.localeCompare(b.earliest) ||
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
          a.relation.id.localeCompare(b.relation.id),
      )
      .map(({ earliest: _earliest, ...entry }) => entry);
  },
};

/** Subgraph and Path hold ids; their actors and relations come through the request's loaders. */
interface PathIds {
  actorIds: string[];
  relationIds: string[];
}

export const Subgraph = {
  actors: async (subgraph: { actorIds: string[] }, _: unknown, ctx: Context) =>
    loadAll(ctx.loaders.actor, subgraph.actorIds),
};

export const Path = {
  actors: (path: PathIds, _: unknown, ctx: Context) => loadAll(ctx.loaders.actor, path.actorIds),
  relations: (path: PathIds, _: unknown, ctx: Context) => loadAll(ctx.loaders.relation, path.relationIds),
  hops: (path: PathIds) =>
    path.relationIds.map((relationId, i) => ({ fromId: path.actorIds[i]!, toId: path.actorIds[i + 1]!, relationId })),
  length: (path: PathIds) => path.relationIds.length,
};

interface HopIds {
  fromId: string;
  toId: string;
  relationId: string;
}

export const PathHop = {
  from: (hop: HopIds, _: unknown, ctx: Context) => ctx.loaders.actor.load(hop.fromId),
  to: (hop: HopIds, _: unknown, ctx: Context) => ctx.loaders.actor.load(hop.toId),
  relation: (hop: HopIds, _: unknown, ctx: Context) => ctx.loaders.relation.load(hop.relationId),
  async direction(hop: HopIds, _: unknown, ctx: Context) {
    const relation = await ctx.loaders.relation.load(hop.relationId);
    return relation?.fromId === hop.fromId ? 'FORWARD' : 'BACKWARD';
  },
};

/**
 * Everything a traversal returned was read in the same request, but a concurrent merge may
 * have deleted one of its actors since; such an item is left out rather than failing the list.
 */
async function loadAll<T>(
  loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> },
  ids: readonly string[],
): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((item): item is T => item !== null && !(item instanceof Error));
}
