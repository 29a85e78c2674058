import { describe, expect, inject, it, vi } from 'vitest';
import type { App } from '../../server/app.ts';
import { createDatabase } from '../../server/db/database.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { bearer, createTestApp, useTestbed } from '../support/api-app.ts';

// Misuse of the API, with the exact answer each one gets: the message a person reads, the code a
// program acts on, and the HTTP status. Changing any of these is a change of the API.

const graphSnapshot = cypherQuery('test/graph-snapshot');

const testbed = useTestbed();

interface Answer {
  status: number;
  errors: { message: string; code: unknown; field?: unknown }[];
  data: unknown;
}

async function send(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  target: App = testbed.app,
): Promise<Answer> {
  const response = await target.yoga.fetch('http://actorgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return {
    status: response.status,
    data: body.data,
    errors: (body.errors ?? []).map((error) => ({
      message: error.message,
      code: error.extensions?.['code'],
      ...(error.extensions?.['field'] !== undefined ? { field: error.extensions['field'] } : {}),
    })),
  };
}

describe('malformed requests', () => {
  it.each([
    ['a syntax error', '{ actors {', 400, 'Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED'],
    [
      'an unknown field',
      '{ actor(id: "x") { nope } }',
      400,
      'Cannot query field "nope" on type "Actor". Did you mean "name"?',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a missing argument',
      '{ neighborhood { actors { id } } }',
      400,
      'Field "neighborhood" argument "actorId" of type "ID!" is required, but it was not provided.',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an unknown enum value',
      '{ relations(filter: { polarity: [FRIENDLY] }) { totalCount } }',
      400,
      'Value "FRIENDLY" does not exist in "Polarity" enum.',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an impossible date in the query',
      '{ relations(filter: { asOf: "2019-13-01" }) { totalCount } }',
      400,
      'Expected value of type "Date", found "2019-13-01"; Date must be written YYYY, YYYY-MM or YYYY-MM-DD, got "2019-13-01"',
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('refuses %s before running anything', async (_what, query, status, message, code) => {
    expect(await send(query)).toEqual({ status, data: undefined, errors: [{ message, code }] });
  });

  it('refuses a date variable that is not a date, naming the variable', async () => {
    expect(
      await send('query ($asOf: Date) { relations(filter: { asOf: $asOf }) { totalCount } }', { asOf: 'yesterday' }),
    ).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message:
            'Variable "$asOf" got invalid value "yesterday"; Date must be written YYYY, YYYY-MM or YYYY-MM-DD, got "yesterday"',
          code: 'BAD_USER_INPUT',
        },
      ],
    });
  });

  it('refuses an input variable of the wrong shape with BAD_USER_INPUT, naming the field', async () => {
    const answer = await send(
      'mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }',
      { input: { name: 'X', kind: 'NOPE' } },
      bearer('editor'),
    );
    expect(answer).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message:
            'Variable "$input" got invalid value "NOPE" at "input.kind"; Value "NOPE" does not exist in "ActorKind" enum.',
          code: 'BAD_USER_INPUT',
        },
      ],
    });
  });

  it('refuses a mutation sent with GET (405), as GraphQL over HTTP requires', async () => {
    const url = `http://actorgraph.test/graphql?query=${encodeURIComponent('mutation { retractEvidence(id: "x") { id } }')}`;
    const response = await testbed.app.yoga.fetch(url, {
      headers: { accept: 'application/graphql-response+json', ...bearer('editor') },
    });
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Can only perform a mutation operation from a POST request.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });
});

describe('arguments out of range', () => {
  it.each([
    [
      'a negative page size',
      '{ actors(first: -1) { totalCount } }',
      'first: must be an integer from 0 to 500, got -1',
      'first',
    ],
    [
      'a page size over the limit',
      '{ relations(first: 501) { totalCount } }',
      'first: must be an integer from 0 to 500, got 501',
      'first',
    ],
    [
      'a cursor the API never gave out',
      '{ actors(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      'after: is not a cursor this API gave out; use a pageInfo.endCursor',
      'after',
    ],
    // "actorgraph:99999999999999999999" would overflow Neo4j's integers if it were believed.
    [
      'a forged cursor past any list',
      '{ actors(after: "YWN0b3JncmFwaDo5OTk5OTk5OTk5OTk5OTk5OTk5") { totalCount } }',
      'after: is not a cursor this API gave out; use a pageInfo.endCursor',
      'after',
    ],
    [
      'a neighbourhood too deep',
      '{ neighborhood(actorId: "iran", depth: 9) { actors { id } } }',
      'depth: must be an integer from 1 to 4, got 9',
      'depth',
    ],
    [
      'a path depth of 0',
      '{ shortestPaths(fromId: "iran", toId: "pakistan", maxDepth: 0) { length } }',
      'maxDepth: must be an integer from 1 to 6, got 0',
      'maxDepth',
    ],
    [
      'a path from an actor to itself',
      '{ shortestPaths(fromId: "iran", toId: "iran") { length } }',
      'toId: must differ from fromId',
      'toId',
    ],
    [
      'a confidence above 1',
      '{ relations(filter: { minConfidence: 2 }) { totalCount } }',
      'filter.minConfidence: must be between 0 and 1, got 2',
      'filter.minConfidence',
    ],
    [
      'a window that ends before it starts',
      '{ relations(filter: { from: "2020", to: "2019" }) { totalCount } }',
      'filter.from: must not be after filter.to',
      'filter.from',
    ],
    [
      'a search with no words',
      '{ actors(search: "+-&&") { totalCount } }',
      'search: has no words to search for; give a name or an alias',
      'search',
    ],
  ])('answers %s with BAD_USER_INPUT naming the argument', async (_what, query, message, field) => {
    const answer = await send(query);
    expect(answer.errors).toEqual([{ message, code: 'BAD_USER_INPUT', field }]);
    expect(answer.status).toBe(200);
  });

  it.each([
    [
      'neighborhood',
      '{ neighborhood(actorId: "nobody") { actors { id } } }',
      'actorId: no actor with id "nobody"',
      'actorId',
    ],
    [
      'shortestPaths',
      '{ shortestPaths(fromId: "iran", toId: "nobody") { length } }',
      'toId: no actor with id "nobody"',
      'toId',
    ],
    ['timeline', '{ timeline(actorId: "nobody") { date } }', 'actorId: no actor with id "nobody"', 'actorId'],
  ])('answers %s of an unknown actor with ACTOR_NOT_FOUND', async (_field, query, message, field) => {
    expect((await send(query)).errors).toEqual([{ message, code: 'ACTOR_NOT_FOUND', field }]);
  });
});

