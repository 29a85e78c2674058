import type { EvidenceStatus, RelationStatus, Stance } from './vocabulary.ts';

export interface EvidenceWeight {
  readonly stance: Stance;
  readonly status: EvidenceStatus;
  readonly confidence: number;
  readonly retracted: boolean;
  /** The evidence's id, so a derivation can name the items each step is about. */
  readonly id?: string | null;
  /**
   * The source the item comes from (the one it relays, else the one it was found in); items of one
   * source count once. Unknown: a source of its own.
   */
  readonly sourceId?: string | null;
  /** True when the item rests on unnamed sources ("intelligence sources"). */
  readonly anonymous?: boolean | null;
}

export interface RelationAssessment {
  readonly status: RelationStatus;
  readonly confidence: number;
  readonly evidenceCount: number;
}

/** What one step of a derivation did, for a reader to follow (`RelationAssessment.steps` in the API). */
export const ASSESSMENT_STEP_KINDS = [
  'RETRACTED',
  'SOURCE_ASSERTS',
  'HEDGE_LOWERS',
  'HEDGE_IGNORED',
  'SOURCE_HEDGES',
  'SOURCE_DENIES',
  'COMBINED',
  'DENIAL_DISCOUNT',
  'STATUS',
] as const;
export type AssessmentStepKind = (typeof ASSESSMENT_STEP_KINDS)[number];

export interface AssessmentStep {
  readonly kind: AssessmentStepKind;
  /** The source the step is about, null for the steps that combine sources. */
  readonly sourceId: string | null;
  /** The evidence items the step is about. */
  readonly evidenceIds: readonly string[];
  /** The confidence this step arrives at, null where it sets none. */
  readonly value: number | null;
  readonly text: string;
}

export interface RelationDerivation extends RelationAssessment {
  /** Every step of the rule, in order, so a reader can check the result item by item. */
  readonly steps: readonly AssessmentStep[];
  /** Sources whose live items support the claim (assert or hedge it). */
  readonly supportingSources: number;
  /** True when exactly one source supports the claim. */
  readonly singleSource: boolean;
  /** True when every live supporting item rests on unnamed sources. */
  readonly anonymousOnly: boolean;
  /** True when a live denial stands against a live assertion: the one meaning of DISPUTED. */
  readonly disputed: boolean;
}

/** One source's live items, sorted into what they do to the claim. */
interface SourceVoice {
  readonly sourceId: string | null;
  readonly assertions: EvidenceWeight[];
  readonly hedges: EvidenceWeight[];
  readonly denials: EvidenceWeight[];
}

/**
 * Derives a relation's status and confidence from all of its evidence.
 *
 * Analysts keep disagreement visible instead of averaging it away, and a report does not grow
 * surer by saying a thing twice, so the rule works on sources, not items:
 * 1. Retracted items are left out.
 * 2. Live items are grouped by the source they come from (the source an item relays, else the one
 *    it was found in: an article that relays two agencies carries two voices, an article that
 *    says a thing twice carries one); each source speaks once.
 * 3. A source that asserts the claim counts with its strongest assertion. A hedge from the same
 *    source can only lower that: the source counts with the weaker of its strongest assertion and
 *    its weakest hedge ("it says so, but also that it may not be so"), so more hedges never help.
 * 4. Asserting sources combine by noisy-or (independent chances that the claim is true).
 *    Hedges never add to it: a source that only hedges adds nothing while another source asserts.
 *    A claim that no source asserts rests on its most confident hedging source (each counting
 *    with its weakest hedge) at half weight.
 * 5. The result is discounted by the strongest denial (an item that denies, or calls it denied).
 * 6. Status: DISPUTED when a live denial stands against a live assertion (the one meaning of
 *    "disputed", used by the browser and the analyses alike); DENIED when denials stand against
 *    nothing asserted; RETRACTED when every item was retracted; else the strongest status among
 *    the assertions (or, with none, among the hedges): CONFIRMED, REPORTED, ALLEGED.
 */
export function assessRelation(evidence: readonly EvidenceWeight[]): RelationAssessment {
  const { status, confidence, evidenceCount } = deriveRelation(evidence);
  return { status, confidence, evidenceCount };
}

