import type { z } from 'zod';
import { cypherQuery, type CypherQuery } from './cypher-files.ts';
import type { Database, Params, QueryOptions, Row, Transaction } from './database.ts';

/**
 * A read query together with the shape of its rows: `recordQuery('read/actors-by-id',
 * z.object({ actor: actorRecord }))`. Reading through it parses every row once, at the boundary,
 * so callers get typed records and a query that returns something else fails loudly, naming the
 * query and the field, instead of handing a wrong value to a resolver.
 */
export interface RecordQuery<S extends z.ZodType> extends CypherQuery {
  readonly row: S;
}

export function recordQuery<S extends z.ZodType>(name: string, row: S): RecordQuery<S> {
  return { ...cypherQuery(name), row };
}

/** Runs a read query in its own read transaction and parses its rows. */
export async function readRecords<S extends z.ZodType>(
  db: Database,
  query: RecordQuery<S>,
  params?: Params,
  options?: QueryOptions,
): Promise<z.output<S>[]> {
  return parseRows(query, await db.read(query, params, options));
}

/** Runs a read query inside a transaction and parses its rows. */
export async function runRecords<S extends z.ZodType>(
  tx: Transaction,
  query: RecordQuery<S>,
  params?: Params,
): Promise<z.output<S>[]> {
  return parseRows(query, await tx.run(query, params));
}

/** Parses rows a query returned; a row that does not fit is a bug in the query or its schema. */
export function parseRows<S extends z.ZodType>(query: RecordQuery<S>, rows: readonly Row[]): z.output<S>[] {
  return rows.map((row, index) => {
    const parsed = query.row.safeParse(row);
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`);
    throw new Error(
      `actorgraph: query "${query.name}" returned a row (#${index + 1}) that does not fit its record: ${problems.join('; ')}`,
    );
  });
}
