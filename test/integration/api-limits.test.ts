import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createTestApp, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

// What one request may ask for. Each limit refuses a request before any resolver runs (the
// database sees no query), names the limit, and leaves every request the client makes alone.

const testbed = useTestbed();

async function send(query: string, variables: Record<string, unknown> = {}, app: App = testbed.app) {
  const response = await execute(app, query, variables);
  return {
    data: response.data,
    errors: (response.errors ?? []).map((error) => ({
      message: error.message,
      code: error.extensions?.code,
      limit: error.extensions?.['limit'],
    })),
  };
}

/** Sends a request and reports how many database queries it caused. */
async function queriesCausedBy(query: string, variables: Record<string, unknown> = {}) {
  const before = testbed.db.queryCount;
  const answer = await send(query, variables);
  return { answer, queries: testbed.db.queryCount - before };
}

function nestedRelations(levels: number): string {
  let inner = 'id';
  for (let level = 0; level < levels; level++) {
    inner = `id relations(first: 50) { nodes { from { ${inner} } } }`;
  }
  return `{ actors(first: 50) { nodes { ${inner} } } }`;
}

describe('limits checked before any resolver runs', () => {
  it('refuses relations nested six deep by their cost, naming the limit, without querying the database', async () => {
    const { answer, queries } = await queriesCausedBy(nestedRelations(6));
    expect(queries).toBe(0);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(answer.errors[0]!.message).toMatch(/limit of \d+ exceeded/);
  });

  it('refuses a nesting of pages that multiplies past the cost limit even within the depth limit', async () => {
    const query = '{ actors(first: 500) { nodes { relations(first: 500) { nodes { id } } } } }';
    const { answer, queries } = await queriesCausedBy(query);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(answer.errors[0]!.message).toContain(`Query cost limit of ${DEFAULT_LIMITS.maxCost} exceeded`);
  });

  it('counts page sizes given in variables, not only in the document', async () => {
    const query = 'query ($n: Int) { actors(first: $n) { nodes { relations(first: $n) { nodes { id } } } } }';
    expect((await send(query, { n: 5 })).errors).toEqual([]);
    const refused = await send(query, { n: 400 });
    expect(refused.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('counts the depth of a neighbourhood', async () => {
    const many = Array.from(
      { length: 10 },
      (_, i) =>
        `n${i}: neighborhood(actorId: "pakistan", depth: 4) { actors { id } relations { id from { id } to { id } } }`,
    );
    const { answer, queries } = await queriesCausedBy(`{ ${many.join(' ')} }`);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('refuses more aliases than the alias limit', async () => {
    const aliased = Array.from({ length: 20 }, (_, i) => `a${i}: actor(id: "pakistan") { id }`);
    const { answer, queries } = await queriesCausedBy(`{ ${aliased.join(' ')} }`);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    expect(answer.errors[0]!.message).toContain(`Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found 20.`);
  });

  it('refuses 300 aliased neighbourhoods of depth 3', async () => {
    const aliased = Array.from(
      { length: 300 },
      (_, i) => `a${i}: neighborhood(actorId: "pakistan", depth: 3) { actors { id } }`,
    );
    const { answer, queries } = await queriesCausedBy(`{ ${aliased.join(' ')} }`);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('refuses a query deeper than the depth limit', async () => {
    const query =
      '{ actor(id: "pakistan") { relations(first: 1) { nodes { from { relations(first: 1) { nodes { to { ' +
      'relations(first: 1) { nodes { from { id } } } } } } } } } } }';
    const { answer, queries } = await queriesCausedBy(query);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    expect(answer.errors[0]!.message).toMatch(new RegExp(`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded`));
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: 50 }, () => '@include(if: true)').join(' ');
    const { answer, queries } = await queriesCausedBy(`{ __typename ${directives} }`);
    expect(queries).toBe(0);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });

  it('refuses a document of too many tokens', async () => {
    const fields = Array.from({ length: 2000 }, () => '__typename').join(' ');
    const { answer, queries } = await queriesCausedBy(`{ ${fields} }`);
    expect(queries).toBe(0);
    expect(answer.errors[0]!.message).toContain(`Token limit of ${DEFAULT_LIMITS.maxTokens} exceeded.`);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  });

  it('takes its limits from the configuration', async () => {
    const strict = createTestApp(testbed.db, { ACTORGRAPH_MAX_COST: '10' });
    const answer = await send('{ actors(first: 20) { nodes { id } } }', {}, strict);
    expect(answer.errors[0]).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect((await send('{ actors(first: 20) { nodes { id } } }')).errors).toEqual([]);
  });
});

describe('the requests the client makes', () => {
  const dir = join(import.meta.dirname, '..', '..', 'client', 'src', 'api', 'operations');
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
  const fragments = files
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .filter((text) => text.includes('fragment '))
    .join('\n');
  // The largest values the client sends (load-view.ts, details-panel.ts, the depth and path menus).
  const largest = { first: 500, depth: 2, maxDepth: 6, actorIds: ['pakistan', 'united-states'] };

  it.each(files.filter((file) => readFileSync(join(dir, file), 'utf8').includes('query ')))(
    '%s passes every limit with the largest variables the client sends',
    async (file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const document = text.includes('fragment ') ? text : `${text}\n${fragments}`;
      const answer = await send(document, {
        ...largest,
        id: 'pakistan',
        actorId: 'pakistan',
        fromId: 'pakistan',
        toId: 'iran',
        name: 'influence',
        search: 'pak',
      });
      expect(answer.errors.filter((error) => error.code === 'QUERY_TOO_COMPLEX')).toEqual([]);
    },
  );
});

describe('production mode', () => {
  const production = () => createTestApp(testbed.db, { NODE_ENV: 'production' });

  it('refuses introspection unless the operator enables it', async () => {
    const refused = await send('{ __schema { types { name } } }', {}, production());
    expect(refused.errors[0]!.message).toMatch(/introspection/i);
    const enabled = createTestApp(testbed.db, { NODE_ENV: 'production', ACTORGRAPH_INTROSPECTION: 'true' });
    expect((await send('{ __schema { queryType { name } } }', {}, enabled)).errors).toEqual([]);
  });

  it('refuses a request a browser would send without a preflight unless it carries the CSRF header', async () => {
    const app = production();
    const get = (headers: Record<string, string>) =>
      app.yoga.fetch('http://actorgraph.test/graphql?query=%7B__typename%7D', { headers });
    const forged = await get({ accept: 'application/json' });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    const fromScript = await get({ accept: 'application/json', 'x-graphql-yoga-csrf': 'actorgraph' });
    expect(fromScript.status).toBe(200);
    // A JSON POST is preflighted by every browser: it needs no header.
    expect((await send('{ __typename }', {}, app)).errors).toEqual([]);
  });

  it('suggests no field names', async () => {
    const answer = await send('{ actor(id: "x") { nam } }', {}, production());
    expect(answer.errors[0]!.message).not.toMatch(/Did you mean/);
    const development = await send('{ actor(id: "x") { nam } }');
    expect(development.errors[0]!.message).toMatch(/Did you mean "name"/);
  });
});
