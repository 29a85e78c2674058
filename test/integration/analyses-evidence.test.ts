import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { ChangesResult } from '../../server/analyses/changes.ts';
import type { EvidenceQualityResult } from '../../server/analyses/evidence-quality.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { bearer, createTestApp } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { loadGraph, wipe, type RelationSpec, type SourceSpec } from './analyses-fixtures.ts';

// Evidence quality and changes on hand-made graphs; expectations are worked out below.

const backdateRecords = cypherQuery('test/backdate-records');

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createTestApp(db);
});

afterAll(async () => {
  await db?.close();
});

async function retract(evidenceId: string): Promise<void> {
  const result = await execute(
    app,
    'mutation ($id: ID!) { retractEvidence(id: $id, reason: "test") { id retracted } }',
    { id: evidenceId },
    bearer('editor'),
  );
  expect(result.errors).toBeUndefined();
}

async function evidenceIdsOf(relationId: string): Promise<string[]> {
  const result = await execute(app, 'query ($id: ID!) { relation(id: $id) { evidence { id source { id } } } }', {
    id: relationId,
  });
  return result
    .data!['relation'].evidence.map((item: { id: string; source: { id: string } }) => `${item.source.id}:${item.id}`)
    .sort();
}

/**
 * Sources: ind-1 and ind-2 report on their own; wire is a wire story; paper-1 and paper-2 carry it.
 *   single          one item from ind-1                                    -> SINGLE_SOURCE
 *   corroborated    ind-1 and ind-2                                        -> (2 sources, no flag)
 *   syndicated      paper-1 and paper-2, both relaying wire: origin wire    -> SINGLE_SOURCE
 *   repeats-source  found in paper-1 (which cites wire) and in wire         -> SINGLE_SOURCE
 *   disputed        ind-1 and ind-2 assert, paper-1 denies                  -> DISPUTED
 *   anonymous-pair  ind-1 and ind-2, both from unnamed officials            -> ANONYMOUS_ONLY
 *   anonymous-one   one anonymous item from ind-1                           -> SINGLE_SOURCE, ANONYMOUS_ONLY
 *   half-retracted  ind-1 and ind-2; ind-2's item is later retracted         -> none, then SINGLE_SOURCE
 */
const SOURCES: SourceSpec[] = [
  { id: 'ind-1' },
  { id: 'ind-2' },
  { id: 'wire' },
  { id: 'paper-1', cites: ['wire'] },
  { id: 'paper-2', cites: ['wire'] },
];

const QUALITY_GRAPH: RelationSpec[] = [
  { id: 'single', type: 'COOPERATE', from: 'k', to: 'l', evidence: [{ source: 'ind-1' }] },
  { id: 'corroborated', type: 'AID', from: 'k', to: 'm', evidence: [{ source: 'ind-1' }, { source: 'ind-2' }] },
  {
    id: 'syndicated',
    type: 'SUPPORT',
    from: 'l',
    to: 'm',
    evidence: [
      { source: 'paper-1', citedSource: 'wire' },
      { source: 'paper-2', citedSource: 'wire' },
    ],
  },
  { id: 'repeats-source', type: 'ACCUSE', from: 'k', to: 'n', evidence: [{ source: 'paper-1' }, { source: 'wire' }] },
  {
    id: 'disputed',
    type: 'ATTACK',
    from: 'm',
    to: 'n',
    evidence: [{ source: 'ind-1' }, { source: 'ind-2' }, { source: 'paper-1', stance: 'DENIES' }],
  },
  {
    id: 'anonymous-pair',
    type: 'THREATEN',
    from: 'l',
    to: 'n',
    evidence: [
      { source: 'ind-1', anonymous: true },
      { source: 'ind-2', anonymous: true },
    ],
  },
  { id: 'anonymous-one', type: 'REQUEST', from: 'n', to: 'k', evidence: [{ source: 'ind-1', anonymous: true }] },
  { id: 'half-retracted', type: 'SUPPORT', from: 'm', to: 'k', evidence: [{ source: 'ind-1' }, { source: 'ind-2' }] },
];

describe('evidence quality on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, QUALITY_GRAPH, SOURCES);
  });

  it('flags single-source, disputed and anonymous-only claims, counting copies of one story once', async () => {
    const result = await runAnalysis<EvidenceQualityResult>(db, 'evidence-quality', {});
    const flags = Object.fromEntries(
      result.relations.map((relation) => [relation.id, [relation.independentSources, ...relation.flags]]),
    );
    expect(flags).toEqual({
      single: [1, 'SINGLE_SOURCE'],
      syndicated: [1, 'SINGLE_SOURCE'],
      'repeats-source': [1, 'SINGLE_SOURCE'],
      disputed: [2, 'DISPUTED'],
      'anonymous-pair': [2, 'ANONYMOUS_ONLY'],
      'anonymous-one': [1, 'SINGLE_SOURCE', 'ANONYMOUS_ONLY'],
    });
    expect(result.counts).toEqual({ relations: 8, singleSource: 4, disputed: 1, anonymousOnly: 2, corroborated: 4 });
    // Weakest first: the only relation with two flags.
    expect(result.relations[0]!.id).toBe('anonymous-one');
  });

  it('names the origin of each claim and gives its evidence, denials included', async () => {
    const result = await runAnalysis<EvidenceQualityResult>(db, 'evidence-quality', {});
    const byId = new Map(result.relations.map((relation) => [relation.id, relation]));
    expect(byId.get('syndicated')!.originSourceIds).toEqual(['wire']);
    expect(byId.get('repeats-source')!.originSourceIds).toEqual(['paper-1', 'wire']);
    expect(
      byId
        .get('disputed')!
        .evidence.map((item) => item.stance)
        .sort(),
    ).toEqual(['ASSERTS', 'ASSERTS', 'DENIES']);
  });

  it('stops counting a source whose evidence was retracted', async () => {
    const [, ind2] = await evidenceIdsOf('half-retracted');
    await retract(ind2!.split(':')[1]!);
    const result = await runAnalysis<EvidenceQualityResult>(db, 'evidence-quality', {});
    const halfRetracted = result.relations.find((relation) => relation.id === 'half-retracted');
    expect(halfRetracted).toMatchObject({
      independentSources: 1,
      flags: ['SINGLE_SOURCE'],
      originSourceIds: ['ind-1'],
    });
  });
});

