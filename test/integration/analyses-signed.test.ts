import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceResult } from '../../server/analyses/balance.ts';
import type { ReachResult } from '../../server/analyses/reach.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import type { SignChangesResult } from '../../server/analyses/sign-changes.ts';
import type { Database } from '../../server/db/database.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { loadGraph, wipe, type RelationSpec } from './analyses-fixtures.ts';

// Hand-made signed graphs: balance, sign changes, reach. Expectations are worked out below.

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

/**
 * A complete graph on p, q, r, s plus distractors:
 *   p-q +, p-r +, q-r +, p-s -, r-s -, and q-s: hostile in 2019 (ATTACK), cooperative since 2020
 *   (AID), so + now and - as of mid-2019.
 *   v: p-v + but q-v is structural (MEMBER_OF, neutral): no triad. u: only u-p, no triangle.
 * Triads now (sides a-b, a-c, b-c): p,q,r +++ balanced; p,q,s +-+ unbalanced; p,r,s +-- balanced;
 * q,r,s ++- unbalanced: exactly two unbalanced of four, ratio 0.5.
 * As of 2019-06: q-s is -, so p,q,s becomes +-- and q,r,s +-- : all four balanced, ratio 1.
 */
const BALANCE_GRAPH: RelationSpec[] = [
  { id: 'p-q', type: 'COOPERATE', from: 'p', to: 'q' },
  { id: 'p-r', type: 'SUPPORT', from: 'r', to: 'p' },
  { id: 'q-r', type: 'AGREE', from: 'q', to: 'r' },
  { id: 'p-s', type: 'ACCUSE', from: 'p', to: 's', evidence: [{ quote: 'p blames s for the border incident' }] },
  { id: 'r-s', type: 'THREATEN', from: 's', to: 'r' },
  { id: 'q-attacks-s', type: 'ATTACK', from: 'q', to: 's', when: { date: '2019-03' } },
  {
    id: 'q-aids-s',
    type: 'AID',
    from: 'q',
    to: 's',
    when: { date: '2020-01' },
    evidence: [{ quote: 'q ships grain to s' }],
  },
  { id: 'p-v', type: 'COOPERATE', from: 'p', to: 'v' },
  { id: 'q-v', type: 'MEMBER_OF', from: 'q', to: 'v' },
  { id: 'u-p', type: 'CONSULT', from: 'u', to: 'p' },
];

describe('structural balance on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, BALANCE_GRAPH);
  });

  it('finds exactly the two unbalanced triads, listed first, and a ratio of 0.5', async () => {
    const result = await runAnalysis<BalanceResult>(db, 'balance', {});
    expect(result.triads.map((triad) => [triad.actors.join(''), triad.signs, triad.balanced])).toEqual([
      ['pqs', '+-+', false],
      ['qrs', '++-', false],
      ['pqr', '+++', true],
      ['prs', '+--', true],
    ]);
    expect([result.total, result.balanced, result.unbalanced, result.balanceRatio]).toEqual([4, 2, 2, 0.5]);
  });

  it('gives each side of an unbalanced triad its relations and their evidence', async () => {
    const result = await runAnalysis<BalanceResult>(db, 'balance', {});
    const pqs = result.triads[0]!;
    expect(pqs.relations.map((side) => [side.a, side.b, side.sign, side.relationIds])).toEqual([
      ['p', 'q', 1, ['p-q']],
      ['p', 's', -1, ['p-s']],
      // The latest relation of q and s decides its sign; the 2019 attack is history.
      ['q', 's', 1, ['q-aids-s']],
    ]);
    expect(pqs.relations[1]!.relations[0]!.evidence.map((item) => item.quote)).toEqual([
      'p blames s for the border incident',
    ]);
    expect(pqs.relations[2]!.relations[0]!.evidence.map((item) => item.quote)).toEqual(['q ships grain to s']);
    // Balanced triads carry ids only.
    expect(result.triads[2]!.relations.every((side) => side.relations.length === 0)).toBe(true);
  });

  it('reads the signs as they stood on asOf: all balanced in mid-2019', async () => {
    const result = await runAnalysis<BalanceResult>(db, 'balance', { asOf: '2019-06' });
    expect(result.triads.map((triad) => [triad.actors.join(''), triad.signs])).toEqual([
      ['pqr', '+++'],
      ['pqs', '+--'],
      ['prs', '+--'],
      ['qrs', '+--'],
    ]);
    expect(result.balanceRatio).toBe(1);
  });

  it('has no ratio when there is no triad', async () => {
    const result = await runAnalysis<BalanceResult>(db, 'balance', { types: ['COOPERATE', 'CONSULT'] });
    expect(result).toEqual({ triads: [], balanceRatio: null, total: 0, balanced: 0, unbalanced: 0 });
  });
});

