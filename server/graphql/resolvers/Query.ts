import { cypherQuery } from '../../db/cypher-files.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { primeActors, primeRelations, type ActorRow, type RelationRow, type SourceRow } from '../loaders.ts';
import { pageParams, readPageArgs, toConnection, type KeyedItem } from '../pagination.ts';
import { toRelationFilterParams, type RelationFilterInput } from '../relation-filter.ts';
import { toSearchQuery } from '../search-query.ts';

const actorsPage = cypherQuery('read/actors-page');
const searchActors = cypherQuery('read/search-actors');
const relationsPage = cypherQuery('read/relations-page');
const sourcesPage = cypherQuery('read/sources-page');

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const Query = {
  async actor(_: unknown, args: { id: string }, ctx: Context) {
    return ctx.loaders.actor.load(args.id);
  },

  async actors(_: unknown, args: PageArgs & { search?: string | null; kinds?: string[] | null }, ctx: Context) {
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    const searching = args.search !== null && args.search !== undefined && args.search.trim() !== '';
    const query = searching ? toSearchQuery(args.search!) : null;
    // Text that is all punctuation or stop words would otherwise list every actor as a "result".
    if (searching && query === null)
      throw badUserInput('search', 'has no words to search for; give a name or an alias');
    const window = readPageArgs(query ? 'actor-search' : 'actors', args.first, args.after);
    const [row] = query
      ? await ctx.db.read(searchActors, { search: query.lucene, exact: query.exact, kinds, ...pageParams(window) })
      : await ctx.db.read(actorsPage, { kinds, ...pageParams(window) });
    const page = (row?.['page'] as KeyedItem<{ actor: ActorRow; score: number | null }>[]) ?? [];
    primeActors(
      ctx.loaders,
      page.map(({ item }) => item.actor),
    );
    const scores = new Map(page.map(({ item }) => [item.actor, item.score]));
    return toConnection(
      page.map(({ item, key }) => ({ item: item.actor, key })),
      Number(row?.['totalCount'] ?? 0),
      window,
      (actor) => ({ score: scores.get(actor) ?? null }),
    );
  },

  async relation(_: unknown, args: { id: string }, ctx: Context) {
    return ctx.loaders.relation.load(args.id);
  },

  async relations(_: unknown, args: PageArgs & { filter?: RelationFilterInput | null }, ctx: Context) {
    const window = readPageArgs('relations', args.first, args.after);
    const [row] = await ctx.db.read(relationsPage, { ...toRelationFilterParams(args.filter), ...pageParams(window) });
    const page = (row?.['page'] as KeyedItem<RelationRow>[]) ?? [];
    primeRelations(
      ctx.loaders,
      page.map(({ item }) => item),
    );
    return toConnection(page, Number(row?.['totalCount'] ?? 0), window);
  },

  async sources(_: unknown, args: PageArgs, ctx: Context) {
    const window = readPageArgs('sources', args.first, args.after);
    const [row] = await ctx.db.read(sourcesPage, pageParams(window));
    const page = (row?.['page'] as KeyedItem<string>[]) ?? [];
    const sources = await ctx.loaders.source.loadMany(page.map(({ item }) => item));
    const found = page.flatMap(({ key }, i) => {
      const source = sources[i];
      return source && !(source instanceof Error) ? [{ item: source as SourceRow, key }] : [];
    });
    return toConnection(found, Number(row?.['totalCount'] ?? 0), window);
  },
};

/** Used by resolvers that must find an actor or fail with a code the client can act on. */
export async function requireActor(ctx: Context, id: string, field: string): Promise<ActorRow> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw notFound('ACTOR_NOT_FOUND', `${field}: no actor with id "${id}"`, field);
  return actor;
}
