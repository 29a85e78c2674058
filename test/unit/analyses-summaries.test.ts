import { describe, expect, it } from 'vitest';
import { idsNamedBy, listSome } from '../../server/analyses/actor-names.ts';
import { balance, type BalanceResult, type Triad } from '../../server/analyses/balance.ts';
import { blocs, type BlocsResult } from '../../server/analyses/blocs.ts';
import { changes, type ChangesResult, type RelationChange } from '../../server/analyses/changes.ts';
import { influence, type InfluenceActor } from '../../server/analyses/influence.ts';
import { reach } from '../../server/analyses/reach.ts';
import { signChanges, type SignChangesResult } from '../../server/analyses/sign-changes.ts';
import { readablePartialDate } from '../../server/domain/dates.ts';

// What each overlay's summary says, on invented results: actors by name, never by id.

const NAMES: Record<string, string> = {
  atl: 'Atlantis',
  lem: 'Lemuria',
  mu: 'Mu',
  hyp: 'Hyperborea',
  thu: 'Thule',
};
const nameOf = (id: string) => NAMES[id] ?? `?${id}`;

const actor = (id: string, pagerank: number, betweenness: number): InfluenceActor => ({
  id,
  degree: 1,
  inDegree: 0,
  outDegree: 1,
  byPolarity: { cooperative: 1, hostile: 0, neutral: 0 },
  pagerank,
  betweenness,
});

const triad = (actors: [string, string, string], signs: string): Triad => ({
  actors,
  signs,
  balanced: [...signs].filter((sign) => sign === '-').length % 2 === 0,
  relations: [],
});