/**
 * Sign changes. x and y: COOPERATE 2015..2017 (+), ACCUSE 2017-04 (-), then in 2018-09 AID 0.9
 * and THREATEN 0.5 on the same day (sum +0.4: +), then y SANCTIONs x in 2019 (-).
 * Flips: 2017-04-01 C->H, 2018-09-01 H->C, 2019-01-01 C->H.
 * x and z: SUPPORT 2016 (+); in 2017 AID 0.5 and ACCUSE 0.5 cancel out (skipped); COOPERATE 2018
 * (+): no flip, so x-z is not reported.
 */
const SIGN_GRAPH: RelationSpec[] = [
  { id: 'x-y-cooperate', type: 'COOPERATE', from: 'x', to: 'y', when: { from: '2015', to: '2017' } },
  {
    id: 'x-accuses-y',
    type: 'ACCUSE',
    from: 'x',
    to: 'y',
    when: { date: '2017-04' },
    evidence: [{ quote: 'x accuses y of bad faith' }],
  },
  {
    id: 'x-aids-y',
    type: 'AID',
    from: 'x',
    to: 'y',
    when: { date: '2018-09' },
    evidence: [{ confidence: 0.9, quote: 'x sends aid to y' }],
  },
  {
    id: 'y-threatens-x',
    type: 'THREATEN',
    from: 'y',
    to: 'x',
    when: { date: '2018-09' },
    evidence: [{ confidence: 0.5 }],
  },
  { id: 'y-sanctions-x', type: 'SANCTION', from: 'y', to: 'x', when: { date: '2019' } },
  { id: 'x-supports-z', type: 'SUPPORT', from: 'x', to: 'z', when: { date: '2016' } },
  { id: 'x-aids-z', type: 'AID', from: 'x', to: 'z', when: { date: '2017' }, evidence: [{ confidence: 0.5 }] },
  { id: 'z-accuses-x', type: 'ACCUSE', from: 'z', to: 'x', when: { date: '2017' }, evidence: [{ confidence: 0.5 }] },
  { id: 'x-cooperates-z', type: 'COOPERATE', from: 'x', to: 'z', when: { date: '2018' } },
];

describe('sign changes on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, SIGN_GRAPH);
  });

  it('reports every flip of a pair with its date and polarities, and skips a pair that never flips', async () => {
    const result = await runAnalysis<SignChangesResult>(db, 'sign-changes', {});
    expect(result.pairs.map((pair) => [pair.a, pair.b, pair.changes.map((c) => [c.date, c.from, c.to])])).toEqual([
      [
        'x',
        'y',
        [
          ['2017-04-01', 'COOPERATIVE', 'HOSTILE'],
          ['2018-09-01', 'HOSTILE', 'COOPERATIVE'],
          ['2019-01-01', 'COOPERATIVE', 'HOSTILE'],
        ],
      ],
    ]);
  });

  it('gives the relations and evidence just before and just after each flip', async () => {
    const [pair] = (await runAnalysis<SignChangesResult>(db, 'sign-changes', {})).pairs;
    const second = pair!.changes[1]!;
    expect(second.before.map((relation) => relation.id)).toEqual(['x-accuses-y']);
    expect(second.before[0]!.evidence[0]!.quote).toBe('x accuses y of bad faith');
    expect(second.after.map((relation) => relation.id).sort()).toEqual(['x-aids-y', 'y-threatens-x']);
    expect(second.after.find((relation) => relation.id === 'x-aids-y')!.evidence[0]!.quote).toBe('x sends aid to y');
  });

  it('limits the history to a window (from) or up to a date (asOf)', async () => {
    // From 2018: the 2015-2017 interval ended before, the 2017 accusation too.
    const fromResult = await runAnalysis<SignChangesResult>(db, 'sign-changes', { from: '2018' });
    expect(fromResult.pairs[0]!.changes.map((c) => c.date)).toEqual(['2019-01-01']);
    const asOfResult = await runAnalysis<SignChangesResult>(db, 'sign-changes', { asOf: '2017-12' });
    expect(asOfResult.pairs[0]!.changes.map((c) => c.date)).toEqual(['2017-04-01']);
  });
});

