import { GraphQLError } from 'graphql';
import { DatabaseError } from '../db/errors.ts';
import type { ErrorCode } from '../domain/error-codes.ts';

/**
 * Expected errors of the API: each carries an `extensions.code` a client can act on (one of
 * ERROR_CODES, shared with the analyses), and the field of the input it is about where there is
 * one. Everything else is masked (see `maskUnexpectedError`).
 */
export type { ErrorCode };

/** One problem with the input: the path of the field (`input.evidence[0].quote`) and what is wrong. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
  /** BAD_USER_INPUT, or the *_NOT_FOUND code of an id that refers to nothing. */
  readonly code?: ErrorCode;
}

export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

/**
 * Several problems at once, so a client can mark every bad field in one round: the message and
 * the code are those of the first problem, `extensions.problems` lists them all.
 */
export function invalidInput(problems: readonly InputProblem[]): GraphQLError {
  const [first] = problems;
  if (!first) throw new Error('invalidInput() needs at least one problem');
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new GraphQLError(message, {
    extensions: {
      code: first.code ?? 'BAD_USER_INPUT',
      field: first.field,
      problems: problems.map((problem) => ({
        field: problem.field,
        message: problem.message,
        code: problem.code ?? 'BAD_USER_INPUT',
      })),
    },
  });
}

/** 401 with a challenge, as HTTP clients and proxies expect, besides the GraphQL code. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="actorgraph"' } },
    },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

const EXPECTED_DATABASE_ERRORS: Partial<Record<DatabaseError['code'], { code: ErrorCode; message: string }>> = {
  QUERY_TIMEOUT: {
    code: 'QUERY_TIMEOUT',
    message: 'The query took too long and was stopped; narrow it (a filter, a smaller depth or page) and try again.',
  },
  QUERY_TOO_COMPLEX: {
    code: 'QUERY_TOO_COMPLEX',
    message: 'The query needed more memory than one query may use (NEO4J_TRANSACTION_MEMORY); narrow it and try again.',
  },
  DATABASE_UNAVAILABLE: {
    code: 'DATABASE_UNAVAILABLE',
    message: 'The database is not reachable right now; try again in a moment.',
  },
  CONFLICT: {
    code: 'CONFLICT',
    message: 'Another write changed the same data at the same time; try again.',
  },
};

/**
 * yoga's `maskError`: our GraphQLErrors pass unchanged, database errors a client can act on
 * become their code (without the driver's text), and everything else becomes "Unexpected error."
 * so that no internal detail (Cypher, stack, credentials in a URI) reaches the client. yoga logs
 * every error this function replaces.
 */
export function maskUnexpectedError(error: unknown, message: string): Error {
  const cause = rootCause(error);
  if (isGraphQLError(cause)) return error as Error;
  const located = isGraphQLError(error) ? { path: error.path, nodes: error.nodes } : {};
  const expected = cause instanceof DatabaseError ? EXPECTED_DATABASE_ERRORS[cause.code] : undefined;
  if (expected) return new GraphQLError(expected.message, { ...located, extensions: { code: expected.code } });
  return new GraphQLError(message, { ...located, extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode } });
}

/** graphql-js wraps what a resolver throws (a located error around the original); unwrap it. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (isGraphQLError(cause) && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * By name, not `instanceof`: graphql ships both an ES module and a CommonJS build, and a tool
 * that loads one for us and the other for yoga (vitest does) has two GraphQLError classes.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