describe('overlay summaries', () => {
  it('influence names the highest-ranked actor and the chief broker', () => {
    const result = {
      actors: [actor('atl', 0.4, 1), actor('lem', 0.3, 5)],
      engine: 'BUILTIN' as const,
      betweennessSources: 2,
      actorCount: 2,
    };
    expect(influence.toOverlay(result, nameOf).summary).toBe(
      'Actors sized by PageRank; highest Atlantis (0.40), chief broker Lemuria (betweenness 5.0).',
    );
  });

  it('blocs are named after their leading members, and the groups carry those names', () => {
    const result: BlocsResult = {
      blocs: [
        { id: 'bloc-1', actorIds: ['atl', 'lem', 'mu'], leaderIds: ['lem', 'atl'], size: 3, relationIds: [] },
        { id: 'bloc-2', actorIds: ['hyp', 'thu'], leaderIds: ['hyp', 'thu'], size: 2, relationIds: [] },
      ],
      actors: [],
      modularity: 0.2,
      hostileRelationIds: ['r1'],
      engine: 'BUILTIN',
    };
    const overlay = blocs.toOverlay(result, nameOf);
    expect(overlay.summary).toBe(
      '2 blocs coloured by membership, named after their leading members: Lemuria, Atlantis and 1 other (3 actors); Hyperborea, Thule (2 actors). 1 hostile relation between blocs highlighted.',
    );
    expect(new Set(overlay.actors.map((score) => score.group))).toEqual(
      new Set(['Lemuria, Atlantis and 1 other', 'Hyperborea, Thule']),
    );
  });

  it('balance lists its unbalanced triads first, then the balanced ones, each side with its sign', () => {
    const result: BalanceResult = {
      triads: [triad(['atl', 'lem', 'mu'], '++-'), triad(['atl', 'hyp', 'thu'], '+--')],
      balanceRatio: 0.5,
      total: 2,
      balanced: 1,
      unbalanced: 1,
    };
    expect(balance.toOverlay(result, nameOf).summary).toBe(
      '1 of 2 triads unbalanced (balance ratio 0.50); their relations are highlighted. ' +
        'Unbalanced: Atlantis, Lemuria, Mu (Atlantis–Lemuria +, Atlantis–Mu +, Lemuria–Mu −). ' +
        'Balanced: Atlantis, Hyperborea, Thule (Atlantis–Hyperborea +, Atlantis–Thule −, Hyperborea–Thule −).',
    );
  });

  it('sign changes list each pair and when it flipped, dates with their precision', () => {
    const result: SignChangesResult = {
      pairs: [
        {
          a: 'atl',
          b: 'lem',
          changes: [
            { date: '2019-01-01', datePrecision: 'YEAR', from: 'COOPERATIVE', to: 'HOSTILE', before: [], after: [] },
            { date: '2020-03-01', datePrecision: 'MONTH', from: 'HOSTILE', to: 'COOPERATIVE', before: [], after: [] },
          ],
        },
        {
          a: 'mu',
          b: 'thu',
          changes: [
            { date: '2021-05-04', datePrecision: 'DAY', from: 'HOSTILE', to: 'COOPERATIVE', before: [], after: [] },
          ],
        },
      ],
    };
    expect(signChanges.toOverlay(result, nameOf).summary).toBe(
      '2 pairs changed sign 3 times; the relations before and after each change are highlighted. ' +
        'Atlantis and Lemuria: cooperative to hostile in 2019, then hostile to cooperative in Mar 2020; ' +
        'Mu and Thule: hostile to cooperative on 2021-05-04.',
    );
  });

  it('reach names the actors along each path and the nearest ones', () => {
    const result = {
      paths: [{ actors: ['atl', 'lem', 'mu'], signs: '+-', sign: -1, relationIds: [['r1'], ['r2']], length: 2 }],
      actors: [
        { id: 'lem', distance: 1 },
        { id: 'mu', distance: 2 },
      ],
    };
    expect(reach.toOverlay(result, nameOf).summary).toBe(
      '1 shortest path of 2 hops: Atlantis → Lemuria → Mu (+-). 2 actors within reach, grouped by hops; nearest: Lemuria (1), Mu (2).',
    );
  });

  it('changes say which clock they read, and list what changed by name and date, latest first', () => {
    const change = (over: Partial<RelationChange>): RelationChange => ({
      relationId: 'r',
      kind: 'STARTED',
      date: '2020-01-01',
      datePrecision: 'MONTH',
      type: 'SUPPORT',
      polarity: 'COOPERATIVE',
      fromId: 'atl',
      toId: 'lem',
      evidenceIds: [],
      ...over,
    });
    const result: ChangesResult = {
      clock: 'WORLD',
      changes: [
        change({ relationId: 'r1' }),
        change({ relationId: 'r2', kind: 'ENDED', date: '2021-06-02', datePrecision: 'DAY', type: 'MEMBER_OF' }),
      ],
    };
    expect(changes.toOverlay(result, nameOf).summary).toBe(
      '2 changes in the world: 1 started, 1 ended. 2021-06-02 ended: Atlantis member of Lemuria; Jan 2020 started: Atlantis support Lemuria.',
    );
    expect(changes.toOverlay({ clock: 'RECORDED', changes: [] }, nameOf).summary).toBe(
      'Nothing changed in the window in the record.',
    );
  });

  it('learns whom a summary names before reading their names', () => {
    const result = {
      actors: [actor('atl', 0.4, 1), actor('lem', 0.3, 5)],
      engine: 'BUILTIN' as const,
      betweennessSources: 2,
      actorCount: 2,
    };
    expect(idsNamedBy((names) => influence.toOverlay(result, names)).sort()).toEqual(['atl', 'lem']);
  });
});

describe('formatting helpers', () => {
  it('writes dates as precisely as they are known', () => {
    expect(readablePartialDate('2020-01-01', 'MONTH')).toBe('Jan 2020');
    expect(readablePartialDate('2018-01-01', 'YEAR')).toBe('2018');
    expect(readablePartialDate('2020-01-03', 'DAY')).toBe('2020-01-03');
  });

  it('cuts long lists and says how many were left out', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a; b; and 1 more');
    expect(listSome(['a'], 2)).toBe('a');
  });
});
