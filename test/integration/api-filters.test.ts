import { describe, expect, it } from 'vitest';
import { useTestbed } from '../support/api-app.ts';
import { loadFixtureGraph } from '../support/fixture-graph.ts';
import { execute } from '../support/graphql-client.ts';

// Every expectation here is worked out by hand from the table in test/support/fixture-graph.ts.

const testbed = useTestbed(loadFixtureGraph);

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = await execute(testbed.app, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function relationIds(filter: Record<string, unknown>): Promise<string[]> {
  const data = await run(
    'query ($filter: RelationFilter) { relations(filter: $filter, first: 100) { totalCount nodes { id } } }',
    { filter },
  );
  const ids = data['relations'].nodes.map((node: { id: string }) => node.id);
  expect(data['relations'].totalCount).toBe(ids.length);
  return [...ids].sort();
}

async function actorRelationIds(actorId: string, filter: Record<string, unknown>): Promise<string[]> {
  const data = await run(
    'query ($id: ID!, $filter: RelationFilter) { actor(id: $id) { relations(filter: $filter) { nodes { id } } } }',
    {
      id: actorId,
      filter,
    },
  );
  return data['actor'].relations.nodes.map((node: { id: string }) => node.id).sort();
}

describe('the relation filter on relations', () => {
  it('passes everything when no condition is given', async () => {
    expect(await relationIds({})).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('keeps only the given types', async () => {
    expect(await relationIds({ types: ['AID', 'ATTACK'] })).toEqual(['r1', 'r2']);
  });

  it('keeps only the given polarity', async () => {
    expect(await relationIds({ polarity: ['HOSTILE'] })).toEqual(['r2', 'r4', 'r6']);
    expect(await relationIds({ polarity: ['NEUTRAL'] })).toEqual(['r3', 'r7']);
  });

  it('keeps only the given statuses, including the derived DISPUTED', async () => {
    expect(await relationIds({ statuses: ['DISPUTED'] })).toEqual(['r6']);
    expect(await relationIds({ statuses: ['CONFIRMED', 'ALLEGED'] })).toEqual(['r1', 'r3', 'r4']);
  });

  it('keeps relations at or above a confidence', async () => {
    expect(await relationIds({ minConfidence: 0.8 })).toEqual(['r1', 'r4', 'r7']);
    expect(await relationIds({ minConfidence: 0.36 })).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r7']);
  });

  it('keeps relations backed by a source, or by a source their evidence relays', async () => {
    expect(await relationIds({ sourceIds: ['leak-c'] })).toEqual(['r4']);
    expect(await relationIds({ sourceIds: ['wire-b'] })).toEqual(['r2', 'r4', 'r6', 'r7']);
  });

  it('shows the graph as of a date: begun by then, not yet ended, undated ones always', async () => {
    expect(await relationIds({ asOf: '2019-01-01' })).toEqual(['r3', 'r4', 'r7']);
    expect(await relationIds({ asOf: '2020-06' })).toEqual(['r1', 'r2', 'r3', 'r5', 'r7']);
  });

  it('treats the end date of an interval as the first day it no longer holds', async () => {
    expect(await relationIds({ asOf: '2019-12-31', types: ['SANCTION', 'COOPERATE'] })).toEqual(['r4']);
    expect(await relationIds({ asOf: '2020-02-01', types: ['SANCTION', 'COOPERATE'] })).toEqual(['r5']);
  });

  it('holds neither side of a change known to the month during that month, unless asked what may have held', async () => {
    // r4 ends and r5 begins in January 2020, on days the sources do not give.
    expect(await relationIds({ asOf: '2020-01-15', types: ['SANCTION', 'COOPERATE'] })).toEqual([]);
    expect(
      await relationIds({ asOf: '2020-01-15', asOfCertainty: 'POSSIBLE', types: ['SANCTION', 'COOPERATE'] }),
    ).toEqual(['r4', 'r5']);
  });

  it('keeps events dated in a window and intervals that overlap it', async () => {
    expect(await relationIds({ from: '2020', to: '2020' })).toEqual(['r2', 'r3', 'r4', 'r5', 'r7']);
  });

  it('accepts a window open at either end', async () => {
    expect(await relationIds({ from: '2021' })).toEqual(['r3', 'r5', 'r6', 'r7']);
    expect(await relationIds({ to: '2018' })).toEqual(['r3', 'r4', 'r7']);
  });

  it('includes the whole period of a partial end date', async () => {
    expect(await relationIds({ types: ['AID'], to: '2019-06' })).toEqual(['r1']);
    expect(await relationIds({ types: ['AID'], to: '2019-05' })).toEqual([]);
  });

  it('requires every condition at once', async () => {
    expect(await relationIds({ polarity: ['HOSTILE'], asOf: '2020-06' })).toEqual(['r2']);
    expect(await relationIds({ polarity: ['COOPERATIVE'], sourceIds: ['wire-a'], minConfidence: 0.8 })).toEqual(['r1']);
  });
});

describe("the relation filter on an actor's relations", () => {
  it('lists the relations on either side of the actor', async () => {
    expect(await actorRelationIds('north', {})).toEqual(['r1', 'r4', 'r5', 'r6']);
  });

  it('applies polarity, asOf, window, types, statuses, confidence and sources', async () => {
    expect(await actorRelationIds('north', { polarity: ['HOSTILE'] })).toEqual(['r4', 'r6']);
    expect(await actorRelationIds('north', { asOf: '2019-01-01' })).toEqual(['r4']);
    expect(await actorRelationIds('north', { from: '2021', to: '2021' })).toEqual(['r5', 'r6']);
    expect(await actorRelationIds('north', { types: ['COOPERATE', 'AID'] })).toEqual(['r1', 'r5']);
    expect(await actorRelationIds('north', { statuses: ['DISPUTED'] })).toEqual(['r6']);
    expect(await actorRelationIds('north', { minConfidence: 0.75 })).toEqual(['r1', 'r4']);
    expect(await actorRelationIds('north', { sourceIds: ['leak-c'] })).toEqual(['r4']);
  });

  it('gives each actor of a list its own page and count', async () => {
    const data = await run(
      '{ actors(first: 10) { nodes { id relations(filter: { polarity: [HOSTILE] }) { totalCount } } } }',
    );
    const counts = Object.fromEntries(data['actors'].nodes.map((actor: any) => [actor.id, actor.relations.totalCount]));
    expect(counts).toEqual({ east: 2, guild: 0, harbor: 0, north: 2, south: 1, west: 1 });
  });
});

describe('the relation filter on neighborhood', () => {
  async function neighborhood(actorId: string, depth: number, filter: Record<string, unknown> = {}) {
    const data = await run(
      'query ($id: ID!, $depth: Int, $filter: RelationFilter) { neighborhood(actorId: $id, depth: $depth, filter: $filter) { actors { id } relations { id } } }',
      { id: actorId, depth, filter },
    );
    return {
      actors: data['neighborhood'].actors.map((actor: { id: string }) => actor.id).sort(),
      relations: data['neighborhood'].relations.map((relation: { id: string }) => relation.id).sort(),
    };
  }

  it('finds the actors one hop away and the relations among them', async () => {
    expect(await neighborhood('north', 1)).toEqual({
      actors: ['east', 'north', 'south', 'west'],
      relations: ['r1', 'r2', 'r4', 'r5', 'r6'],
    });
  });

  it('reaches two hops away at depth 2', async () => {
    expect(await neighborhood('north', 2)).toEqual({
      actors: ['east', 'guild', 'north', 'south', 'west'],
      relations: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'],
    });
  });

  it('walks only relations that pass the filter', async () => {
    expect(await neighborhood('north', 2, { polarity: ['COOPERATIVE'] })).toEqual({
      actors: ['north', 'south', 'west'],
      relations: ['r1', 'r5'],
    });
    expect(await neighborhood('north', 2, { asOf: '2019-01-01' })).toEqual({
      actors: ['guild', 'north', 'west'],
      relations: ['r4', 'r7'],
    });
    expect(await neighborhood('north', 1, { statuses: ['DISPUTED'] })).toEqual({
      actors: ['east', 'north'],
      relations: ['r6'],
    });
    expect(await neighborhood('north', 1, { minConfidence: 0.85, types: ['AID', 'BASED_IN'] })).toEqual({
      actors: ['north', 'south'],
      relations: ['r1'],
    });
    expect(await neighborhood('west', 1, { sourceIds: ['wire-b'] })).toEqual({
      actors: ['guild', 'north', 'west'],
      relations: ['r4', 'r7'],
    });
    expect(await neighborhood('east', 1, { from: '2021', to: '2021' })).toEqual({
      actors: ['east', 'guild', 'north'],
      relations: ['r3', 'r6'],
    });
  });

  it('is the actor alone when nothing passes the filter', async () => {
    expect(await neighborhood('harbor', 3)).toEqual({ actors: ['harbor'], relations: [] });
  });
});

describe('the relation filter on shortestPaths', () => {
  const PATHS = `query ($from: ID!, $to: ID!, $maxDepth: Int, $filter: RelationFilter) {
    shortestPaths(fromId: $from, toId: $to, maxDepth: $maxDepth, filter: $filter) {
      length actors { id } relations { id evidence { quote source { id } } }
      hops { from { id } to { id } relation { id } direction }
    } }`;

  async function paths(from: string, to: string, filter: Record<string, unknown> = {}, maxDepth?: number) {
    const data = await run(PATHS, { from, to, filter, ...(maxDepth ? { maxDepth } : {}) });
    return data['shortestPaths'] as any[];
  }
  const chains = (found: any[]) =>
    found.map((path) => path.relations.map((relation: { id: string }) => relation.id).join('>')).sort();

  it('finds the shortest chain and explains each hop with its relation and evidence', async () => {
    const found = await paths('south', 'guild');
    expect(chains(found)).toEqual(['r2>r3']);
    const [path] = found;
    expect(path.length).toBe(2);
    expect(path.actors.map((actor: { id: string }) => actor.id)).toEqual(['south', 'east', 'guild']);
    expect(path.relations[0].evidence).toEqual([{ quote: 'south raids the east', source: { id: 'wire-b' } }]);
    expect(path.hops).toEqual([
      { from: { id: 'south' }, to: { id: 'east' }, relation: { id: 'r2' }, direction: 'FORWARD' },
      { from: { id: 'east' }, to: { id: 'guild' }, relation: { id: 'r3' }, direction: 'FORWARD' },
    ]);
  });

  it('applies the filter to every hop, walking relations against their direction too', async () => {
    const found = await paths('south', 'guild', { polarity: ['COOPERATIVE', 'NEUTRAL'] });
    expect(chains(found)).toEqual(['r1>r5>r7']);
    expect(found[0].hops.map((hop: { direction: string }) => hop.direction)).toEqual([
      'BACKWARD',
      'BACKWARD',
      'BACKWARD',
    ]);
  });

  it('returns every shortest path when several tie', async () => {
    expect(chains(await paths('north', 'guild'))).toEqual(['r4>r7', 'r5>r7', 'r6>r3']);
    expect(chains(await paths('north', 'guild', { statuses: ['CONFIRMED', 'REPORTED'] }))).toEqual(['r4>r7', 'r5>r7']);
  });

  it('finds no path when the filter cuts every chain', async () => {
    expect(await paths('south', 'guild', { polarity: ['HOSTILE'] })).toEqual([]);
    expect(await paths('south', 'guild', { asOf: '2019-01-01' })).toEqual([]);
  });

  it('honours asOf, windows, types, confidence and sources on paths', async () => {
    expect(chains(await paths('north', 'guild', { asOf: '2020-06' }))).toEqual(['r5>r7']);
    expect(chains(await paths('north', 'guild', { from: '2021', to: '2021' }))).toEqual(['r5>r7', 'r6>r3']);
    expect(chains(await paths('north', 'guild', { types: ['SANCTION', 'BASED_IN'] }))).toEqual(['r4>r7']);
    expect(chains(await paths('north', 'guild', { minConfidence: 0.75 }))).toEqual(['r4>r7']);
    expect(chains(await paths('north', 'guild', { sourceIds: ['wire-b'] }))).toEqual(['r4>r7']);
  });

  it('finds nothing longer than maxDepth', async () => {
    expect(await paths('north', 'guild', {}, 1)).toEqual([]);
    expect(chains(await paths('south', 'guild', { polarity: ['COOPERATIVE', 'NEUTRAL'] }, 2))).toEqual([]);
  });
});

describe('the relation filter on timeline', () => {
  async function timeline(actorId: string | null, filter: Record<string, unknown> = {}) {
    const data = await run(
      'query ($id: ID, $filter: RelationFilter) { timeline(actorId: $id, filter: $filter) { date datePrecision kind relation { id } } }',
      { id: actorId, filter },
    );
    return data['timeline'].map(
      (entry: any) => `${entry.date} ${entry.datePrecision} ${entry.kind} ${entry.relation.id}`,
    );
  }

  it("lists every start and end of an actor's dated relations, oldest first, ends before starts on one day", async () => {
    expect(await timeline('north')).toEqual([
      '2017-01-01 YEAR STARTED r4',
      '2019-06-01 DAY STARTED r1',
      '2020-01-01 MONTH ENDED r4',
      '2020-01-01 MONTH STARTED r5',
      '2021-05-10 DAY STARTED r6',
    ]);
  });

  it('leaves out what the filter leaves out', async () => {
    expect(await timeline('north', { polarity: ['HOSTILE'] })).toEqual([
      '2017-01-01 YEAR STARTED r4',
      '2020-01-01 MONTH ENDED r4',
      '2021-05-10 DAY STARTED r6',
    ]);
    expect(await timeline('north', { statuses: ['CONFIRMED'], minConfidence: 0.85 })).toEqual([
      '2019-06-01 DAY STARTED r1',
    ]);
    expect(await timeline('north', { sourceIds: ['leak-c'] })).toEqual([
      '2017-01-01 YEAR STARTED r4',
      '2020-01-01 MONTH ENDED r4',
    ]);
    expect(await timeline(null, { types: ['ATTACK', 'MEMBER_OF'] })).toEqual([
      '2018-01-01 YEAR STARTED r3',
      '2020-02-01 MONTH STARTED r2',
      '2021-01-01 YEAR ENDED r3',
    ]);
  });

  it('lists only the starts and ends inside a window', async () => {
    expect(await timeline('north', { from: '2020', to: '2020' })).toEqual([
      '2020-01-01 MONTH ENDED r4',
      '2020-01-01 MONTH STARTED r5',
    ]);
  });

  it('lists the relations in force as of a date', async () => {
    expect(await timeline('north', { asOf: '2019-01-01' })).toEqual([
      '2017-01-01 YEAR STARTED r4',
      '2020-01-01 MONTH ENDED r4',
    ]);
  });
});
