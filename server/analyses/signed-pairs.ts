import type { CypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';
import type { Edge } from './algorithms/indexed-graph.ts';
import type { FilterParams } from './params.ts';

/** A pair of actors (a < b) with its sign in the window and the relations behind it. */
export interface SignedPair extends Edge {
  sign: number;
  relationIds: string[];
}

/**
 * Reads the signed pairs of the window with an analysis query built on
 * cypher/analyses/fragments/signed-pairs.cypher (balance and blocs each name their own file).
 */
export async function readSignedPairs(
  tx: Transaction,
  query: CypherQuery,
  filter: FilterParams,
): Promise<SignedPair[]> {
  const rows = await tx.run(query, { ...filter });
  return rows.map((row) => ({
    a: String(row['a']),
    b: String(row['b']),
    sign: Number(row['sign']),
    relationIds: [...((row['relationIds'] as string[]) ?? [])].sort(),
  }));
}
