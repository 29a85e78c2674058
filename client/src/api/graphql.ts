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
 * The client's only way to the data: POST one operation to /graphql. Errors carry the API's
 * codes so callers can tell "no such actor" (a stale link) from a failure.
 */
export async function requestGraphQL<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
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

/**
 * Remembers answers for the session: the view is recomputed from its state on every change
 * (collapse, hide, a filter put back), and most of those answers were already fetched.
 */
export function createCachedRequest(request: typeof requestGraphQL = requestGraphQL) {
  const answers = new Map<string, Promise<unknown>>();
  return function cachedRequest<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const key = JSON.stringify([query, variables]);
    let answer = answers.get(key);
    if (!answer) {
      answer = request<T>(query, variables);
      answers.set(key, answer);
      // A failed request is forgotten, so that trying again asks again.
      answer.catch(() => answers.delete(key));
    }
    return answer as Promise<T>;
  };
}
