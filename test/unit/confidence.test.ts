import { describe, expect, it } from 'vitest';
import { assessRelation, deriveRelation, type EvidenceWeight } from '../../server/domain/confidence.ts';

let nextId = 0;
const item = (
  stance: EvidenceWeight['stance'],
  confidence: number,
  sourceId: string | null = `source-${nextId}`,
  status: EvidenceWeight['status'] = 'REPORTED',
): EvidenceWeight => ({ id: `e${nextId++}`, stance, status, confidence, retracted: false, sourceId, anonymous: false });
const asserts = (confidence: number, sourceId?: string, status?: EvidenceWeight['status']) =>
  item('ASSERTS', confidence, sourceId, status);
const hedges = (confidence: number, sourceId?: string) => item('HEDGES', confidence, sourceId);
const denies = (confidence: number, sourceId?: string) => item('DENIES', confidence, sourceId);

describe('assessing a relation from its evidence', () => {
  it('takes a single source at its word', () => {
    expect(assessRelation([asserts(0.6)])).toEqual({ status: 'REPORTED', confidence: 0.6, evidenceCount: 1 });
  });

  it('combines independent sources so that each adds confidence (noisy-or)', () => {
    expect(assessRelation([asserts(0.5, 'a'), asserts(0.5, 'b')]).confidence).toBe(0.75);
  });

  it('counts the items of one source once, with its strongest assertion', () => {
    expect(assessRelation([asserts(0.5, 'report'), asserts(0.7, 'report'), asserts(0.5, 'report')]).confidence).toBe(
      0.7,
    );
  });

  it('lets a hedge from the source that asserts lower its assertion, never raise it', () => {
    // One report alleges it at 50% and, in another sentence, only hedges at 40%: 40%, not 60%.
    expect(assessRelation([asserts(0.5, 'report', 'ALLEGED'), hedges(0.4, 'report')])).toEqual({
      status: 'ALLEGED',
      confidence: 0.4,
      evidenceCount: 2,
    });
    expect(assessRelation([asserts(0.5, 'report'), hedges(0.9, 'report')]).confidence).toBe(0.5);
    expect(assessRelation([asserts(0.5, 'report'), hedges(0.3, 'report'), hedges(0.45, 'report')]).confidence).toBe(
      0.3,
    );
  });

  it('adds nothing for a source that only hedges while another asserts', () => {
    expect(assessRelation([asserts(0.5, 'a'), hedges(0.9, 'b')]).confidence).toBe(0.5);
  });

  it('rests a claim that no source asserts on its strongest hedge at half weight', () => {
    expect(assessRelation([hedges(0.6, 'a'), hedges(0.2, 'b')]).confidence).toBe(0.3);
  });

  it('marks a relation disputed when a live denial stands against a live assertion', () => {
    const result = assessRelation([asserts(0.8, 'a'), denies(0.5, 'b')]);
    expect(result.status).toBe('DISPUTED');
    expect(result.confidence).toBe(0.4);
  });

  it('does not call a hedge against an assertion a dispute', () => {
    const result = deriveRelation([asserts(0.8, 'a'), hedges(0.5, 'b')]);
    expect(result.status).toBe('REPORTED');
    expect(result.disputed).toBe(false);
  });

  it('calls a relation denied when denials stand against nothing asserted', () => {
    expect(assessRelation([hedges(0.6, 'a'), denies(0.5, 'b')]).status).toBe('DENIED');
  });

  it('calls a relation confirmed when any live evidence confirms it and none denies it', () => {
    expect(assessRelation([asserts(0.4, 'a', 'ALLEGED'), asserts(0.9, 'b', 'CONFIRMED')]).status).toBe('CONFIRMED');
  });

  it('calls a relation alleged when all its evidence only alleges it', () => {
    expect(assessRelation([asserts(0.4, 'a', 'ALLEGED')]).status).toBe('ALLEGED');
  });

  it('ignores retracted evidence, and retracts a relation whose evidence is all retracted', () => {
    expect(assessRelation([asserts(0.9, 'a'), { ...asserts(0.2, 'b'), retracted: true }]).confidence).toBe(0.9);
    expect(assessRelation([{ ...asserts(0.9), retracted: true }])).toEqual({
      status: 'RETRACTED',
      confidence: 0,
      evidenceCount: 0,
    });
  });

  it('counts an item whose source is not known as a source of its own', () => {
    expect(assessRelation([{ ...asserts(0.5), sourceId: undefined }]).confidence).toBe(0.5);
    expect(
      assessRelation([
        { ...asserts(0.5), sourceId: null },
        { ...asserts(0.5), sourceId: null },
      ]).confidence,
    ).toBe(0.75);
  });
});

