import type { ActorDirectory } from './actor-directory.ts';
import { findActors, type ActorsInText, type TextActor } from './actor-mentions.ts';
import { attributionOf } from './attribution.ts';
import { draftSchema, type ArticleMeta, type Draft, type DraftActor, type DraftRelation } from './draft.ts';
import type { Annotations } from './engine/nlp-engine.ts';
import { modalityOf } from './modality.ts';
import { dateOfClaim, dateOfGoverningVerb, dateOfPreviousSentence } from './relative-dates.ts';
import { findRelations, type RelationCandidate } from './relations.ts';
import { findTitleRelations } from './title-relations.ts';

/**
 * The extractor's pipeline on one article's annotations: actors, then relations between them,
 * each with its quote, attribution, modality and date; at most MAX_RELATIONS_PER_SENTENCE per
 * sentence, the most confident first, so a person reviewing is not buried in guesses.
 */
const MAX_RELATIONS_PER_SENTENCE = 3;
/** Who speaks when the article names nobody and no publisher was given. */
export const UNKNOWN_PUBLISHER = 'the report';

export function extractDraft(annotations: Annotations, directory: ActorDirectory, meta: ArticleMeta): Draft {
  const actors = findActors(annotations, directory);
  const publisher = meta.publisher?.trim() || UNKNOWN_PUBLISHER;
  const relations = capPerSentence(
    [...findRelations(annotations, actors), ...findTitleRelations(annotations, actors)].map((candidate) =>
      toDraftRelation(annotations, actors, candidate, publisher, meta.date),
    ),
  );
  const used = new Set(relations.flatMap(({ relation }) => [relation.from, relation.to]));
  const draft: Draft = {
    actors: actors.actors
      .map(toDraftActor)
      .sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id)) || firstMention(a) - firstMention(b)),
    relations: relations.map(({ relation }) => relation),
  };
  return draftSchema.parse(draft);
}

function toDraftActor(actor: TextActor): DraftActor {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    country: actor.country,
    aliases: [...actor.surfaces].filter((surface) => surface !== actor.name).sort(),
    existing: actor.existing,
    mentions: actor.mentions,
  };
}

function firstMention(actor: DraftActor): number {
  return actor.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

interface Placed {
  readonly sentence: number;
  readonly relation: DraftRelation;
}

function toDraftRelation(
  annotations: Annotations,
  actors: ActorsInText,
  candidate: RelationCandidate,
  publisher: string,
  articleDate: string | undefined,
): Placed {
  const { graph, head } = candidate;
  const attribution = candidate.background
    ? { source: publisher, speechLemma: null, anonymous: false }
    : attributionOf({ annotations, actors, publisher }, graph, head, candidate.from);
  const stated = modalityOf(graph, head, candidate.tokens, attribution);
  // A named actor's own statement or act, in its own words, is confirmed by its source.
  const ownWord =
    (attribution.source === candidate.from.name || candidate.from.surfaces.has(attribution.source)) &&
    stated.status === 'REPORTED' &&
    stated.stance === 'ASSERTS';
  const modality = ownWord ? { ...stated, status: 'CONFIRMED' as const } : stated;
  const { start, end } = withVerbDate(annotations.text, candidate, quoteSpan(annotations, candidate));
  const date =
    dateOfClaim(graph, head, { start, end }, articleDate) ??
    (candidate.background ? null : dateOfPreviousSentence(annotations.sentences, graph, head, articleDate));
  return {
    sentence: graph.sentence.index,
    relation: {
      from: candidate.from.id,
      to: candidate.to.id,
      type: candidate.predicate.type,
      polarity: candidate.predicate.polarity,
      quote: annotations.text.slice(start, end),
      start,
      end,
      attribution: attribution.source,
      stance: modality.stance,
      status: modality.status,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? null,
      confidence: modality.confidence,
    },
  };
}

/** The clause that carries the claim: the predicate's subtree and both actors' mentions in the sentence, verbatim. */
function quoteSpan(annotations: Annotations, candidate: RelationCandidate): { start: number; end: number } {
  const { graph } = candidate;
  if (candidate.span) return candidate.span;
  const sentence = graph.sentence;
  let start = Number.MAX_SAFE_INTEGER;
  let end = -1;
  for (const token of withGoverningClauses(graph, candidate.tokens)) {
    const span = graph.subtreeSpan(token);
    start = Math.min(start, graph.token(span.first).start);
    end = Math.max(end, graph.token(span.last).end);
  }
  for (const mention of [...candidate.from.mentions, ...candidate.to.mentions]) {
    if (mention.start < sentence.start || mention.end > sentence.end) continue;
    start = Math.min(start, mention.start);
    end = Math.max(end, mention.end);
  }
  // Keep to the predicate's line: a headline and a dateline can share a sentence with the lead.
  const text = annotations.text;
  const head = graph.token(candidate.head);
  start = Math.max(start, text.lastIndexOf('\n', head.start) + 1);
  const lineEnd = text.indexOf('\n', head.end);
  if (lineEnd !== -1) end = Math.min(end, lineEnd);
  // Separators at either end read badly; keep the words.
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  while (start < end && /[\s,;:]/.test(text[start] as string)) start++;
  return { start, end };
}

/** The quote reaches to the date of the verb that governs an event noun, when nothing but spaces or commas lie between. */
function withVerbDate(
  text: string,
  candidate: RelationCandidate,
  span: { start: number; end: number },
): { start: number; end: number } {
  const date = dateOfGoverningVerb(candidate.graph, candidate.head);
  if (!date) return span;
  if (date.start >= span.end && !/[\n.;]/.test(text.slice(span.end, date.start)))
    return { start: span.start, end: date.end };
  if (date.end <= span.start && !/[\n.;]/.test(text.slice(date.end, span.start)))
    return { start: date.start, end: span.end };
  return span;
}

/** "voted to ratify X", "fell last month, when X voted": a complement's claim is told by the clause that governs it, with its date. */
function withGoverningClauses(graph: RelationCandidate['graph'], tokens: readonly number[]): number[] {
  const result = [...tokens];
  for (const token of tokens) {
    let current = token;
    for (let steps = 0; steps < 3; steps++) {
      // "fell late last month, when the parliament voted": a when-clause is dated by the clause it hangs on.
      const isWhenClause = (edge: { relation: string }) =>
        edge.relation === 'advcl' &&
        graph.children(current, 'advmod').some((child) => graph.token(child).lemma.toLowerCase() === 'when');
      const up = graph
        .parents(current)
        .find((edge) => edge.governor >= 0 && (edge.relation === 'xcomp' || isWhenClause(edge)));
      if (!up) break;
      current = up.governor;
      result.push(current);
    }
  }
  return result;
}

function capPerSentence(placed: readonly Placed[]): Placed[] {
  const bySentence = new Map<number, Placed[]>();
  for (const item of placed) bySentence.set(item.sentence, [...(bySentence.get(item.sentence) ?? []), item]);
  return [...bySentence.values()].flatMap((items) =>
    items
      .slice()
      .sort((a, b) => b.relation.confidence - a.relation.confidence)
      .slice(0, MAX_RELATIONS_PER_SENTENCE)
      .sort((a, b) => a.relation.start - b.relation.start),
  );
}
