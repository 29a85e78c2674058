import { cypherQuery } from '../../db/cypher-files.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { primeActors, primeRelations, type ActorRow, type RelationRow, type SourceRow } from '../loaders.ts';
import { pageParams, readPageArgs, toConnection } from '../pagination.ts';
import { toRelationFilterParams, type RelationFilterInput } from '../relation-filter.ts';
import { toLuceneQuery } from '../search-query.ts';

const actorsPage = cypherQuery('read/actors-page');
const searchActors = cypherQuery('read/search-actors');
const relationsPage = cypherQuery('read/relations-page');
const sourcesPage = cypherQuery('read/sources-page');
const mergedActorRedirects = cypherQuery('ingest/merged-actor-redirects');

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const Query = {
  async actor(_: unknown, args: { id: string }, ctx: Context) {
    const actor = await ctx.loaders.actor.load(args.id);
    if (actor) return actor;
    // An id merged into another actor follows the redirect, as files and addRelation do.
    const [redirect] = await ctx.db.read(mergedActorRedirects, { ids: [args.id] });
    return redirect ? ctx.loaders.actor.load(String(redirect['keptId'])) : null;
  },

  async actors(_: unknown, args: PageArgs & { search?: string | null; kinds?: string[] | null }, ctx: Context) {
    const window = readPageArgs(args.first, args.after);
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    const searching = args.search !== null && args.search !== undefined && args.search.trim() !== '';
    const lucene = searching ? toLuceneQuery(args.search!) : null;
    // Text that is all punctuation or operators would otherwise list every actor as a "result".
    if (searching && lucene === null)
      throw badUserInput('search', 'has no words to search for; give a name or an alias');
    const [row] = lucene
      ? await ctx.db.read(searchActors, { search: lucene, kinds, ...pageParams(window) })
      : await ctx.db.read(actorsPage, { kinds, ...pageParams(window) });
    const hits = (row?.['hits'] as { actor: ActorRow; score: number | null }[]) ?? [];
    primeActors(
      ctx.loaders,
      hits.map((hit) => hit.actor),
    );
    const scores = new Map(hits.map((hit) => [hit.actor, hit.score]));
    return toConnection(
      hits.map((hit) => hit.actor),
      Number(row?.['totalCount'] ?? 0),
      window,
      (actor) => ({ score: scores.get(actor) ?? null }),
    );
  },

  async relation(_: unknown, args: { id: string }, ctx: Context) {
    return ctx.loaders.relation.load(args.id);
  },

  async relations(_: unknown, args: PageArgs & { filter?: RelationFilterInput | null }, ctx: Context) {
    const window = readPageArgs(args.first, args.after);
    const [row] = await ctx.db.read(relationsPage, { ...toRelationFilterParams(args.filter), ...pageParams(window) });
    const page = (row?.['page'] as RelationRow[]) ?? [];
    primeRelations(ctx.loaders, page);
    return toConnection(page, Number(row?.['totalCount'] ?? 0), window);
  },

  async sources(_: unknown, args: PageArgs, ctx: Context) {
    const window = readPageArgs(args.first, args.after);
    const [row] = await ctx.db.read(sourcesPage, pageParams(window));
    const ids = (row?.['ids'] as string[]) ?? [];
    const sources = (await ctx.loaders.source.loadMany(ids)).filter(
      (source): source is SourceRow => source !== null && !(source instanceof Error),
    );
    return toConnection(sources, Number(row?.['totalCount'] ?? 0), window);
  },
};

/** Used by resolvers that must find an actor or fail with a code the client can act on. */
export async function requireActor(ctx: Context, id: string, field: string): Promise<ActorRow> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw notFound('ACTOR_NOT_FOUND', `${field}: no actor with id "${id}"`, field);
  return actor;
}
