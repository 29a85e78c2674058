import type { Database, Transaction } from '../db/database.ts';
import { DatabaseError } from '../db/errors.ts';
import { AnalysisError } from './analysis-error.ts';

/**
 * The time an analysis may take. Its Cypher runs in read transactions with a Neo4j transaction
 * timeout of what is left, so the database itself stops a slow query; work done in process (the
 * built-in algorithms) checks the same deadline and yields to the event loop now and then, so a
 * long analysis neither outlives its limit nor holds up other requests.
 */
export interface Budget {
  readonly analysis: string;
  readonly timeoutMs: number;
  readonly deadline: number;
}

export function startBudget(analysis: string, timeoutMs: number): Budget {
  return { analysis, timeoutMs, deadline: Date.now() + timeoutMs };
}

/** Runs read queries in one read transaction that Neo4j stops when the budget runs out. */
export async function readWithin<T>(db: Database, budget: Budget, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const remaining = budget.deadline - Date.now();
  if (remaining <= 0) throw timeoutError(budget);
  try {
    return await db.readTransaction(work, { timeoutMs: Math.max(1, Math.ceil(remaining)) });
  } catch (error) {
    if (isTimeout(error)) throw timeoutError(budget);
    throw error;
  }
}

/** For in-process loops: throws QUERY_TIMEOUT past the deadline, and lets other work run every ~20 ms. */
export function createTicker(budget: Budget): () => Promise<void> {
  let lastYield = Date.now();
  return async () => {
    const now = Date.now();
    if (now > budget.deadline) throw timeoutError(budget);
    if (now - lastYield >= 20) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  };
}

export function timeoutError(budget: Budget): AnalysisError {
  return new AnalysisError(
    'QUERY_TIMEOUT',
    `analysis "${budget.analysis}" took longer than ${budget.timeoutMs} ms and was stopped; narrow it (asOf, from/to, types, minConfidence) or allow more time (timeoutMs)`,
  );
}

/**
 * Neo4j reports a stopped transaction as TransactionTimedOut, which server/db maps to
 * QUERY_TIMEOUT; a procedure (GDS) that notices the stop may report it as a termination instead.
 */
function isTimeout(error: unknown): boolean {
  if (!(error instanceof DatabaseError)) return false;
  if (error.code === 'QUERY_TIMEOUT') return true;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const text = `${String(cause?.code ?? '')} ${String(cause?.message ?? '')}`;
  return /Transaction\.(Terminated|TransactionTimedOut)|transaction has been terminated/i.test(text);
}
