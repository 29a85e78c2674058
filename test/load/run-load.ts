import autocannon from 'autocannon';

/**
 * A mixed load of reads and writes at a fixed rate against a running actorgraph, as a team of
 * analysts and a scheduled importer make it: details of actors, searches, neighbourhoods, pages of
 * relations and an analysis, with edits of an actor and new sources among them. Every answer is
 * read: an HTTP status other than 200 or an `errors` entry in a GraphQL body is counted.
 */
export interface LoadOptions {
  readonly url: string;
  readonly seconds: number;
  /** Requests per second over all connections. */
  readonly rate: number;
  readonly connections?: number;
  /** An editor token, for the writes. */
  readonly editorToken: string;
  /** An actor the writes may edit. */
  readonly actorId: string;
}

export interface LoadReport {
  readonly requests: number;
  readonly httpErrors: number;
  readonly connectionErrors: number;
  readonly graphqlErrors: number;
  readonly firstErrors: readonly string[];
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

const READS = [
  '{ actor(id: "pakistan") { name relations(first: 20) { totalCount nodes { id type from { name } to { name } } } } }',
  '{ actors(search: "pak", first: 8) { nodes { id name kind } } }',
  '{ neighborhood(actorId: "iran", depth: 2) { actors { id name } relations { id type } } }',
  '{ relations(first: 50, filter: { asOf: "2020-01-15" }) { totalCount nodes { id status confidence } } }',
  '{ evidenceQuality { counts { relations singleSource disputed } relations { id confidence } } }',
];

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  let sourceNumber = 0;
  let graphqlErrors = 0;
  const firstErrors: string[] = [];
  const noteError = (status: number, body: string) => {
    if (status !== 200) return;
    try {
      const parsed = JSON.parse(body) as { errors?: { message: string }[] };
      if (parsed.errors?.length) {
        graphqlErrors++;
        if (firstErrors.length < 5) firstErrors.push(parsed.errors.map((error) => error.message).join('; '));
      }
    } catch {
      graphqlErrors++;
      if (firstErrors.length < 5) firstErrors.push(`not JSON: ${body.slice(0, 120)}`);
    }
  };
  const post = (query: string, variables: Record<string, unknown> = {}, token?: string) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    onResponse: noteError,
  });
  const writes = [
    {
      ...post(''),
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        ...post(
          'mutation ($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id } }',
          { id: options.actorId, input: { description: `Edited under load, ${Date.now()}` } },
          options.editorToken,
        ),
      }),
    },
    {
      ...post(''),
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        ...post(
          'mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }',
          {
            input: {
              id: `load-source-${process.pid}-${++sourceNumber}`,
              title: `A source written under load (${sourceNumber})`,
              publisher: 'Load Test Wire',
            },
          },
          options.editorToken,
        ),
      }),
    },
  ];
  // Eight reads for every two writes.
  const requests = [...READS.map((query) => post(query)), ...writes, ...READS.slice(0, 3).map((query) => post(query))];

  const result = await autocannon({
    url: options.url,
    duration: options.seconds,
    connections: options.connections ?? 10,
    overallRate: options.rate,
    requests,
  });
  return {
    requests: result.requests.total,
    httpErrors: result.non2xx,
    connectionErrors: result.errors,
    graphqlErrors,
    firstErrors,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}