export interface DerivationOptions {
  /** How the steps name a source (its title); by default, its id. */
  readonly nameOf?: (sourceId: string) => string;
}

/** assessRelation with every step of the derivation, and the flags the graph shows on a relation. */
export function deriveRelation(
  evidence: readonly EvidenceWeight[],
  options: DerivationOptions = {},
): RelationDerivation {
  const steps: AssessmentStep[] = [];
  const retracted = evidence.filter((item) => item.retracted);
  const live = evidence.filter((item) => !item.retracted);
  if (retracted.length > 0) {
    steps.push({
      kind: 'RETRACTED',
      sourceId: null,
      evidenceIds: idsOf(retracted),
      value: null,
      text: `${countOf(retracted.length, 'retracted item')} left out.`,
    });
  }
  if (live.length === 0) {
    steps.push({ kind: 'STATUS', sourceId: null, evidenceIds: [], value: 0, text: 'No live evidence: retracted.' });
    return {
      status: 'RETRACTED',
      confidence: 0,
      evidenceCount: 0,
      steps,
      supportingSources: 0,
      singleSource: false,
      anonymousOnly: false,
      disputed: false,
    };
  }

  const voices = groupBySource(live);
  const asserted: number[] = [];
  let strongestHedge: { value: number; voice: SourceVoice } | null = null;
  let strongestDenial: { value: number; voice: SourceVoice } | null = null;
  for (const voice of voices) {
    const name = voice.sourceId ? (options.nameOf?.(voice.sourceId) ?? voice.sourceId) : 'A source not recorded';
    if (voice.assertions.length > 0) {
      const assertion = strongest(voice.assertions);
      steps.push({
        kind: 'SOURCE_ASSERTS',
        sourceId: voice.sourceId,
        evidenceIds: idsOf([assertion]),
        value: clamp01(assertion.confidence),
        text: `${name} asserts it (${assertion.status.toLowerCase()}) at ${percent(assertion.confidence)}${voice.assertions.length > 1 ? `, its strongest of ${voice.assertions.length} assertions (one source counts once)` : ''}.`,
      });
      let weight = clamp01(assertion.confidence);
      if (voice.hedges.length > 0) {
        const hedge = weakest(voice.hedges);
        const lowers = clamp01(hedge.confidence) < weight;
        steps.push({
          kind: lowers ? 'HEDGE_LOWERS' : 'HEDGE_IGNORED',
          sourceId: voice.sourceId,
          evidenceIds: idsOf(voice.hedges),
          value: lowers ? clamp01(hedge.confidence) : weight,
          text: lowers
            ? `${name} also hedges at ${percent(hedge.confidence)}, which lowers its assertion to ${percent(hedge.confidence)} (a hedge never raises it).`
            : `${name} also hedges at ${percent(hedge.confidence)}; a hedge never raises an assertion, so it stays at ${percent(weight)}.`,
        });
        if (lowers) weight = clamp01(hedge.confidence);
      }
      asserted.push(weight);
    } else if (voice.hedges.length > 0) {
      const hedge = weakest(voice.hedges);
      const value = clamp01(hedge.confidence) / 2;
      steps.push({
        kind: 'SOURCE_HEDGES',
        sourceId: voice.sourceId,
        evidenceIds: idsOf(voice.hedges),
        value,
        text: `${name} only hedges (at ${percent(hedge.confidence)}${voice.hedges.length > 1 ? ', its weakest hedge' : ''}); a hedge adds nothing to an assertion, and alone counts at half weight (${percent(value)}).`,
      });
      if (!strongestHedge || value > strongestHedge.value) strongestHedge = { value, voice };
    }
    if (voice.denials.length > 0) {
      const denial = strongest(voice.denials);
      steps.push({
        kind: 'SOURCE_DENIES',
        sourceId: voice.sourceId,
        evidenceIds: idsOf(voice.denials),
        value: clamp01(denial.confidence),
        text: `${name} denies it at ${percent(denial.confidence)}.`,
      });
      if (!strongestDenial || clamp01(denial.confidence) > strongestDenial.value) {
        strongestDenial = { value: clamp01(denial.confidence), voice };
      }
    }
  }

  let support: number;
  if (asserted.length > 0) {
    support = 1 - asserted.reduce((doubt, weight) => doubt * (1 - weight), 1);
    steps.push({
      kind: 'COMBINED',
      sourceId: null,
      evidenceIds: [],
      value: round3(support),
      text:
        asserted.length === 1
          ? `One asserting source: ${percent(support)}.`
          : `${asserted.length} asserting sources combined as independent chances (noisy-or): ${percent(support)}.`,
    });
  } else {
    support = strongestHedge?.value ?? 0;
    steps.push({
      kind: 'COMBINED',
      sourceId: null,
      evidenceIds: [],
      value: round3(support),
      text: strongestHedge
        ? `No source asserts it: it rests on the strongest hedge at half weight, ${percent(support)}.`
        : 'No source supports it.',
    });
  }
  let confidence = round3(support);
  if (strongestDenial) {
    confidence = round3(support * (1 - strongestDenial.value));
    steps.push({
      kind: 'DENIAL_DISCOUNT',
      sourceId: strongestDenial.voice.sourceId,
      evidenceIds: [],
      value: confidence,
      text: `Discounted by the strongest denial (${percent(strongestDenial.value)}): ${percent(support)} × ${percent(1 - strongestDenial.value)} = ${percent(confidence)}.`,
    });
  }

  const assertions = voices.flatMap((voice) => voice.assertions);
  const hedges = voices.flatMap((voice) => voice.hedges);
  const disputed = assertions.length > 0 && strongestDenial !== null;
  let status: RelationStatus;
  let why: string;
  if (disputed) {
    status = 'DISPUTED';
    why = 'a live denial stands against a live assertion';
  } else if (assertions.length === 0 && strongestDenial) {
    status = 'DENIED';
    why = 'denied, and no source asserts it';
  } else {
    status = strongestStatus(assertions.length > 0 ? assertions : hedges);
    why = `the strongest status ${assertions.length > 0 ? 'asserted' : 'among the hedges'}`;
  }
  steps.push({
    kind: 'STATUS',
    sourceId: null,
    evidenceIds: [],
    value: confidence,
    text: `Status ${status.toLowerCase()}: ${why}.`,
  });

  const supporting = voices.filter((voice) => voice.assertions.length + voice.hedges.length > 0);
  const supportingItems = [...assertions, ...hedges];
  return {
    status,
    confidence,
    evidenceCount: live.length,
    steps,
    supportingSources: supporting.length,
    singleSource: supporting.length === 1,
    anonymousOnly: supportingItems.length > 0 && supportingItems.every((item) => item.anonymous === true),
    disputed,
  };
}

