import type { EvidenceStatus, RelationStatus, Stance } from './vocabulary.ts';

export interface EvidenceWeight {
  readonly stance: Stance;
  readonly status: EvidenceStatus;
  readonly confidence: number;
  readonly retracted: boolean;
}

export interface RelationAssessment {
  readonly status: RelationStatus;
  readonly confidence: number;
  readonly evidenceCount: number;
}

/**
 * Derives a relation's status and confidence from all of its evidence.
 *
 * Analysts keep disagreement visible instead of averaging it away, so:
 * - confidence is the noisy-or of the supporting items (independent chances that the claim
 *   is true), discounted by the strongest denial; hedged evidence counts at half weight;
 * - status is DISPUTED as soon as one live item denies what another asserts, DENIED when only
 *   denials remain, RETRACTED when every item was retracted, else the strongest status asserted.
 */
export function assessRelation(evidence: readonly EvidenceWeight[]): RelationAssessment {
  const live = evidence.filter((item) => !item.retracted);
  if (live.length === 0) return { status: 'RETRACTED', confidence: 0, evidenceCount: 0 };

  const supporting = live.filter((item) => item.stance !== 'DENIES' && item.status !== 'DENIED');
  const denying = live.filter((item) => item.stance === 'DENIES' || item.status === 'DENIED');

  const doubtLeft = supporting.reduce(
    (doubt, item) => doubt * (1 - clamp01(item.stance === 'HEDGES' ? item.confidence / 2 : item.confidence)),
    1,
  );
  const strongestDenial = denying.reduce((max, item) => Math.max(max, clamp01(item.confidence)), 0);
  const confidence = round3((1 - doubtLeft) * (1 - strongestDenial));

  let status: RelationStatus;
  if (supporting.length === 0) status = 'DENIED';
  else if (denying.length > 0) status = 'DISPUTED';
  else if (supporting.some((item) => item.status === 'CONFIRMED')) status = 'CONFIRMED';
  else if (supporting.some((item) => item.status === 'REPORTED')) status = 'REPORTED';
  else status = 'ALLEGED';

  return { status, confidence, evidenceCount: live.length };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
