import { describe, expect, it } from 'vitest';
import { assessRelation, type EvidenceWeight } from '../../server/domain/confidence.ts';

const asserts = (confidence: number, status: EvidenceWeight['status'] = 'REPORTED'): EvidenceWeight => ({
  stance: 'ASSERTS',
  status,
  confidence,
  retracted: false,
});

describe('assessing a relation from its evidence', () => {
  it('takes a single source at its word', () => {
    expect(assessRelation([asserts(0.6)])).toEqual({ status: 'REPORTED', confidence: 0.6, evidenceCount: 1 });
  });

  it('combines independent sources so that each adds confidence (noisy-or)', () => {
    expect(assessRelation([asserts(0.5), asserts(0.5)]).confidence).toBe(0.75);
  });

  it('counts hedged evidence at half weight', () => {
    expect(assessRelation([{ ...asserts(0.6), stance: 'HEDGES' }]).confidence).toBe(0.3);
  });

  it('marks a relation disputed when one source denies what another asserts', () => {
    const result = assessRelation([asserts(0.8), { ...asserts(0.5), stance: 'DENIES' }]);
    expect(result.status).toBe('DISPUTED');
    expect(result.confidence).toBe(0.4);
  });

  it('calls a relation confirmed when any live evidence confirms it and none denies it', () => {
    expect(assessRelation([asserts(0.4, 'ALLEGED'), asserts(0.9, 'CONFIRMED')]).status).toBe('CONFIRMED');
  });

  it('calls a relation alleged when all its evidence only alleges it', () => {
    expect(assessRelation([asserts(0.4, 'ALLEGED')]).status).toBe('ALLEGED');
  });

  it('ignores retracted evidence, and retracts a relation whose evidence is all retracted', () => {
    expect(assessRelation([asserts(0.9), { ...asserts(0.2), retracted: true }]).confidence).toBe(0.9);
    expect(assessRelation([{ ...asserts(0.9), retracted: true }])).toEqual({
      status: 'RETRACTED',
      confidence: 0,
      evidenceCount: 0,
    });
  });
});
