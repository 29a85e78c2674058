import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypherQuery } from './cypher-files.ts';
import { toPlain } from './convert.ts';
import { describeGraphValue, TouchedIds } from './graph-values.ts';
import { DatabaseError, toDatabaseError, type StatementPosition } from './errors.ts';

/**
 * Cypher a person typed (the console, saved analyses), run inside a read transaction the caller
 * opened: EXPLAIN first, so that the plan can be judged before anything runs, then the query,
 * stopped after `maxRows`. Graph values come back as plain JSON that names them (nodes as
 * `{id, name, labels}`, relationships as `{id, type, from, to}`, paths as lists of both), and
 * the actors and relations the result touches are collected on the way.
 */
export interface QueryPlan {
  /** Neo4j's query type: `r` read only, `rw` read and write, `w` write only, `s` schema. */
  readonly queryType: string;
  /** Every operator of the plan, depth first, with its details (`db.labels() :: (label :: STRING)`). */
  readonly operators: readonly { readonly type: string; readonly details: string }[];
}

export interface UntrustedQueryOptions {
  readonly maxRows: number;
  /** Judges the plan; throws to refuse the query before it runs. */
  readonly approve: (plan: QueryPlan) => void;
  /** Only EXPLAIN and approve, run nothing (checking a query before it is saved). */
  readonly explainOnly?: boolean;
}

export interface UntrustedResult {
  readonly columns: string[];
  readonly rows: Record<string, unknown>[];
  readonly actorIds: string[];
  readonly relationIds: string[];
  readonly truncated: boolean;
  readonly elapsedMs: number;
}

const idsOfElements = cypherQuery('console/ids-of-elements');
const idsNamed = cypherQuery('console/ids-named');

/** EXPLAIN on a line of its own, so Neo4j's columns stay those of the text as written. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

export async function runUntrustedQuery(
  tx: ManagedTransaction,
  text: string,
  params: Record<string, unknown>,
  options: UntrustedQueryOptions,
): Promise<UntrustedResult> {
  const cypherParams = toCypherParams(params) as Record<string, unknown>;
  const plan = await explain(tx, text, cypherParams);
  options.approve(plan);
  if (options.explainOnly) {
    return { columns: [], rows: [], actorIds: [], relationIds: [], truncated: false, elapsedMs: 0 };
  }
  const started = performance.now();
  const result = tx.run(text, cypherParams);
  const columns = [...(await result.keys())];
  const touched = new TouchedIds();
  const raw: unknown[][] = [];
  let truncated = false;
  for await (const record of result) {
    if (raw.length === options.maxRows) {
      truncated = true;
      break; // the driver cancels the rest of the stream
    }
    raw.push(columns.map((column) => record.get(column)));
  }
  const elapsedMs = Math.round(performance.now() - started);
  raw.forEach((values) => values.forEach((value) => touched.visit(value)));
  const endIds = new Map([...touched.knownIds(), ...(await lookUpEndIds(tx, touched.endElementIds()))]);
  const rows = raw.map((values) =>
    Object.fromEntries(columns.map((column, index) => [column, describeGraphValue(values[index], endIds)])),
  );
  const named = await lookUpNamedIds(tx, touched.texts);
  return {
    columns,
    rows,
    actorIds: [...new Set([...touched.actorIds, ...named.actorIds])].sort(),
    relationIds: [...new Set([...touched.relationIds, ...named.relationIds])].sort(),
    truncated,
    elapsedMs,
  };
}

async function explain(tx: ManagedTransaction, text: string, params: Record<string, unknown>): Promise<QueryPlan> {
  try {
    const result = await tx.run(EXPLAIN_PREFIX + text, params);
    const operators: { type: string; details: string }[] = [];
    const walk = (step: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      const details = step.arguments['Details'];
      operators.push({
        type: step.operatorType.replace(/@.*$/, ''),
        details: typeof details === 'string' ? details : '',
      });
      step.children.forEach((child) => walk(child as typeof step));
    };
    if (result.summary.plan) walk(result.summary.plan);
    return { queryType: result.summary.queryType, operators };
  } catch (error) {
    throw withoutExplainPrefix(toDatabaseError(error, 'console query'));
  }
}

/** Positions Neo4j gives for the EXPLAIN statement, moved back onto the text as written. */
function withoutExplainPrefix(error: unknown): unknown {
  const mapped = error instanceof DatabaseError ? error : null;
  if (!mapped?.statement?.position) return error;
  const { line, column, offset } = mapped.statement.position;
  // A position on the EXPLAIN line itself is Neo4j's way of naming the whole statement.
  const position: StatementPosition =
    line > 1 ? { line: line - 1, column, offset: offset - EXPLAIN_PREFIX.length } : { line: 1, column: 1, offset: 0 };
  const message = mapped.statement.message.replace(
    /\(line \d+, column \d+ \(offset: \d+\)\)/,
    `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
  );
  return new DatabaseError(mapped.code, mapped.message, mapped.cause, { message, position });
}

/** Integers in parameters go to Neo4j as integers (a JS number would be a Float: `LIMIT $n` refuses it). */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherParams(item)]));
  }
  return value;
}

async function lookUpEndIds(tx: ManagedTransaction, elementIds: string[]): Promise<Map<string, unknown>> {
  const ids = new Map<string, unknown>();
  if (elementIds.length === 0) return ids;
  const result = await tx.run(idsOfElements.text, { elementIds });
  for (const record of result.records) ids.set(record.get('elementId') as string, toPlain(record.get('id')));
  return ids;
}

async function lookUpNamedIds(
  tx: ManagedTransaction,
  texts: ReadonlySet<string>,
): Promise<{ actorIds: string[]; relationIds: string[] }> {
  if (texts.size === 0) return { actorIds: [], relationIds: [] };
  const result = await tx.run(idsNamed.text, { texts: [...texts] });
  const record = result.records[0];
  return {
    actorIds: (record?.get('actorIds') as string[] | undefined) ?? [],
    relationIds: (record?.get('relationIds') as string[] | undefined) ?? [],
  };
}
