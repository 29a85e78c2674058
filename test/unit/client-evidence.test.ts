import { describe, expect, it } from 'vitest';
import type { RelationType, Stance } from '../../client/src/api/generated/operations.ts';
import type { ActorRelationPayload, EvidencePayload } from '../../client/src/api/payloads.ts';
import { describeGrading, groupEvidenceByStance, groupRelationsByType } from '../../client/src/graph/evidence.ts';

function evidence(id: string, stance: Stance, confidence: number, retracted = false): EvidencePayload {
  return {
    id,
    quote: `quote ${id}`,
    attribution: 'Wire A',
    anonymous: false,
    stance,
    status: stance === 'DENIES' ? 'DENIED' : 'REPORTED',
    confidence,
    note: null,
    retracted,
    retractedAt: null,
    grading: { code: 'B2', reliability: 'B', credibility: 2 },
    source: {
      id: 'wire-a',
      title: 'Wire A report',
      publisher: 'Wire A',
      published: '2019-03-01',
      publishedPrecision: 'DAY',
      url: null,
      kind: 'ARTICLE',
    },
    citedSource: null,
    attributedTo: null,
  };
}

describe('evidence side by side', () => {
  it('groups by stance in a fixed order, live and surest first', () => {
    const groups = groupEvidenceByStance([
      evidence('d1', 'DENIES', 0.6),
      evidence('a1', 'ASSERTS', 0.5),
      evidence('a2', 'ASSERTS', 0.9),
      evidence('a3', 'ASSERTS', 0.99, true),
    ]);
    expect(groups.map((group) => [group.stance, group.items.map((item) => item.id)])).toEqual([
      ['ASSERTS', ['a2', 'a1', 'a3']],
      ['DENIES', ['d1']],
    ]);
  });

  it('spells out the Admiralty grading', () => {
    expect(describeGrading({ code: 'B2', reliability: 'B', credibility: 2 })).toBe(
      'B2: source usually reliable, information probably true',
    );
    expect(describeGrading(null)).toBe('not graded');
  });
});

describe("an actor's relations by type", () => {
  const relation = (id: string, type: RelationType, from: string, to: string): ActorRelationPayload => ({
    id,
    type,
    polarity: 'HOSTILE',
    intensity: -2,
    status: 'REPORTED',
    confidence: 0.7,
    validFrom: null,
    validTo: null,
    datePrecision: null,
    validToPrecision: null,
    isEvent: true,
    evidenceCount: 1,
    singleSource: false,
    anonymousOnly: false,
    from: { id: from, name: from.toUpperCase() },
    to: { id: to, name: to.toUpperCase() },
  });

  it('puts the largest group first and names the actor at the other end of each relation', () => {
    const groups = groupRelationsByType('mu', [
      relation('r1', 'KILL', 'mu', 'atlantis'),
      relation('r2', 'ACCUSE', 'lemuria', 'mu'),
      relation('r3', 'ACCUSE', 'mu', 'thule'),
    ]);
    expect(groups.map((group) => group.type)).toEqual(['ACCUSE', 'KILL']);
    expect(groups[0]?.relations.map((entry) => [entry.other.name, entry.outgoing])).toEqual([
      ['LEMURIA', false],
      ['THULE', true],
    ]);
  });
});
