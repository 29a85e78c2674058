import { z } from 'zod';
import { toCypherInt } from '../../db/convert.ts';
import type { Params } from '../../db/database.ts';
import { boundsOf, periodOverlaps } from '../../domain/date-window.ts';
import { readRecords, recordQuery } from '../../db/record-query.ts';
import { actorRecord, relationRecord, type RelationRecord } from '../../db/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import type {
  PathHopResolvers,
  PathResolvers,
  QueryResolvers,
  ResolversParentTypes,
  SubgraphResolvers,
} from '../generated/resolvers-types.ts';
import { loadReferenced, primeActors, primeRelations } from '../loaders.ts';
import { toRelationFilterParams } from '../relation-filter.ts';
import { requireActor } from './Query.ts';

const relationRow = z.object({ relation: relationRecord });
const neighborhoodOfActor = recordQuery(
  'read/neighborhood',
  z.object({ actors: z.array(actorRecord), relations: z.array(relationRecord) }),
);
const relationsAmongActors = recordQuery('read/relations-among-actors', relationRow);
const shortestPaths = recordQuery(
  'read/shortest-paths',
  z.object({ actorIds: z.array(z.string()), relationIds: z.array(z.string()) }),
);
const timelineRelations = recordQuery('read/timeline-relations', relationRow);

/** Bounds that keep one request from pulling the whole database into a browser. */
export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_ACTORS = 1000;
export const MAX_PATH_DEPTH = 6;
export const MAX_PATHS = 50;
/** A traversal that runs longer than this is stopped (QUERY_TIMEOUT) rather than hold a connection. */
export const TRAVERSAL_TIMEOUT_MS = 20_000;
const traversalOptions = { timeoutMs: TRAVERSAL_TIMEOUT_MS };

/** Reads relations with a traversal query and primes the request's loader with them. */
async function readRelations(
  ctx: Context,
  query: typeof relationsAmongActors,
  params: Params,
): Promise<RelationRecord[]> {
  const relations = (await readRecords(ctx.db, query, params, traversalOptions)).map((row) => row.relation);
  primeRelations(ctx.loaders, relations);
  return relations;
}

type TimelineEntry = ResolversParentTypes['TimelineEvent'];

/**
 * A timeline entry at one end of a relation, when that end is dated. `earliest` is the first day
 * that end can fall on (server/domain/date-window.ts): an interval ends after it begins, so the
 * end of `2019 .. 2019` is no earlier than 2019-01-02 although it is dated 2019-01-01.
 */
function entryAt(relation: RelationRecord, kind: TimelineEntry['kind']): (TimelineEntry & { earliest: string })[] {
  const [date, datePrecision] =
    kind === 'STARTED' ? [relation.validFrom, relation.datePrecision] : [relation.validTo, relation.validToPrecision];
  if (!date) return [];
  const bounds = boundsOf(relation);
  const earliest = (kind === 'STARTED' ? bounds.validFrom : bounds.validToFirst) ?? date;
  return [{ date, datePrecision: datePrecision ?? 'DAY', kind, relation, earliest }];
}

/** Ends before starts on one day: an interval that ends as another begins reads in that order. */
const KIND_ORDER = { ENDED: 0, STARTED: 1 } as const;

