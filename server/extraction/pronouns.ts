import type { ActorKind } from '../domain/vocabulary.ts';
import type { ActorsInText, TextActor } from './actor-mentions.ts';
import type { Annotations } from './engine/nlp-engine.ts';
import type { SentenceGraph } from './sentence-graph.ts';

/**
 * The actor a personal pronoun stands for, by two rules that need no coreference model: the
 * subject of a reported clause is the speaker when it is "it" or "they" ("the air force said it
 * had struck ...", "the juntas said they would ..."), and "he", "him", "she", "her" are the last
 * person named as the subject of a clause before them (a subject is what a text goes on about:
 * "X was detained with his companion Y. Belarus charged him" is X), else the last person named.
 */
const PERSONAL = new Set(['he', 'him', 'she', 'her']);
const IMPERSONAL = new Set(['it', 'they', 'them']);

export function isPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  return PERSONAL.has(lower) || IMPERSONAL.has(lower);
}

export function pronounActor(
  annotations: Annotations,
  graph: SentenceGraph,
  actors: ActorsInText,
  token: number,
  isSpeechVerb: (lemma: string) => boolean,
): TextActor | null {
  const word = graph.token(token);
  if (word.pos !== 'PRP') return null;
  const speaker = speakerOfReportedClause(graph, actors, token, isSpeechVerb);
  if (speaker) return speaker;
  if (!PERSONAL.has(word.text.toLowerCase())) return null;
  return lastPersonSubjectBefore(annotations, actors, word.start) ?? lastPersonBefore(actors, word.start);
}

function lastPersonSubjectBefore(annotations: Annotations, actors: ActorsInText, offset: number): TextActor | null {
  let best: { actor: TextActor; start: number } | null = null;
  for (const sentence of annotations.sentences) {
    if (sentence.start >= offset) break;
    for (const edge of sentence.dependencies) {
      if (edge.relation !== 'nsubj' && edge.relation !== 'nsubj:pass') continue;
      const subject = sentence.tokens[edge.dependent];
      const actor = actors.actorAt(sentence.index, edge.dependent);
      if (!subject || actor?.kind !== 'PERSON' || subject.start >= offset) continue;
      if (!best || subject.start > best.start) best = { actor, start: subject.start };
    }
  }
  return best?.actor ?? null;
}

function speakerOfReportedClause(
  graph: SentenceGraph,
  actors: ActorsInText,
  token: number,
  isSpeechVerb: (lemma: string) => boolean,
): TextActor | null {
  const clauses = graph
    .parents(token)
    .filter((edge) => edge.relation === 'nsubj' || edge.relation === 'nsubj:pass')
    .map((edge) => edge.governor);
  for (const clause of clauses) {
    for (const edge of graph.parents(clause)) {
      if (edge.relation !== 'ccomp' || edge.governor < 0 || !isSpeechVerb(graph.token(edge.governor).lemma)) continue;
      for (const subject of graph.children(edge.governor, 'nsubj')) {
        const actor = actors.actorAt(graph.sentence.index, subject);
        if (actor) return actor;
      }
    }
  }
  return null;
}

/** The person whose mention comes last before `offset` in the article. */
export function lastPersonBefore(actors: ActorsInText, offset: number): TextActor | null {
  let best: { actor: TextActor; start: number } | null = null;
  for (const actor of actors.actors) {
    if (actor.kind !== 'PERSON') continue;
    for (const mention of actor.mentions) {
      if (mention.start < offset && (!best || mention.start > best.start)) best = { actor, start: mention.start };
    }
  }
  return best?.actor ?? null;
}

/**
 * "urged both sides", "accused the two countries": a plural that refers to a pair is the two states
 * the text has named most often before it, other than the agent's own ("China urged both
 * neighbours" in a report about India and Pakistan). The most named are what the text is about;
 * the last named is often only a passing mention.
 */
const PAIR_NOUNS = new Set([
  'side',
  'country',
  'neighbour',
  'neighbor',
  'nation',
  'state',
  'government',
  'party',
  'rival',
  'capital',
  'power',
  'adversary',
  'leader',
]);

export function pairReferredTo(
  graph: SentenceGraph,
  actors: ActorsInText,
  token: number,
  besides: readonly TextActor[],
): TextActor[] | null {
  const word = graph.token(token);
  if (word.pos !== 'NNS' || !PAIR_NOUNS.has(word.lemma.toLowerCase())) return null;
  const pairWords = graph
    .children(token, 'det', 'det:predet', 'cc:preconj', 'nummod')
    .map((child) => graph.token(child).text.toLowerCase());
  if (!pairWords.includes('both') && !pairWords.includes('two')) return null;
  const excludedCountries = new Set(besides.map((actor) => actor.country));
  const named = actors.actors
    .filter(
      (actor) =>
        actor.kind === 'STATE' &&
        !besides.includes(actor) &&
        !(actor.country !== null && excludedCountries.has(actor.country)),
    )
    .map((actor) => {
      const before = actor.mentions.filter((m) => m.end <= word.start);
      return { actor, count: before.length, last: Math.max(-1, ...before.map((m) => m.start)) };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || b.last - a.last)
    .slice(0, 2);
  return named.length === 2 ? named.map((entry) => entry.actor) : null;
}

/**
 * "the bloc's leaders", "talks with the group", "the agency": a definite noun that names a kind of
 * body refers to the body of that kind the text has named most often before it.
 */
const KIND_NOUNS: Readonly<Record<string, readonly ActorKind[]>> = {
  bloc: ['INTERNATIONAL_ORGANISATION'],
  alliance: ['INTERNATIONAL_ORGANISATION'],
  agency: ['INTERNATIONAL_ORGANISATION', 'SECURITY_SERVICE'],
  organisation: ['INTERNATIONAL_ORGANISATION'],
  organization: ['INTERNATIONAL_ORGANISATION'],
  group: ['ARMED_GROUP'],
  movement: ['ARMED_GROUP', 'POLITICAL_PARTY'],
  militia: ['ARMED_GROUP'],
  rebels: ['ARMED_GROUP'],
  guerrillas: ['ARMED_GROUP'],
  insurgents: ['ARMED_GROUP'],
  party: ['POLITICAL_PARTY'],
};

export function definiteReference(graph: SentenceGraph, actors: ActorsInText, token: number): TextActor | null {
  const word = graph.token(token);
  const kinds = KIND_NOUNS[word.text.toLowerCase()];
  if (!kinds || !/^NNS?$/.test(word.pos)) return null;
  const definite = graph.children(token, 'det').some((child) => graph.token(child).text.toLowerCase() === 'the');
  // "the bloc's leaders" or "its leaders" qualify the noun by another actor: no reference of its own.
  const qualified = graph.children(token, 'compound', 'amod', 'nmod:poss').length > 0;
  if (!definite || qualified) return null;
  const salient = actors.actors
    .filter((actor) => kinds.includes(actor.kind))
    .map((actor) => {
      const before = actor.mentions.filter((m) => m.end <= word.start);
      return { actor, count: before.length, last: Math.max(-1, ...before.map((m) => m.start)) };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || b.last - a.last)[0];
  return salient?.actor ?? null;
}
