import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { TOKENS, TOKENS_ENV } from '../support/api-app.ts';
import { startTestServer } from '../support/app-server.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// The API over a real port, as clients reach it.

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;
let privateServer: Awaited<ReturnType<typeof startTestServer>>;
let productionServer: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  db = await openSeededDatabase();
  server = await startTestServer(db, { ACTORGRAPH_TOKENS: TOKENS_ENV });
  privateServer = await startTestServer(db, { ACTORGRAPH_TOKENS: TOKENS_ENV, ACTORGRAPH_PRIVATE_READS: 'true' });
  productionServer = await startTestServer(db, { NODE_ENV: 'production' });
});

afterAll(async () => {
  await server?.close();
  await privateServer?.close();
  await productionServer?.close();
  await db?.close();
});

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of the graphql-http package (and reports the SHOULD ones)', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql` }).map((audit) => audit.fn()));
    const failed = (level: string) =>
      results
        .filter((result) => result.name.startsWith(level) && result.status !== 'ok')
        .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    const should = results.filter((result) => result.name.startsWith('SHOULD'));
    console.log(
      `graphql-http audits: ${results.filter((result) => result.status === 'ok').length} of ${results.length} pass; ` +
        `SHOULD: ${should.length - failed('SHOULD').length} of ${should.length} pass${failed('SHOULD').length ? `; not met: ${failed('SHOULD').join(' | ')}` : ''}`,
    );
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failed('MUST')).toEqual([]);
  });

  it('serves GraphiQL to a browser in development', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<title>actorgraph</title>');
    expect(html.toLowerCase()).toContain('graphiql');
  });

  it('does not serve GraphiQL in production', async () => {
    const response = await fetch(`${productionServer.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('graphiql');
  });

  it('answers a query from a plain HTTP client', async () => {
    const answer = await post(server.url, '{ actor(id: "iran") { name } }');
    expect(answer).toEqual({ status: 200, body: { data: { actor: { name: 'Iran' } } } });
  });
});

describe('reads', () => {
  it('are public by default', async () => {
    expect((await post(server.url, '{ actors(first: 1) { totalCount } }')).status).toBe(200);
  });

  it('need a token with ACTORGRAPH_PRIVATE_READS=true: 401 without one, introspection included', async () => {
    for (const query of ['{ actors(first: 1) { totalCount } }', '{ __schema { queryType { name } } }']) {
      const answer = await post(privateServer.url, query);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        errors: [
          {
            message:
              'Reading this graph needs a token: send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>".',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    }
  });

  it('refuse an unknown token with ACTORGRAPH_PRIVATE_READS=true', async () => {
    const answer = await post(privateServer.url, '{ actors(first: 1) { totalCount } }', {
      authorization: 'Bearer nobody-knows-this-token',
    });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are open to every role with ACTORGRAPH_PRIVATE_READS=true', async () => {
    for (const token of Object.values(TOKENS)) {
      const answer = await post(privateServer.url, '{ actor(id: "pakistan") { name } }', {
        authorization: `Bearer ${token}`,
      });
      expect(answer).toEqual({ status: 200, body: { data: { actor: { name: 'Pakistan' } } } });
    }
  });

  it('leave mutations to their own check with ACTORGRAPH_PRIVATE_READS=true', async () => {
    const answer = await post(privateServer.url, 'mutation { retractEvidence(id: "ev-none") { id } }', {
      authorization: `Bearer ${TOKENS.reader}`,
    });
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
