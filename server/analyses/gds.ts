import { randomUUID } from 'node:crypto';
import type { Database, Transaction } from '../db/database.ts';
import { AnalysisError } from './analysis-error.ts';
import { analysisQuery } from './analysis-query.ts';
import { readWithin, type Budget } from './budget.ts';
import type { Engine } from './params.ts';

const gdsAvailable = analysisQuery('gds/available');
const dropGraph = analysisQuery('gds/drop-graph');
const dropStaleGraphs = analysisQuery('gds/drop-stale-graphs');
const listGraphs = analysisQuery('gds/list-graphs');

/** Every graph an analysis projects is named with this prefix and a random part. */
export const GRAPH_PREFIX = 'actorgraph-analysis-';
/** A projected graph older than this was left behind by a stopped analysis. */
const STALE_MINUTES = 15;

const availability = new WeakMap<Database, Promise<boolean>>();
/** When each connection last looked for stale graphs: once a minute is plenty. */
const lastSweep = new WeakMap<Database, number>();
const SWEEP_EVERY_MS = 60_000;

/**
 * Whether the database has Graph Data Science: the embedded Neo4j ships it; a Neo4j named by
 * NEO4J_URI may not (Aura Free, a plain server). Asked once per database connection.
 */
export function hasGds(db: Database): Promise<boolean> {
  let known = availability.get(db);
  if (!known) {
    known = db
      .read(gdsAvailable, {}, { timeoutMs: 10_000 })
      .then(([row]) => row?.['available'] === true)
      .catch(() => false);
    availability.set(db, known);
  }
  return known;
}

/** AUTO picks GDS when present, else the built-in engine; asking for GDS without it is an error. */
export async function chooseEngine(db: Database, requested: Engine): Promise<'GDS' | 'BUILTIN'> {
  if (requested === 'BUILTIN') return 'BUILTIN';
  if (await hasGds(db)) return 'GDS';
  if (requested === 'GDS') {
    throw new AnalysisError(
      'GDS_UNAVAILABLE',
      'this Neo4j has no Graph Data Science procedures (gds.*); install the GDS plugin, or use engine AUTO or BUILTIN',
      'engine',
    );
  }
  return 'BUILTIN';
}

/** A fresh catalog name, so concurrent analyses never share or drop each other's graphs. */
export function newGraphName(analysis: string): string {
  return `${GRAPH_PREFIX}${analysis}-${randomUUID()}`;
}

/**
 * Runs GDS work (projections and algorithm calls on `graphNames`) in one time-limited read
 * transaction, and always drops those graphs afterwards in a transaction of their own: the GDS
 * catalog is not transactional, so a stopped or failed analysis would otherwise leave its graph
 * in memory. Once a minute, graphs older than a quarter of an hour with our prefix go too.
 */
export async function withProjectedGraphs<T>(
  db: Database,
  budget: Budget,
  graphNames: readonly string[],
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  let failed = false;
  try {
    return await readWithin(db, budget, work);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    try {
      const sweep = Date.now() - (lastSweep.get(db) ?? 0) > SWEEP_EVERY_MS;
      await db.readTransaction(
        async (tx) => {
          for (const graphName of graphNames) await tx.run(dropGraph, { graphName });
          if (sweep) await tx.run(dropStaleGraphs, { prefix: GRAPH_PREFIX, minutes: STALE_MINUTES });
        },
        { timeoutMs: 30_000 },
      );
      if (sweep) lastSweep.set(db, Date.now());
    } catch (dropError) {
      // The analysis's own error matters more; a failed drop after a success must not pass unseen.
      // eslint-disable-next-line no-unsafe-finally -- deliberate: only when the analysis itself succeeded
      if (!failed) throw dropError;
    }
  }
}

/** The names of projected graphs analyses still hold (a check that nothing leaks). */
export async function listProjectedGraphs(db: Database): Promise<string[]> {
  const rows = await db.read(listGraphs, { prefix: GRAPH_PREFIX }, { timeoutMs: 10_000 });
  return rows.map((row) => String(row['graphName']));
}