export const traversalQueries: Pick<QueryResolvers, 'neighborhood' | 'relationsAmong' | 'shortestPaths' | 'timeline'> =
  {
    /**
     * Breadth-first, in one query (read/neighborhood): the hops, the cap of
     * MAX_NEIGHBOURHOOD_ACTORS, the relations among the actors found and the actors' own fields,
     * which prime the request's loaders so Subgraph.actors and the relations' ends cost no more
     * round trips.
     */
    async neighborhood(_, args, ctx) {
      const depth = args.depth ?? 1;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
        throw badUserInput('depth', `must be an integer from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}, got ${depth}`);
      }
      const [row] = await readRecords(
        ctx.db,
        neighborhoodOfActor,
        {
          ...toRelationFilterParams(args.filter),
          actorId: args.actorId,
          depth: toCypherInt(depth),
          maxActors: toCypherInt(MAX_NEIGHBOURHOOD_ACTORS),
        },
        traversalOptions,
      );
      if (!row) throw notFound('ACTOR_NOT_FOUND', `actorId: no actor with id "${args.actorId}"`, 'actorId');
      primeActors(ctx.loaders, row.actors);
      primeRelations(ctx.loaders, row.relations);
      return { actorIds: row.actors.map((actor) => actor.id), relations: row.relations };
    },

    async relationsAmong(_, args, ctx) {
      const actorIds = [...new Set(args.actorIds)];
      if (actorIds.length > MAX_NEIGHBOURHOOD_ACTORS) {
        throw badUserInput('actorIds', `must name at most ${MAX_NEIGHBOURHOOD_ACTORS} actors, got ${actorIds.length}`);
      }
      return readRelations(ctx, relationsAmongActors, { ...toRelationFilterParams(args.filter), actorIds });
    },

    async shortestPaths(_, args, ctx) {
      const maxDepth = args.maxDepth ?? 4;
      if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
        throw badUserInput('maxDepth', `must be an integer from 1 to ${MAX_PATH_DEPTH}, got ${maxDepth}`);
      }
      const filter = toRelationFilterParams(args.filter);
      await Promise.all([requireActor(ctx, args.fromId, 'fromId'), requireActor(ctx, args.toId, 'toId')]);
      if (args.fromId === args.toId) throw badUserInput('toId', 'must differ from fromId');
      return readRecords(
        ctx.db,
        shortestPaths,
        {
          ...filter,
          fromId: args.fromId,
          toId: args.toId,
          maxDepth: toCypherInt(maxDepth),
          limit: toCypherInt(MAX_PATHS),
          // The two ends are what the path is about, so avoiding them would only ever find nothing.
          avoidActorIds: (args.avoidActorIds ?? []).filter((id) => id !== args.fromId && id !== args.toId),
          avoidTypes: args.avoidTypes ?? [],
        },
        traversalOptions,
      );
    },

    /**
     * Every start and end of a dated relation that passes the filter, oldest first; an event is one
     * STARTED entry.
     */
    async timeline(_, args, ctx) {
      const filter = toRelationFilterParams(args.filter);
      if (args.actorId) await requireActor(ctx, args.actorId, 'actorId');
      const relations = await readRelations(ctx, timelineRelations, { ...filter, actorId: args.actorId ?? null });
      const entries = relations.flatMap((relation) => [...entryAt(relation, 'STARTED'), ...entryAt(relation, 'ENDED')]);
      // A window bounds the entries too: an interval that overlaps it shows only its start or end
      // that may fall inside it (a partial date covers its whole period). Entries of one date are
      // ordered by the first day they can fall on, so an interval that begins and ends within one
      // period ("2019" to "2019") lists its start first.
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

/**
 * What the traversals hand to Subgraph, Path and PathHop (the generated resolver types' parents):
 * ids, whose actors and relations come through the request's loaders.
 */
export interface SubgraphIds {
  actorIds: string[];
  relations: RelationRecord[];
}

export interface PathIds {
  actorIds: string[];
  relationIds: string[];
}

export interface HopIds {
  fromId: string;
  toId: string;
  relationId: string;
}

export const Subgraph: SubgraphResolvers = {
  actors: (subgraph, _, ctx) => loadAll(ctx.loaders.actor, subgraph.actorIds),
};

export const Path: PathResolvers = {
  actors: (path, _, ctx) => loadAll(ctx.loaders.actor, path.actorIds),
  relations: (path, _, ctx) => loadAll(ctx.loaders.relation, path.relationIds),
  hops: (path) =>
    path.relationIds.map((relationId, i) => ({ fromId: path.actorIds[i]!, toId: path.actorIds[i + 1]!, relationId })),
  length: (path) => path.relationIds.length,
};

export const PathHop: PathHopResolvers = {
  from: (hop, _, ctx) => loadReferenced(ctx.loaders.actor, hop.fromId, 'actor'),
  to: (hop, _, ctx) => loadReferenced(ctx.loaders.actor, hop.toId, 'actor'),
  relation: (hop, _, ctx) => loadReferenced(ctx.loaders.relation, hop.relationId, 'relation'),
  async direction(hop, _, ctx) {
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