/**
 * Reach. a-b + (AID, and a second relation CONSULT: still one hop), b-c - (ATTACK), a-d - (ACCUSE),
 * d-c - (SANCTION), c-e neutral (BASED_IN), e-f + (COOPERATE).
 * a to c: two shortest paths of two hops, a-b-c (+-: sign -) and a-d-c (--: sign +).
 * a to f: four hops, through c and e; the hop c-e is neutral, so both paths have sign 0.
 * Within 1 hop of a: b, d; within 2: also c.
 */
const REACH_GRAPH: RelationSpec[] = [
  { id: 'a-aids-b', type: 'AID', from: 'a', to: 'b' },
  { id: 'a-consults-b', type: 'CONSULT', from: 'b', to: 'a' },
  { id: 'b-attacks-c', type: 'ATTACK', from: 'b', to: 'c' },
  { id: 'a-accuses-d', type: 'ACCUSE', from: 'a', to: 'd' },
  { id: 'd-sanctions-c', type: 'SANCTION', from: 'd', to: 'c' },
  { id: 'c-based-in-e', type: 'BASED_IN', from: 'c', to: 'e' },
  { id: 'e-cooperates-f', type: 'COOPERATE', from: 'e', to: 'f' },
];

describe('reach on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, REACH_GRAPH);
  });

  it('lists the shortest signed paths between two actors, one per chain of actors', async () => {
    const result = await runAnalysis<ReachResult>(db, 'reach', { fromId: 'a', toId: 'c' });
    expect(result.paths).toEqual([
      {
        actors: ['a', 'b', 'c'],
        signs: '+-',
        sign: -1,
        relationIds: [['a-aids-b', 'a-consults-b'], ['b-attacks-c']],
        length: 2,
      },
      { actors: ['a', 'd', 'c'], signs: '--', sign: 1, relationIds: [['a-accuses-d'], ['d-sanctions-c']], length: 2 },
    ]);
    expect(result.actors).toEqual([]);
  });

  it('marks a neutral hop with 0 and gives the path sign 0', async () => {
    const result = await runAnalysis<ReachResult>(db, 'reach', { fromId: 'a', toId: 'f' });
    expect(result.paths.map((path) => [path.actors.join(''), path.signs, path.sign])).toEqual([
      ['abcef', '+-0+', 0],
      ['adcef', '--0+', 0],
    ]);
    expect((await runAnalysis<ReachResult>(db, 'reach', { fromId: 'a', toId: 'f', depth: 3 })).paths).toEqual([]);
  });

  it('lists the actors within k hops, nearest first', async () => {
    expect((await runAnalysis<ReachResult>(db, 'reach', { actorId: 'a', depth: 1 })).actors).toEqual([
      { id: 'b', distance: 1 },
      { id: 'd', distance: 1 },
    ]);
    expect((await runAnalysis<ReachResult>(db, 'reach', { actorId: 'a' })).actors).toEqual([
      { id: 'b', distance: 1 },
      { id: 'd', distance: 1 },
      { id: 'c', distance: 2 },
    ]);
  });

  it('follows only relations that pass the filter', async () => {
    const result = await runAnalysis<ReachResult>(db, 'reach', {
      actorId: 'a',
      depth: 3,
      types: ['AID', 'ATTACK', 'BASED_IN'],
    });
    expect(result.actors).toEqual([
      { id: 'b', distance: 1 },
      { id: 'c', distance: 2 },
      { id: 'e', distance: 3 },
    ]);
  });

  it('says which actor does not exist', async () => {
    await expect(runAnalysis(db, 'reach', { fromId: 'a', toId: 'nowhere' })).rejects.toMatchObject({
      code: 'ACTOR_NOT_FOUND',
      message: expect.stringContaining('"nowhere"'),
    });
  });
});

