import { describe, expect, it } from 'vitest';
import type { EvidenceQualityResult } from '../../server/analyses/evidence-quality.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import { useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { loadGraph, type RelationSpec } from './analyses-fixtures.ts';

// How sure a relation is, and why, through the API: stored values, the explained derivation and
// the evidence-quality analysis all follow the one rule of server/domain/confidence.ts.

const GRAPH: RelationSpec[] = [
  // One report alleges it at 50% and, in another sentence, only hedges at 40%.
  {
    id: 'asserted-and-hedged',
    type: 'SUPPORT',
    from: 'p',
    to: 'q',
    evidence: [
      { source: 'report', status: 'ALLEGED', confidence: 0.5, anonymous: true },
      { source: 'report', stance: 'HEDGES', confidence: 0.4 },
    ],
  },
  // One report says it three times: it counts once.
  {
    id: 'said-three-times',
    type: 'AID',
    from: 'p',
    to: 'r',
    evidence: [
      { source: 'report', confidence: 0.6 },
      { source: 'report', confidence: 0.6 },
      { source: 'report', confidence: 0.5 },
    ],
  },
  // Two reports: noisy-or; a third only hedges, which adds nothing.
  {
    id: 'two-reports',
    type: 'AID',
    from: 'q',
    to: 'r',
    evidence: [
      { source: 'report', confidence: 0.5 },
      { source: 'other', confidence: 0.5 },
      { source: 'third', stance: 'HEDGES', confidence: 0.9 },
    ],
  },
  // A denial against a hedge only: denied, not disputed.
  {
    id: 'hedged-and-denied',
    type: 'ATTACK',
    from: 'r',
    to: 'p',
    evidence: [
      { source: 'report', stance: 'HEDGES', confidence: 0.6 },
      { source: 'other', stance: 'DENIES', confidence: 0.5 },
    ],
  },
  // A denial against an assertion: disputed.
  {
    id: 'asserted-and-denied',
    type: 'ATTACK',
    from: 'q',
    to: 'p',
    evidence: [
      { source: 'report', confidence: 0.8 },
      { source: 'other', stance: 'DENIES', confidence: 0.5 },
    ],
  },
];

const RELATION = `query ($id: ID!) {
  relation(id: $id) {
    status confidence singleSource anonymousOnly
    assessment {
      status confidence supportingSources singleSource anonymousOnly disputed
      steps { kind value evidenceIds text source { id title } }
    }
    evidence { id stance }
  }
}`;

const testbed = useTestbed((db) => loadGraph(db, GRAPH, [{ id: 'report' }, { id: 'other' }, { id: 'third' }]));

async function relation(id: string) {
  const result = await execute(testbed.app, RELATION, { id });
  expect(result.errors).toBeUndefined();
  return result.data!['relation'];
}

describe('a relation explains how sure it is', () => {
  it('never lets a hedge from the same report raise its confidence, and says so step by step', async () => {
    const found = await relation('asserted-and-hedged');
    expect(found).toMatchObject({ status: 'ALLEGED', confidence: 0.4, singleSource: true, anonymousOnly: false });
    expect(found.assessment).toMatchObject({
      status: 'ALLEGED',
      confidence: 0.4,
      supportingSources: 1,
      disputed: false,
    });
    const hedge = found.evidence.find((item: { stance: string }) => item.stance === 'HEDGES');
    expect(found.assessment.steps.map((step: { kind: string }) => step.kind)).toEqual([
      'SOURCE_ASSERTS',
      'HEDGE_LOWERS',
      'COMBINED',
      'STATUS',
    ]);
    expect(found.assessment.steps[1]).toMatchObject({
      value: 0.4,
      evidenceIds: [hedge.id],
      source: { id: 'report', title: 'Invented source report' },
    });
    expect(found.assessment.steps[0].text).toBe('Invented source report asserts it (alleged) at 50%.');
  });

  it('counts the items of one report once', async () => {
    expect(await relation('said-three-times')).toMatchObject({ confidence: 0.6, singleSource: true });
  });

  it('combines reports by noisy-or, and a report that only hedges adds nothing', async () => {
    const found = await relation('two-reports');
    expect(found).toMatchObject({ confidence: 0.75, singleSource: false });
    expect(found.assessment.supportingSources).toBe(3);
  });

  it('calls a relation disputed only when a denial stands against an assertion, in the API and in evidence-quality', async () => {
    expect(await relation('hedged-and-denied')).toMatchObject({ status: 'DENIED', confidence: 0.15 });
    expect((await relation('asserted-and-denied')).assessment).toMatchObject({
      status: 'DISPUTED',
      disputed: true,
      confidence: 0.4,
    });
    const quality = await runAnalysis<EvidenceQualityResult>(testbed.db, 'evidence-quality', {});
    const disputed = quality.relations.filter((r) => r.flags.includes('DISPUTED')).map((r) => r.id);
    expect(disputed).toEqual(['asserted-and-denied']);
    expect(quality.counts.disputed).toBe(1);
  });
});
