import { createHash } from 'node:crypto';
import { toCypherInt } from '../db/convert.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

const contentPage = cypherQuery('interchange/content-page');

const KINDS = ['Actor', 'Relation', 'Evidence', 'Source'] as const;
const PAGE_SIZE = 2000;

/**
 * Properties that say when or how a record was written, not what it says: the time of the write,
 * the curation bookkeeping of the API, and the search text derived from the aliases. Two graphs
 * with the same knowledge differ in these, so the checksum leaves them out.
 */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'aliasText', 'curatedFields', 'removedAliases']);

/** Lists whose order carries no meaning: compared as sets. */
const UNORDERED = new Set(['aliases', 'sourceIds']);

/**
 * A digest of a graph's content: every actor, relation, piece of evidence and source with all
 * its properties and the edges it starts (a relation's ends and place, evidence's relation,
 * source and speaker, a source's citations, links between relations). Canonical and independent
 * of order: each record is hashed as sorted JSON, and the sorted hashes of each kind are hashed
 * again. Two databases holding the same knowledge have the same checksum, however it was written.
 */
export async function contentChecksum(db: Database): Promise<{ checksum: string; counts: Record<string, number> }> {
  const total = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const kind of KINDS) {
    const hashes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const rows = await db.read(contentPage, { label: kind, after, limit: toCypherInt(PAGE_SIZE) });
      for (const row of rows) hashes.push(recordHash(row));
      if (rows.length < PAGE_SIZE) break;
      after = String(rows[rows.length - 1]!['id']);
    }
    counts[kind] = hashes.length;
    total.update(`${kind}:${hashes.sort().join(',')}\n`);
  }
  return { checksum: total.digest('hex'), counts };
}

function recordHash(row: Record<string, unknown>): string {
  const properties = row['properties'] as Record<string, unknown>;
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(properties).sort()) {
    if (BOOKKEEPING.has(key)) continue;
    const value = properties[key];
    content[key] = UNORDERED.has(key) && Array.isArray(value) ? [...value].map(String).sort() : value;
  }
  content['~ends'] = [...(row['ends'] as string[])].sort();
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