/** Items that deny the claim: by their stance, or by calling it denied. */
function isDenial(item: EvidenceWeight): boolean {
  return item.stance === 'DENIES' || item.status === 'DENIED';
}

/** Live items by source, in the order their sources first appear; an item without a source is one of its own. */
function groupBySource(live: readonly EvidenceWeight[]): SourceVoice[] {
  const voices = new Map<string, SourceVoice>();
  live.forEach((item, index) => {
    const key = item.sourceId ? `source:${item.sourceId}` : `item:${index}`;
    const voice = voices.get(key) ?? { sourceId: item.sourceId ?? null, assertions: [], hedges: [], denials: [] };
    if (isDenial(item)) voice.denials.push(item);
    else if (item.stance === 'HEDGES') voice.hedges.push(item);
    else voice.assertions.push(item);
    voices.set(key, voice);
  });
  return [...voices.values()];
}

const STATUS_STRENGTH: readonly EvidenceStatus[] = ['CONFIRMED', 'REPORTED', 'ALLEGED'];

function strongestStatus(items: readonly EvidenceWeight[]): RelationStatus {
  for (const status of STATUS_STRENGTH) if (items.some((item) => item.status === status)) return status;
  return 'ALLEGED';
}

function strongest(items: readonly EvidenceWeight[]): EvidenceWeight {
  return items.reduce((best, item) => (item.confidence > best.confidence ? item : best));
}

function weakest(items: readonly EvidenceWeight[]): EvidenceWeight {
  return items.reduce((least, item) => (item.confidence < least.confidence ? item : least));
}

function idsOf(items: readonly EvidenceWeight[]): string[] {
  return items.flatMap((item) => (item.id ? [item.id] : []));
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function percent(value: number): string {
  return `${Math.round(clamp01(value) * 100)}%`;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
