import type { StatementPosition } from '../db/errors.ts';
import type { ErrorCode } from '../domain/error-codes.ts';

/**
 * The codes Cypher typed by a person fails with, a part of the one list of error codes
 * (ERROR_CODES): a query that would write, one Neo4j cannot parse, one that fails while it
 * runs or has bad parameters, one that runs too long, a saved analysis that does not exist.
 */
export const CYPHER_ERROR_CODES = [
  'CYPHER_NOT_READ_ONLY',
  'CYPHER_SYNTAX_ERROR',
  'SAVED_ANALYSIS_NOT_FOUND',
  'BAD_USER_INPUT',
  'QUERY_TIMEOUT',
] as const satisfies readonly ErrorCode[];

export type CypherErrorCode = (typeof CYPHER_ERROR_CODES)[number];

/** An expected failure of the console: the API passes the code on, the command line prints it. */
export class CypherError extends Error {
  override readonly name = 'CypherError';
  constructor(
    readonly code: CypherErrorCode,
    message: string,
    readonly details: {
      /** Where Neo4j found the problem in the query text. */
      readonly position?: StatementPosition | null;
      /** The parameter at fault, when one is. */
      readonly param?: string;
    } = {},
  ) {
    super(message);
  }
}
