import { GraphQLError } from 'graphql';

/** Expected errors carry a code clients can act on; everything else is masked by yoga. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
