import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../../domain/dates.ts';

/**
 * Date: written YYYY-MM-DD on output. On input YYYY and YYYY-MM are accepted too and stand for
 * the first day of that year or month, because news dates are often that coarse.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => parseDateInput(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) {
      throw new GraphQLError('Date must be a string written YYYY, YYYY-MM or YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDateInput(ast.value);
  },
});

function parseDateInput(value: unknown): string {
  const parsed = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : null;
  if (!parsed) {
    throw new GraphQLError(`Date must be written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return parsed.text;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('DateTime must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  },
});
