import type { EvidenceStatus, Stance } from '../domain/vocabulary.ts';
import type { Attribution } from './attribution.ts';
import type { SentenceGraph } from './sentence-graph.ts';

/**
 * How firmly the article states a claim: denials and negation make it a denial; hedges
 * ("allegedly", "reportedly", "may", "if ...") make the source hedge; unnamed sources and
 * allegations make it alleged. Each lowers confidence; none ever raises it.
 */
export interface Modality {
  readonly stance: Stance;
  readonly status: EvidenceStatus;
  readonly confidence: number;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const DENIAL_VERBS = new Set(['deny', 'dispute', 'refute', 'reject', 'dismiss']);
const HEDGE_ADVERBS = new Set([
  'reportedly',
  'apparently',
  'purportedly',
  'possibly',
  'perhaps',
  'likely',
  'probably',
  'seemingly',
  'supposedly',
]);
const ALLEGATION_WORDS = new Set(['allegedly', 'alleged', 'accused', 'suspected']);
const HEDGE_MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
/** Support or cooperation no one states openly. */
const IMPLICIT = new Set([
  'tacit',
  'tacitly',
  'covert',
  'covertly',
  'secret',
  'secretly',
  'implicit',
  'implicitly',
  'quiet',
  'quietly',
]);

const BASE_CONFIDENCE = 0.7;

export function modalityOf(
  graph: SentenceGraph,
  head: number,
  related: readonly number[],
  attribution: Attribution,
): Modality {
  const around = new Set([head, ...related]);
  const words = [...around].flatMap((token) => graph.children(token).map((child) => graph.token(child)));
  const lemmas = new Set(words.map((word) => word.text.toLowerCase()));
  const clauseHead = clauseOf(graph, head);

  let stance: Stance = 'ASSERTS';
  let status: EvidenceStatus = 'REPORTED';
  let confidence = attribution.speechLemma ? BASE_CONFIDENCE - 0.05 : BASE_CONFIDENCE;
  const lower = (to: number) => {
    confidence = Math.min(confidence, to);
  };

  if (attribution.speechLemma === 'confirm') status = 'CONFIRMED';
  if (
    [...lemmas].some((word) => HEDGE_ADVERBS.has(word)) ||
    graph
      .children(head, 'aux')
      // In reported speech "would" is the future of the past ("said it would lift"), not a hedge.
      .some(
        (aux) =>
          HEDGE_MODALS.has(graph.token(aux).lemma) && !(attribution.speechLemma && graph.token(aux).lemma === 'would'),
      )
  ) {
    stance = 'HEDGES';
    // "reportedly", "believed to": a hedged claim is an allegation, not a report.
    status = 'ALLEGED';
    lower(0.45);
  }
  if (hasConditional(graph, clauseHead)) {
    stance = 'HEDGES';
    lower(0.4);
  }
  if (
    [...lemmas].some((word) => ALLEGATION_WORDS.has(word)) ||
    attribution.speechLemma === 'allege' ||
    attribution.anonymous
  ) {
    status = 'ALLEGED';
    lower(0.5);
  }
  if ([...lemmas].some((word) => IMPLICIT.has(word))) lower(0.55);
  const negated = graph
    .children(head, 'advmod', 'neg', 'det')
    .some((child) => NEGATIONS.has(graph.token(child).text.toLowerCase()));
  if (negated || (attribution.speechLemma !== null && DENIAL_VERBS.has(attribution.speechLemma))) {
    stance = 'DENIES';
    status = 'DENIED';
    lower(0.6);
  }
  return { stance, status, confidence: Math.round(confidence * 100) / 100 };
}

/** The verb of the clause a token belongs to (a noun's governing verb). */
function clauseOf(graph: SentenceGraph, token: number): number {
  let current = token;
  for (let steps = 0; steps < 6 && !graph.token(current).pos.startsWith('VB'); steps++) {
    const parent = graph.parents(current).find((edge) => edge.governor >= 0);
    if (!parent) break;
    current = parent.governor;
  }
  return current;
}

/** "if Washington imposed further sanctions": the clause or the one it depends on is conditional. */
function hasConditional(graph: SentenceGraph, clause: number): boolean {
  const marks = (token: number) =>
    graph.children(token, 'mark').some((mark) => CONDITIONALS.has(graph.token(mark).text.toLowerCase()));
  return marks(clause) || graph.parents(clause).some((edge) => edge.relation.startsWith('advcl') && marks(clause));
}
