import { Neo4jError } from 'neo4j-driver';

/**
 * Errors the database boundary may raise, with a code the API can pass on.
 * Driver errors never leave server/db: they are mapped here.
 * - STATEMENT_REFUSED: Neo4j could not parse a statement (syntax, an unknown variable); only
 *   Cypher a person typed should ever get it.
 * - STATEMENT_FAILED: a statement that parsed failed (a missing parameter, a division by zero,
 *   a procedure's own error): the person who wrote it needs Neo4j's message.
 * - WRITE_REFUSED: a statement tried to write in a read transaction or session.
 * - QUERY_TOO_COMPLEX: a transaction needed more memory than one may use (the database's
 *   per-transaction limit, NEO4J_TRANSACTION_MEMORY for the embedded one) and was stopped.
 */
export type DatabaseErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'CONFLICT'
  | 'QUERY_TIMEOUT'
  | 'STATEMENT_REFUSED'
  | 'STATEMENT_FAILED'
  | 'WRITE_REFUSED'
  | 'QUERY_TOO_COMPLEX'
  | 'DATABASE_ERROR';

/** Where in a statement Neo4j found the problem: 1-based line and column, 0-based offset. */
export interface StatementPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    override readonly cause?: unknown,
    /** Neo4j's own words and the position it gives, for statement errors a person can fix. */
    readonly statement?: { readonly message: string; readonly position: StatementPosition | null },
  ) {
    super(message);
  }
}

const REFUSED_STATEMENTS = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
]);
const REFUSED_WRITES = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);

export function toDatabaseError(error: unknown, queryName: string): DatabaseError | Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j is not reachable (${queryName})`, error);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DatabaseError('CONFLICT', `A uniqueness rule was violated (${queryName}): ${error.message}`, error);
  }
  if (code.includes('MemoryPoolOutOfMemoryError')) {
    return new DatabaseError(
      'QUERY_TOO_COMPLEX',
      `The query needed more memory than one may use (${queryName})`,
      error,
    );
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut')) {
    return new DatabaseError('QUERY_TIMEOUT', `The query took too long and was stopped (${queryName})`, error);
  }
  const refused = `Neo4j refused query ${queryName}: ${code} ${error.message}`;
  const statement = { message: error.message, position: positionIn(error.message) };
  if (REFUSED_WRITES.has(code)) return new DatabaseError('WRITE_REFUSED', refused, error, statement);
  if (REFUSED_STATEMENTS.has(code)) return new DatabaseError('STATEMENT_REFUSED', refused, error, statement);
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new DatabaseError('STATEMENT_FAILED', refused, error, statement);
  }
  return new DatabaseError('DATABASE_ERROR', refused, error);
}

/** Neo4j writes the position into its message: "... (line 2, column 8 (offset: 25))". */
const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function positionIn(message: string): StatementPosition | null {
  const found = POSITION.exec(message);
  return found ? { line: Number(found[1]), column: Number(found[2]), offset: Number(found[3]) } : null;
}
