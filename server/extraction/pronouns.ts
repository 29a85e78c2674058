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
