import { cypherQuery } from '../../db/cypher-files.ts';
import { toCypherInt } from '../../db/convert.ts';
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

export const traversalQueries = {
  /**
   * Breadth-first, one query per hop (so the cost follows the depth asked for, and the frontier
   * stops growing at MAX_NEIGHBOURHOOD_ACTORS), then one query for the relations among them.
   */
  async neighborhood(_: unknown, args: { actorId: string; depth?: number | null; filter?: RelationFilterInput | null }, ctx: Context) {
    const depth = args.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
      throw badUserInput('depth', `must be an integer from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}, got ${depth}`);
    }
    const filter = toRelationFilterParams(args.filter);
    const center = await requireActor(ctx, args.actorId, 'actorId');
    const visited = [center.id];
    let frontier = [center.id];
    for (let hop = 0; hop < depth && frontier.length > 0 && visited.length < MAX_NEIGHBOURHOOD_ACTORS; hop++) {
      const rows = await ctx.db.read(neighboursOfActors, {
        ...filter,
        frontier,
        visited,
        limit: toCypherInt(MAX_NEIGHBOURHOOD_ACTORS - visited.length),
      });
      frontier = rows.map((row) => String(row['id']));
      visited.push(...frontier);
    }
    const relations = (await ctx.db.read(relationsAmongActors, { ...filter, actorIds: visited })).map(
      (row) => row['relation'] as RelationRow,
    );
    primeRelations(ctx.loaders, relations);
    return { actorIds: visited, relations };
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
    const rows = await ctx.db.read(shortestPaths, {
      ...filter,
      fromId: args.fromId,
      toId: args.toId,
      maxDepth: toCypherInt(maxDepth),
      limit: toCypherInt(MAX_PATHS),
    });
    return rows.map((row) => ({ actorIds: row['actorIds'] as string[], relationIds: row['relationIds'] as string[] }));
  },

  /** Every start and end of a dated relation, oldest first; an event is one STARTED entry. */
  async timeline(_: unknown, args: { actorId?: string | null; filter?: RelationFilterInput | null }, ctx: Context) {
    const filter = toRelationFilterParams(args.filter);
    if (args.actorId) await requireActor(ctx, args.actorId, 'actorId');
    const relations = (await ctx.db.read(timelineRelations, { ...filter, actorId: args.actorId ?? null })).map(
      (row) => row['relation'] as RelationRow,
    );
    primeRelations(ctx.loaders, relations);
    const entries = relations.flatMap((relation) => [
      ...(relation['validFrom']
        ? [{ date: String(relation['validFrom']), datePrecision: relation['datePrecision'] ?? 'DAY', kind: 'STARTED', relation }]
        : []),
      ...(relation['validTo']
        ? [{ date: String(relation['validTo']), datePrecision: relation['validToPrecision'] ?? 'DAY', kind: 'ENDED', relation }]
        : []),
    ]);
    return entries.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.relation.id.localeCompare(b.relation.id));
  },
};

/** Subgraph and Path hold ids; their actors and relations come through the request's loaders. */
export const Subgraph = {
  actors: async (subgraph: { actorIds: string[] }, _: unknown, ctx: Context) =>
    (await ctx.loaders.actor.loadMany(subgraph.actorIds)).filter((actor) => actor && !(actor instanceof Error)),
};

export const Path = {
  actors: async (path: { actorIds: string[] }, _: unknown, ctx: Context) => ctx.loaders.actor.loadMany(path.actorIds),
  relations: async (path: { relationIds: string[] }, _: unknown, ctx: Context) => ctx.loaders.relation.loadMany(path.relationIds),
  length: (path: { relationIds: string[] }) => path.relationIds.length,
};
