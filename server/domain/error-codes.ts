/**
 * Every code an expected error of actorgraph carries: `extensions.code` in GraphQL, the code the
 * command line prints. One list, so the API's errors (server/graphql/errors.ts) and the analyses'
 * (server/analyses/analysis-error.ts) cannot drift apart; the SDL and docs name only these
 * (test/unit/error-codes.test.ts). Parse and validation errors keep graphql-yoga's own codes.
 */
export const ERROR_CODES = [
  /** The input is malformed or out of range; the error names the field or parameter. */
  'BAD_USER_INPUT',
  'ACTOR_NOT_FOUND',
  'RELATION_NOT_FOUND',
  'EVIDENCE_NOT_FOUND',
  'SOURCE_NOT_FOUND',
  /** An analysis asked for by a name that is not one (`analysisOverlay(name:)`, the command line). */
  'ANALYSIS_NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** Another write changed the same data at the same time; trying again is safe. */
  'CONFLICT',
  /** The query or analysis reached its time limit and was stopped. */
  'QUERY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  /** `engine: GDS` was asked for and the database has no Graph Data Science. */
  'GDS_UNAVAILABLE',
  /** The request is over a limit (depth, aliases, directives, tokens, cost): `extensions.limit` names it. */
  'QUERY_TOO_COMPLEX',
  /** Cypher typed by a person would write, call a procedure outside the allowlist or LOAD CSV. */
  'CYPHER_NOT_READ_ONLY',
  /** Neo4j could not parse or plan Cypher typed by a person; the error gives its position. */
  'CYPHER_SYNTAX_ERROR',
  /** A saved analysis asked for by a name that no file in the folder of saved analyses has. */
  'SAVED_ANALYSIS_NOT_FOUND',
  /** Anything unexpected, masked so that no internal detail reaches the client. */
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
