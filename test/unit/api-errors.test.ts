import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../server/db/errors.ts';
import { maskUnexpectedError } from '../../server/graphql/errors.ts';

// How the API words database trouble and unexpected failures (yoga calls maskUnexpectedError for
// every error a resolver throws; graphql-js wraps it in a located error first).
const located = (original: Error) => new GraphQLError(original.message, { path: ['actors'], originalError: original });

describe('masking errors', () => {
  it('passes an expected error through untouched', () => {
    const expected = new GraphQLError('depth: must be an integer from 1 to 4, got 9', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const wrapped = located(expected);
    expect(maskUnexpectedError(wrapped, 'Unexpected error.')).toBe(wrapped);
  });

  it("turns a query timeout into QUERY_TIMEOUT with advice, without the driver's text", () => {
    const masked = maskUnexpectedError(
      located(new DatabaseError('QUERY_TIMEOUT', 'The query took too long (read/shortest-paths)')),
      'Unexpected error.',
    );
    expect(masked).toBeInstanceOf(GraphQLError);
    expect((masked as GraphQLError).toJSON()).toEqual({
      message: 'The query took too long and was stopped; narrow it (a filter, a smaller depth or page) and try again.',
      path: ['actors'],
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });

  it('turns an unreachable database into DATABASE_UNAVAILABLE', () => {
    const masked = maskUnexpectedError(
      located(new DatabaseError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable (transaction)')),
      'Unexpected error.',
    );
    expect((masked as GraphQLError).message).toBe('The database is not reachable right now; try again in a moment.');
    expect((masked as GraphQLError).extensions['code']).toBe('DATABASE_UNAVAILABLE');
  });

  it('hides any other failure behind the generic message', () => {
    for (const failure of [
      new DatabaseError(
        'DATABASE_ERROR',
        'Neo4j refused query read/x: Neo.ClientError.Statement.SyntaxError at line 3',
      ),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
    ]) {
      const masked = maskUnexpectedError(located(failure), 'Unexpected error.') as GraphQLError;
      expect(masked.message).toBe('Unexpected error.');
      expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(masked.path).toEqual(['actors']);
    }
  });
});