/**
 * How evidence weighs in a pair's sign (docs/analyses.md, "The sign of a pair of actors").
 * w1-w2: SUPPORT 2016 (+); in 2017 AID 0.5 and ACCUSE 0.5 cancel out, so the 2016 sign stands.
 * w1-w3: COOPERATE 2016 (+); THREATEN 2018 asserted at 0.8 and denied at 0.5 by another source:
 *   DISPUTED, confidence 0.8 x (1 - 0.5) = 0.4, still the latest supported claim: -.
 * w1-w4: AID 2016 (+); ATTACK 2018 asserted at 0.8 and denied at 1: DISPUTED with confidence 0,
 *   which says nothing about the pair, so the aid decides: +.
 */
const WEIGHED_GRAPH: RelationSpec[] = [
  { id: 'w1-supports-w2', type: 'SUPPORT', from: 'w1', to: 'w2', when: { date: '2016' } },
  { id: 'w1-aids-w2', type: 'AID', from: 'w1', to: 'w2', when: { date: '2017' }, evidence: [{ confidence: 0.5 }] },
  {
    id: 'w2-accuses-w1',
    type: 'ACCUSE',
    from: 'w2',
    to: 'w1',
    when: { date: '2017' },
    evidence: [{ confidence: 0.5 }],
  },
  { id: 'w1-cooperates-w3', type: 'COOPERATE', from: 'w1', to: 'w3', when: { date: '2016' } },
  {
    id: 'w1-threatens-w3',
    type: 'THREATEN',
    from: 'w1',
    to: 'w3',
    when: { date: '2018' },
    evidence: [{}, { source: 'other', stance: 'DENIES', confidence: 0.5 }],
  },
  { id: 'w1-aids-w4', type: 'AID', from: 'w1', to: 'w4', when: { date: '2016' } },
  {
    id: 'w4-attacks-w1',
    type: 'ATTACK',
    from: 'w4',
    to: 'w1',
    when: { date: '2018' },
    evidence: [{}, { source: 'other', stance: 'DENIES', confidence: 1 }],
  },
];

describe('the sign of a pair, weighing the evidence', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, WEIGHED_GRAPH, [{ id: 'other' }]);
  });

  const hop = async (toId: string) => {
    const [path] = (await runAnalysis<ReachResult>(db, 'reach', { fromId: 'w1', toId })).paths;
    return [path?.signs, path?.relationIds[0]];
  };

  it('lets the earlier sign stand when the latest relations cancel out', async () => {
    expect(await hop('w2')).toEqual(['+', ['w1-supports-w2']]);
  });

  it('counts a disputed relation with its discounted confidence', async () => {
    expect(await hop('w3')).toEqual(['-', ['w1-threatens-w3']]);
  });

  it('leaves out a relation whose denial is as strong as its support (confidence 0)', async () => {
    expect(await hop('w4')).toEqual(['+', ['w1-aids-w4']]);
  });

  it('reads the same signs in sign changes: no change for a cancelled or fully denied group', async () => {
    const result = await runAnalysis<SignChangesResult>(db, 'sign-changes', {});
    expect(result.pairs.map((pair) => [pair.a, pair.b, pair.changes.map((c) => [c.date, c.from, c.to])])).toEqual([
      ['w1', 'w3', [['2018-01-01', 'COOPERATIVE', 'HOSTILE']]],
    ]);
  });
});
