import type { TypedDocumentString } from './generated/operations.ts';

/**
 * How the client asks the API: an operation from a .graphql file (typed by `npm run codegen`) and
 * its variables; the answer's type follows from the operation.
 */
export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
) => Promise<TResult>;

/** A GraphQL error as the API reports it; `codes` carries each error's extensions.code. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
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