describe('the derivation a reader can follow', () => {
  it('says, item by item, how the confidence and status were reached', () => {
    const evidence = [asserts(0.5, 'report', 'ALLEGED'), hedges(0.4, 'report')];
    const derivation = deriveRelation(evidence, { nameOf: (id) => `the ${id}` });
    expect(derivation.steps.map((step) => step.kind)).toEqual(['SOURCE_ASSERTS', 'HEDGE_LOWERS', 'COMBINED', 'STATUS']);
    expect(derivation.steps[0]).toMatchObject({ sourceId: 'report', evidenceIds: [evidence[0]!.id], value: 0.5 });
    expect(derivation.steps[0]!.text).toBe('the report asserts it (alleged) at 50%.');
    expect(derivation.steps[1]!.text).toBe(
      'the report also hedges at 40%, which lowers its assertion to 40% (a hedge never raises it).',
    );
    expect(derivation.steps[1]).toMatchObject({ evidenceIds: [evidence[1]!.id], value: 0.4 });
    expect(derivation.steps.at(-1)!.text).toBe('Status alleged: the strongest status asserted.');
  });

  it('flags a relation that rests on one source, or only on unnamed ones', () => {
    const anonymous = { ...asserts(0.5, 'report'), anonymous: true };
    expect(deriveRelation([anonymous, hedges(0.3, 'report')])).toMatchObject({
      singleSource: true,
      anonymousOnly: false,
      supportingSources: 1,
    });
    expect(deriveRelation([anonymous, denies(0.4, 'other')])).toMatchObject({
      singleSource: true,
      anonymousOnly: true,
    });
    expect(deriveRelation([asserts(0.5, 'a'), asserts(0.5, 'b')])).toMatchObject({
      singleSource: false,
      supportingSources: 2,
    });
  });
});

/** A small deterministic generator, so that a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomEvidence(next: () => number): EvidenceWeight[] {
  const stances: EvidenceWeight['stance'][] = ['ASSERTS', 'ASSERTS', 'HEDGES', 'DENIES'];
  const statuses: EvidenceWeight['status'][] = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'];
  return Array.from({ length: 1 + Math.floor(next() * 6) }, (_, index) => ({
    id: `e${index}`,
    stance: stances[Math.floor(next() * stances.length)]!,
    status: statuses[Math.floor(next() * statuses.length)]!,
    confidence: Math.round(next() * 100) / 100,
    retracted: next() < 0.1,
    sourceId: `source-${Math.floor(next() * 3)}`,
    anonymous: next() < 0.5,
  }));
}

describe('the rule over random evidence sets', () => {
  const cases = Array.from({ length: 500 }, (_, seed) => ({ seed, evidence: randomEvidence(random(seed + 1)) }));

  it('never lets a hedge raise the confidence of a claim that some source asserts', () => {
    for (const { seed, evidence } of cases) {
      const before = assessRelation(evidence);
      const asserted = evidence.some((e) => !e.retracted && e.stance === 'ASSERTS' && e.status !== 'DENIED');
      if (!asserted) continue;
      for (const sourceId of ['source-0', 'source-9']) {
        const after = assessRelation([...evidence, { ...hedges(random(seed)(), sourceId), status: 'REPORTED' }]);
        expect(after.confidence, `seed ${seed}, hedge from ${sourceId}`).toBeLessThanOrEqual(before.confidence);
      }
    }
  });

  it('never changes the result when a source repeats one of its items', () => {
    for (const { seed, evidence } of cases) {
      const repeated = evidence.map((e) => ({ ...e, id: `${e.id}-copy` }));
      expect(assessRelation([...evidence, ...repeated]), `seed ${seed}`).toEqual({
        ...assessRelation(evidence),
        evidenceCount: assessRelation(evidence).evidenceCount * 2,
      });
    }
  });

  it('keeps confidence between 0 and 1 and calls a relation disputed exactly when a denial meets an assertion', () => {
    for (const { seed, evidence } of cases) {
      const result = deriveRelation(evidence);
      const live = evidence.filter((e) => !e.retracted);
      const denial = live.some((e) => e.stance === 'DENIES' || e.status === 'DENIED');
      const assertion = live.some((e) => e.stance === 'ASSERTS' && e.status !== 'DENIED');
      expect(result.confidence, `seed ${seed}`).toBeGreaterThanOrEqual(0);
      expect(result.confidence, `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(result.status === 'DISPUTED', `seed ${seed}`).toBe(denial && assertion);
      expect(result.disputed, `seed ${seed}`).toBe(denial && assertion);
    }
  });

  it('ends at the value of its last step', () => {
    for (const { seed, evidence } of cases) {
      const result = deriveRelation(evidence);
      expect(result.steps.at(-1)!.value, `seed ${seed}`).toBe(result.confidence);
    }
  });
});
