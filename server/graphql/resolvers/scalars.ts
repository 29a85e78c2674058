import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../../domain/dates.ts';

/**
 * Date: written YYYY-MM-DD on output. On input YYYY and YYYY-MM are accepted too, because news
 * dates are often that coarse; they are passed on as written, so that the date rule
 * (server/domain/date-window.ts) can read them as their whole period.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => parseDateInput(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) {
      throw new TypeError('Date must be a string written YYYY, YYYY-MM or YYYY-MM-DD');
    }
    return parseDateInput(ast.value, (message) => new TypeError(message));
  },
});

/**
 * A bad variable is the caller's input error (BAD_USER_INPUT); graphql-js prefixes the message
 * with the variable ("Variable "$asOf" got invalid value ..."). A bad literal in the query text is
 * a plain error, so graphql-js reports it as a validation error with its place in the query.
 */
function parseDateInput(value: unknown, asError: (message: string) => Error = invalidScalarValue): string {
  const parsed = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : null;
  if (!parsed) throw asError(`Date must be written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parsed.text;
}

function invalidScalarValue(message: string): Error {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw invalidScalarValue('DateTime must be an ISO 8601 string');
    return value;
  },
});

/**
 * JSON: any JSON value, as it comes (a parameter map, a row of a Cypher result). The console has
 * already made every value plain, so output passes unchanged; a literal in the query text is
 * read as the JSON it spells.
 */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function parseJsonLiteral(ast, variables): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map((item) => parseJsonLiteral(item, variables));
      case Kind.OBJECT:
        return Object.fromEntries(
          ast.fields.map((field) => [field.name.value, parseJsonLiteral(field.value, variables)]),
        );
      case Kind.VARIABLE:
        return variables?.[ast.name.value];
      default:
        throw new TypeError(`JSON cannot hold a ${ast.kind}`);
    }
  },
});
