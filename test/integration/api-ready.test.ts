import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, type Database } from '../../server/db/database.ts';
import { findFreePort } from '../../neo4j-launcher/ports.ts';
import { startTestServer } from '../support/app-server.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// What an orchestrator and a browser see over HTTP: liveness, readiness with its reason, the
// security headers and policies, and an API that says "database unavailable" instead of hanging.

const serve = startTestServer;

describe('with the database up', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    db = await openSeededDatabase();
    server = await serve(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('is live and ready', async () => {
    const health = await fetch(`${server.url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${server.url}/ready`);
    expect([ready.status, ready.headers.get('content-type'), await ready.json()]).toEqual([
      200,
      'application/json',
      { status: 'ready' },
    ]);
  });

  it('sends security headers and a strict policy with every answer', async () => {
    for (const path of ['/', '/health', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it('serves GraphiQL from the package, with no address outside this server, its scripts allowed by hash', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>actorgraph</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/);
    expect(html).not.toContain('unpkg.com');
    const csp = response.headers.get('content-security-policy') ?? '';
    const scripts = [...html.matchAll(/<script>[\s\S]*?<\/script>/g)].length;
    expect(scripts).toBeGreaterThan(0);
    expect(csp.match(/'sha256-[A-Za-z0-9+/=]+'/g)).toHaveLength(scripts);
  });

  it('never writes a token to its logs, valid or not, even when the request fails', async () => {
    const secret = 'editor-token-that-must-never-be-logged';
    const logged: string[] = [];
    const capture = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    const spies = [
      vi.spyOn(console, 'log').mockImplementation(capture),
      vi.spyOn(console, 'info').mockImplementation(capture),
      vi.spyOn(console, 'warn').mockImplementation(capture),
      vi.spyOn(console, 'error').mockImplementation(capture),
      vi.spyOn(console, 'debug').mockImplementation(capture),
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (capture(chunk), true)),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (capture(chunk), true)),
    ];
    const tokens = await serve(db, { ACTORGRAPH_TOKENS: `${secret}:editor` });
    try {
      for (const token of [secret, 'not-a-token-of-this-server-00']) {
        for (const query of [
          'mutation { createActor(input: { name: "Logged Actor", kind: OTHER }) { id } }',
          '{ actor(id: "pakistan") { nope } }',
          '{ cypher(query: "MATCH (n) DETACH DELETE n") { columns } }',
        ]) {
          await fetch(`${tokens.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query }),
          });
        }
      }
    } finally {
      await tokens.close();
      for (const spy of spies) spy.mockRestore();
    }
    expect(logged.join('\n')).not.toContain(secret);
    expect(logged.join('\n')).not.toContain('not-a-token-of-this-server-00');
  });

  it('lets only the origins the operator names read answers across origins', async () => {
    const ask = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const closed = await ask(server.url, 'https://elsewhere.example');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();

    const open = await serve(db, { ACTORGRAPH_CORS_ORIGINS: 'https://analysis.example.org' });
    try {
      const named = await ask(open.url, 'https://analysis.example.org');
      expect(named.headers.get('access-control-allow-origin')).toBe('https://analysis.example.org');
      const other = await ask(open.url, 'https://elsewhere.example');
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
      expect(other.headers.get('access-control-allow-origin')).not.toBe('*');
    } finally {
      await open.close();
    }
  });

  it('refuses a body over the limit, and one of unknown length, before reading it', async () => {
    const small = await serve(db, { ACTORGRAPH_MAX_BODY_BYTES: '200' });
    try {
      const query = JSON.stringify({ query: `{ actors(search: "${'x'.repeat(300)}") { totalCount } }` });
      const over = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: query,
      });
      expect(over.status).toBe(413);
      const answer = (await over.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]!.message).toMatch(/limit is 200 \(ACTORGRAPH_MAX_BODY_BYTES\)/);
      expect(answer.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');

      const chunks = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}'));
          controller.close();
        },
      });
      const unknown = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(unknown.status).toBe(411);

      const fits = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(fits.status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('serves no GraphiQL in production unless introspection is enabled', async () => {
    const production = await serve(db, { NODE_ENV: 'production' });
    try {
      const response = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toContain('<title>actorgraph</title>');
    } finally {
      await production.close();
    }
  });
});

describe('with the database down', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    // A port nobody listens on: what the app sees while Neo4j is stopped.
    db = createDatabase({ uri: `bolt://127.0.0.1:${await findFreePort()}`, user: 'neo4j', password: 'unused' });
    server = await serve(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('stays live, so an orchestrator does not restart a healthy process', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });

  it('is not ready, and says why as JSON', async () => {
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/^database unavailable/);
  });

  it('answers GraphQL with DATABASE_UNAVAILABLE instead of hanging', async () => {
    // The bound is generous against a loaded machine; what it rules out is the driver's default
    // of 30 s of retries. The time itself is measured by the bench, not here.
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ actor(id: "pakistan") { name } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
  });
});
