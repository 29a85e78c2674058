import { toCypherInt } from '../../db/convert.ts';
import { cypherQuery } from '../../db/cypher-files.ts';
import type { EvidenceRecord, RelationRecord, SourceRecord } from '../../db/records.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { toSearchQuery } from '../search-query.ts';

const DEFAULT_FIRST = 10;
const MAX_FIRST = 50;

const searchEvidenceQuery = cypherQuery('workbench/search-evidence');
const searchSourcesQuery = cypherQuery('workbench/search-sources');
const searchRelationsQuery = cypherQuery('workbench/search-relations');

export interface EvidenceSearchResult {
  readonly quotes: { evidence: EvidenceRecord; score: number }[];
  readonly sources: SourceRecord[];
  readonly relations: RelationRecord[];
}

/**
 * Searches the words of the evidence (quotes, attributions) and of the sources (title,
 * publisher, author) and of relations' summaries, with the same query rules as actor search (server/graphql/search-query.ts).
 * The searches share one read transaction; the records come through the request's loaders.
 */
export async function searchEvidence(
  ctx: Context,
  text: string,
  first: number | null | undefined,
): Promise<EvidenceSearchResult> {
  const limit = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST)
    throw badUserInput('first', `must be from 1 to ${MAX_FIRST}`);
  const query = toSearchQuery(text);
  if (!query) return { quotes: [], sources: [], relations: [] };
  const params = { search: query.lucene, limit: toCypherInt(limit) };
  const [quoteRows, sourceRows, relationRows] = await ctx.db.readTransaction(async (tx) => [
    await tx.run(searchEvidenceQuery, params),
    await tx.run(searchSourcesQuery, params),
    await tx.run(searchRelationsQuery, params),
  ]);
  const evidence = await ctx.loaders.evidence.loadMany(quoteRows.map((row) => String(row['id'])));
  const sources = await ctx.loaders.source.loadMany(sourceRows.map((row) => String(row['id'])));
  const relations = await ctx.loaders.relation.loadMany(relationRows.map((row) => String(row['id'])));
  return {
    quotes: quoteRows.flatMap((row, index) => {
      const record = evidence[index];
      return record && !(record instanceof Error) ? [{ evidence: record, score: Number(row['score']) }] : [];
    }),
    sources: found(sources),
    relations: found(relations),
  };
}

/** What the loaders found: a record deleted between the search and the load is left out. */
function found<T>(records: readonly (T | null | Error)[]): T[] {
  return records.filter((record): record is T => record !== null && !(record instanceof Error));
}
