import { Neo4jError } from 'neo4j-driver';

/**
 * Errors the database boundary may raise, with a code the API can pass on.
 * Driver errors never leave server/db: they are mapped here.
 */
export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'CONFLICT' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export function toDatabaseError(error: unknown, queryName: string): DatabaseError | Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j is not reachable (${queryName})`, error);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DatabaseError('CONFLICT', `A uniqueness rule was violated (${queryName}): ${error.message}`, error);
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut')) {
    return new DatabaseError('QUERY_TIMEOUT', `The query took too long and was stopped (${queryName})`, error);
  }
  return new DatabaseError('DATABASE_ERROR', `Neo4j refused query ${queryName}: ${code} ${error.message}`, error);
}