describe('writing without the right token', () => {
  const RETRACT = 'mutation { retractEvidence(id: "ev-none") { id } }';

  it('answers 401 UNAUTHENTICATED with a Bearer challenge when there is no token', async () => {
    const response = await testbed.app.yoga.fetch('http://actorgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: RETRACT }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="actorgraph"');
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({
      message: 'retractEvidence needs a token: send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>".',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The HTTP details stay in the status line, not in the error.
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['an unknown token', { authorization: 'Bearer this-token-is-not-configured' }],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a bare token', { authorization: 'editor-token-for-tests-0002' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('answers 401 UNAUTHENTICATED for %s', async (_what, headers) => {
    expect(await send(RETRACT, {}, headers)).toEqual({
      status: 401,
      data: null,
      errors: [
        {
          message: 'The token is not valid: send a token from ACTORGRAPH_TOKENS as "Authorization: Bearer <token>".',
          code: 'UNAUTHENTICATED',
        },
      ],
    });
  });

  it('answers 403 FORBIDDEN to a reader, naming the roles that may', async () => {
    expect(await send(RETRACT, {}, bearer('reader'))).toEqual({
      status: 403,
      data: null,
      errors: [
        {
          message: 'retractEvidence needs the role editor or admin; this token has the role reader.',
          code: 'FORBIDDEN',
        },
      ],
    });
  });

  it('answers 403 FORBIDDEN to an editor who merges', async () => {
    expect(
      await send('mutation { mergeActors(keepId: "iran", mergeId: "irgc") { id } }', {}, bearer('editor')),
    ).toEqual({
      status: 403,
      data: null,
      errors: [{ message: 'mergeActors needs the role admin; this token has the role editor.', code: 'FORBIDDEN' }],
    });
  });

  it('writes nothing when a request mixes an allowed and a refused mutation after the refusal', async () => {
    const before = await testbed.db.read(graphSnapshot);
    const answer = await send(
      'mutation { merge: mergeActors(keepId: "iran", mergeId: "irgc") { id } create: createActor(input: { id: "after-refusal", name: "After", kind: OTHER }) { id } }',
      {},
      bearer('editor'),
    );
    // Mutations run one after another; each is its own transaction, and the refusal writes nothing.
    expect(answer.errors).toEqual([
      { message: 'mergeActors needs the role admin; this token has the role editor.', code: 'FORBIDDEN' },
    ]);
    expect(answer.data).toBeNull();
    const after = (await testbed.db.read(graphSnapshot))[0]!;
    const actorIds = (after['actors'] as { id: string }[]).map((actor) => actor.id);
    expect(actorIds).not.toContain('after-refusal');
    expect(after).toEqual(before[0]);
  });
});

describe('unexpected failures', () => {
  it('masks an error it did not expect as "Unexpected error." and logs the original', async () => {
    // A database handle closed under the app: a real driver error that no client can act on.
    const closed = createDatabase(inject('neo4j'));
    await closed.verifyConnectivity();
    await closed.close();
    const broken = createTestApp(closed);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const answer = await send('{ actors { totalCount } }', {}, {}, broken);
      expect(answer.errors).toEqual([{ message: 'Unexpected error.', code: 'INTERNAL_SERVER_ERROR' }]);
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer)).not.toContain('Pool is closed');
      const logged = log.mock.calls.flat().map((item) => (item instanceof Error ? item.message : String(item)));
      expect(logged.some((line) => line.includes('Pool is closed'))).toBe(true);
    } finally {
      log.mockRestore();
    }
  });
});
