import { describe, expect, it } from 'vitest';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const testbed = useTestbed();

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = await execute(testbed.app, query, variables, bearer('editor'));
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface Page {
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

/** One page of `relations` (or of an actor's relations when `actorId` is given). */
async function relationsPage(first: number, after: string | null, actorId?: string): Promise<Page> {
  const selection = 'totalCount nodes { id } pageInfo { hasNextPage endCursor }';
  const data = actorId
    ? await run(
        `query ($id: ID!, $first: Int, $after: String) { actor(id: $id) { relations(first: $first, after: $after) { ${selection} } } }`,
        { id: actorId, first, after },
      )
    : await run(`query ($first: Int, $after: String) { relations(first: $first, after: $after) { ${selection} } }`, {
        first,
        after,
      });
  const page = actorId ? data['actor'].relations : data['relations'];
  return {
    ids: page.nodes.map((node: { id: string }) => node.id),
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
    totalCount: page.totalCount,
  };
}

async function allRelationIds(actorId?: string): Promise<string[]> {
  return (await relationsPage(500, null, actorId)).ids;
}

let relationCount = 0;

/**
 * Adds a relation between two seed actors dated long before anything in the seed, and before every
 * relation added so far, so it sorts first (relations are listed oldest first): before the cursor
 * of any page already read.
 */
async function addEarlyRelation(from: string, to: string): Promise<{ id: string; evidenceId: string }> {
  relationCount++;
  const data = await run(`mutation ($input: AddRelationInput!) { addRelation(input: $input) { id evidence { id } } }`, {
    input: {
      type: 'CONSULT',
      from,
      to,
      when: { date: `${1900 - relationCount}-01-01` },
      evidence: [
        {
          source: 'seed-article',
          quote: `An early consultation, number ${relationCount}`,
          attribution: 'a test',
          status: 'REPORTED',
          confidence: 0.5,
        },
      ],
    },
  });
  return { id: data['addRelation'].id, evidenceId: data['addRelation'].evidence[0].id };
}

describe('cursors that survive changes between page reads', () => {
  it('does not repeat an item on the next page when a relation is added before the cursor', async () => {
    const before = await allRelationIds();
    const page1 = await relationsPage(3, null);
    await addEarlyRelation('iran', 'pakistan');
    const page2 = await relationsPage(3, page1.endCursor);
    expect(page1.ids).toEqual(before.slice(0, 3));
    expect(page2.ids).toEqual(before.slice(3, 6));
  });

  it('does not skip an item on the next page when a relation before the cursor is retracted', async () => {
    const early = await addEarlyRelation('pakistan', 'iran');
    const before = await allRelationIds();
    expect(before[0]).toBe(early.id);
    const page1 = await relationsPage(3, null);
    await run('mutation ($id: ID!) { retractEvidence(id: $id, reason: "a test") { id } }', { id: early.evidenceId });
    const page2 = await relationsPage(3, page1.endCursor);
    expect(page2.ids).toEqual(before.slice(3, 6));
  });

  it("keeps an actor's relations in place when one is added before the cursor", async () => {
    const before = await allRelationIds('iran');
    const page1 = await relationsPage(2, null, 'iran');
    await addEarlyRelation('iran', 'united-states');
    const page2 = await relationsPage(2, page1.endCursor, 'iran');
    expect(page2.ids).toEqual(before.slice(2, 4));
  });

  it('keeps the actor list in place when an actor is created before the cursor', async () => {
    const list = async (first: number, after: string | null) =>
      (
        await run(
          'query ($first: Int, $after: String) { actors(first: $first, after: $after) { nodes { id } pageInfo { endCursor } } }',
          {
            first,
            after,
          },
        )
      )['actors'];
    const before = (await list(500, null)).nodes.map((node: { id: string }) => node.id);
    const page1 = await list(4, null);
    await run('mutation { createActor(input: { name: "Aaland Test Office", kind: ORGANISATION }) { id } }');
    const page2 = await list(4, page1.pageInfo.endCursor);
    expect(page2.nodes.map((node: { id: string }) => node.id)).toEqual(before.slice(4, 8));
  });

  it('keeps the source list in place when a newer source is created before the cursor', async () => {
    const list = async (first: number, after: string | null) =>
      (
        await run(
          'query ($first: Int, $after: String) { sources(first: $first, after: $after) { nodes { id } pageInfo { endCursor } } }',
          {
            first,
            after,
          },
        )
      )['sources'];
    const before = (await list(500, null)).nodes.map((node: { id: string }) => node.id);
    const page1 = await list(2, null);
    await run(
      'mutation { createSource(input: { id: "cursor-test-wire", title: "A later report", publisher: "Test Wire", published: "2099-01-01" }) { id } }',
    );
    const page2 = await list(2, page1.pageInfo.endCursor);
    expect(page2.nodes.map((node: { id: string }) => node.id)).toEqual(before.slice(2, 4));
  });
});

describe('pageInfo at the edges of a list', () => {
  it('answers first: 0 with no items and a cursor that continues from the same place', async () => {
    const all = await allRelationIds();
    const empty = await relationsPage(0, null);
    expect(empty.ids).toEqual([]);
    expect(empty.hasNextPage).toBe(true);
    expect(empty.endCursor).not.toBeNull();
    expect((await relationsPage(2, empty.endCursor)).ids).toEqual(all.slice(0, 2));
  });

  it('answers first: 0 after a cursor with that same cursor', async () => {
    const page1 = await relationsPage(2, null);
    const empty = await relationsPage(0, page1.endCursor);
    expect(empty).toMatchObject({ ids: [], hasNextPage: true, endCursor: page1.endCursor });
  });

  it('says the page that ends on the last item has no next page, and reading on yields nothing', async () => {
    const all = await allRelationIds();
    const page1 = await relationsPage(all.length - 2, null);
    const last = await relationsPage(2, page1.endCursor);
    expect(last.ids).toEqual(all.slice(-2));
    expect(last.hasNextPage).toBe(false);
    const past = await relationsPage(2, last.endCursor);
    expect(past).toMatchObject({ ids: [], hasNextPage: false, endCursor: last.endCursor });
  });

  it('says a next page exists when an item before the cursor was retracted and one is still left', async () => {
    const early = await addEarlyRelation('united-states', 'iran');
    const all = await allRelationIds();
    const page1 = await relationsPage(3, null);
    await run('mutation ($id: ID!) { retractEvidence(id: $id, reason: "a test") { id } }', { id: early.evidenceId });
    // Three items were read; the rest but one fit on the next page, so one is still left after it.
    const page2 = await relationsPage(all.length - 4, page1.endCursor);
    expect(page2.ids).toEqual(all.slice(3, -1));
    expect(page2.hasNextPage).toBe(true);
  });

  it('answers an empty list with no next page', async () => {
    const data = await run(
      '{ relations(filter: { types: [KILL], asOf: "1800" }) { totalCount nodes { id } pageInfo { hasNextPage } } }',
    );
    expect(data['relations']).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
  });
});

describe('cursors that are not this list’s', () => {
  it('refuses a cursor of relations given to actors, naming the argument', async () => {
    const page = await relationsPage(2, null);
    const result = await execute(testbed.app, 'query ($after: String) { actors(after: $after) { totalCount } }', {
      after: page.endCursor,
    });
    expect(result.errors?.[0]?.message).toBe(
      'after: is a cursor of another list (relations), not of actors; use this list’s pageInfo.endCursor',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor whose position was tampered with', async () => {
    const forged = Buffer.from(JSON.stringify(['relations', 'not a date', 42]), 'utf8').toString('base64url');
    const result = await execute(testbed.app, 'query ($after: String) { relations(after: $after) { totalCount } }', {
      after: forged,
    });
    expect(result.errors?.[0]?.message).toBe('after: is not a cursor this API gave out; use a pageInfo.endCursor');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
