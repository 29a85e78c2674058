import type { TypedDocumentString } from './generated/operations.ts';

/**
 * How the client asks the API: an operation from a .graphql file (typed by `npm run codegen`) and
 * its variables; the answer's type follows from the operation.
 */
export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
) => Promise<TResult>;

/**
 * A GraphQL error as the API reports it; `codes` carries each error's extensions.code, and
 * `extensions` each error's extensions whole (a Cypher error's position is there).
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
    readonly extensions: readonly Record<string, unknown>[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * The client's only way to the data: POST one operation to /graphql, with a bearer token when
 * one is given (in a header, never in the URL). Errors carry the API's codes so callers can tell
 * "no such actor" (a stale link) from a failure.
 */
export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { signal?: AbortSignal; token?: string } = {},
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      // The server's CSRF prevention (in production) asks every request for this header.
      'x-graphql-yoga-csrf': 'actorgraph',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (body.errors?.length) {
    throw new GraphQLRequestError(
      body.errors.map((error) => error.message).join('; '),
      body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
      body.errors.map((error) => error.extensions ?? {}),
    );
  }
  if (!body.data)
    throw new GraphQLRequestError(`The API answered HTTP ${response.status} without data`, ['HTTP_ERROR']);
  return body.data;
}

/** A request that remembers answers; `forget()` drops them all (after the graph changed). */
export type CachedRequest = Request & { forget(): void };

/**
 * Remembers answers for the session: the view is recomputed from its state on every change
 * (collapse, hide, a filter put back), and most of those answers were already fetched. Loading
 * an article changes the graph, so then every answer is forgotten.
 */
export function createCachedRequest(request: Request = requestGraphQL): CachedRequest {
  const answers = new Map<string, Promise<unknown>>();
  const cachedRequest = function <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    const key = JSON.stringify([document.toString(), variables ?? {}]);
    let answer = answers.get(key);
    if (!answer) {
      answer = request(document, variables);
      answers.set(key, answer);
      // A failed request is forgotten, so that trying again asks again.
      answer.catch(() => answers.delete(key));
    }
    return answer as Promise<TResult>;
  };
  return Object.assign(cachedRequest, { forget: () => answers.clear() });
}

/**
 * Requests that carry the analyst's token, when one is typed, as `Authorization: Bearer`: in a
 * header, never in the URL, so it stays out of links, history and server logs. The token is read
 * at each request, so typing a new one takes effect at once. Answers are not cached: a query run
 * again should see the graph as it is now.
 */
export function createAuthorizedRequest(readToken: () => string | null): Request {
  return function authorizedRequest<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    const token = readToken()?.trim();
    return requestGraphQL(document, variables, token ? { token } : {});
  };
}

/** True when the API refused for want of a (valid) token: the caller should ask for one. */
export function needsToken(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.codes.includes('UNAUTHENTICATED');
}