/**
 * Changes. World clock: old-interval k-l 2010..2015, event-2012 k>m ATTACK 2012-05, later l>m AID
 * 2016. Window 2011 .. 2015-06: event-2012 STARTED 2012-05-01, old-interval ENDED 2015-01-01.
 * Record clock: everything is backdated to 2001; then today: a new relation "fresh" is added,
 * "later" gains a second piece of evidence (CHANGED), the only evidence of "event-2012" is
 * retracted (RETRACTED), and one of the two items of "partly-retracted" too (CHANGED).
 */
const CHANGES_GRAPH: RelationSpec[] = [
  { id: 'old-interval', type: 'COOPERATE', from: 'k', to: 'l', when: { from: '2010', to: '2015' } },
  { id: 'event-2012', type: 'ATTACK', from: 'k', to: 'm', when: { date: '2012-05' } },
  { id: 'later', type: 'AID', from: 'l', to: 'm', when: { date: '2016' } },
  { id: 'partly-retracted', type: 'CONSULT', from: 'm', to: 'k', evidence: [{ source: 'desk' }, { source: 'ind-1' }] },
];

describe('changes on a hand-made graph', () => {
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, CHANGES_GRAPH, [{ id: 'ind-1' }]);
  });

  it('lists what started and ended in a window on the world clock', async () => {
    const result = await runAnalysis<ChangesResult>(db, 'changes', { from: '2011', to: '2015-06' });
    expect(result.changes.map((change) => [change.date, change.kind, change.relationId])).toEqual([
      ['2012-05-01', 'STARTED', 'event-2012'],
      ['2015-01-01', 'ENDED', 'old-interval'],
    ]);
  });

  it('lists what was added, retracted or changed in a window on the record clock', async () => {
    await db.writeTransaction((tx) => tx.run(backdateRecords, { at: '2001-01-01T00:00:00Z' }));
    await loadGraph(db, [{ id: 'fresh', type: 'SUPPORT', from: 'l', to: 'k', when: { date: '2019' } }]);
    const added = await execute(
      app,
      'mutation ($id: ID!, $input: EvidenceInput!) { addEvidence(relationId: $id, input: $input) { id } }',
      {
        id: 'later',
        input: {
          source: 'ind-1',
          quote: 'l sends more aid',
          attribution: 'ind-1 itself',
          status: 'REPORTED',
          confidence: 0.7,
        },
      },
      bearer('editor'),
    );
    expect(added.errors).toBeUndefined();
    const newEvidenceId = added.data!['addEvidence'].id as string;
    const [eventEvidence] = await evidenceIdsOf('event-2012');
    await retract(eventEvidence!.split(':')[1]!);
    const partly = (await evidenceIdsOf('partly-retracted')).find((id) => id.startsWith('ind-1:'))!.split(':')[1]!;
    await retract(partly);

    const result = await runAnalysis<ChangesResult>(db, 'changes', { from: today, to: today });
    expect(
      result.changes.map((change) => [change.date, change.kind, change.relationId, change.evidenceIds.length]),
    ).toEqual([
      [today, 'RETRACTED', 'event-2012', 1],
      [today, 'ADDED', 'fresh', 1],
      [today, 'CHANGED', 'later', 1],
      [today, 'CHANGED', 'partly-retracted', 1],
    ]);
    expect(result.changes.find((change) => change.relationId === 'later')!.evidenceIds).toEqual([newEvidenceId]);
    // On the record clock nothing happened in 2019; on the world clock "fresh" started then.
    const world = await runAnalysis<ChangesResult>(db, 'changes', { from: '2019', to: '2019-12-31' });
    expect(world.changes.map((change) => [change.kind, change.relationId])).toEqual([['STARTED', 'fresh']]);
  });

  it('takes the year up to asOf (or to, or today) when the window is not given', async () => {
    // The year up to 2015-06-01 is 2014-06-02 .. 2015-06-01: only the end of old-interval.
    const result = await runAnalysis<ChangesResult>(db, 'changes', { asOf: '2015-06' });
    expect(result.changes.map((change) => [change.date, change.kind, change.relationId])).toEqual([
      ['2015-01-01', 'ENDED', 'old-interval'],
    ]);
    await expect(runAnalysis(db, 'changes', { from: '2016', to: '2015' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      param: 'from',
    });
  });
});
