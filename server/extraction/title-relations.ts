import type { ActorsInText, TextActor } from './actor-mentions.ts';
import type { Annotations } from './engine/nlp-engine.ts';
import type { Predicate } from './predicate-lexicon.ts';
import type { RelationCandidate } from './relations.ts';
import { createSentenceGraph, type SentenceGraph } from './sentence-graph.ts';
import { RELATION_TYPES } from '../domain/vocabulary.ts';

/**
 * Structural relations a title states when it ties a person to a named body: "NATO Secretary
 * General Jens Stoltenberg" leads NATO, "Pakistan's army chief General Bajwa" leads Pakistan's
 * army, "a White House spokesman" speaks for it. A bare "President X" ties no body and states nothing,
 * and neither does a state's office ("Turkey's president").
 */
const LEADER_TITLES =
  /\b(leader|commander|chief|head|president|prime minister|premier|chancellor|king|queen|emir|sultan|chair(?:man|woman)?|director(?:[- ]general)?|secretary(?:[- ]general)?|general secretary|governor|mayor|founder)\b/i;
/** "the Taliban's interior minister": an office in a body that is not a state is membership of it. */
const MEMBER_TITLES = /\b(minister|member|official|aide|officer|deputy|negotiator|lawmaker|senator)\b/i;
/** Spokespeople and envoys speak for whoever they represent, a state included ("Russia's envoy to the agency"). */
const SPOKESPERSON_TITLES = /\b(?:spokes(?:man|woman|person)|envoy|ambassador|representative)\b/i;

const LEADS: Predicate = { type: 'LEADS', polarity: RELATION_TYPES.LEADS.polarity };
const SPEAKS_FOR: Predicate = { type: 'SPEAKS_FOR', polarity: RELATION_TYPES.SPEAKS_FOR.polarity };
const MEMBER_OF: Predicate = { type: 'MEMBER_OF', polarity: RELATION_TYPES.MEMBER_OF.polarity };

export function findTitleRelations(annotations: Annotations, actors: ActorsInText): RelationCandidate[] {
  const found: RelationCandidate[] = [];
  for (const sentence of annotations.sentences) {
    const graph = createSentenceGraph(sentence);
    const actorAt = (token: number) => actors.actorAt(sentence.index, token);
    for (const token of sentence.tokens) {
      const person = actorAt(token.index);
      // One relation per person mention: at the first token of its name.
      if (person?.kind !== 'PERSON' || actorAt(token.index - 1) === person) continue;
      const title =
        titleBefore(graph, token.index, actorAt) ??
        titleInApposition(graph, token.index, person, actorAt) ??
        titleBeforeComma(graph, token.index, person, actorAt);
      if (!title) continue;
      const words = annotations.text.slice(graph.token(title.first).start, graph.token(title.last).end);
      const predicate = SPOKESPERSON_TITLES.test(words)
        ? SPEAKS_FOR
        : LEADER_TITLES.test(words)
          ? LEADS
          : MEMBER_TITLES.test(words) && title.body.kind !== 'STATE'
            ? MEMBER_OF
            : null;
      if (!predicate || title.body === person) continue;
      // "Turkey's president", "U.S. President X": a state's offices describe the person (as the
      // knowledge files record them); a spokesman or envoy still speaks for the state.
      if (predicate === LEADS && title.body.kind === 'STATE') continue;
      const personEnd = lastTokenOf(graph, token.index, person, actorAt);
      const first = Math.min(title.first, token.index);
      const last = Math.max(title.last, personEnd);
      found.push({
        graph,
        head: token.index,
        from: person,
        to: title.body,
        predicate,
        tokens: [token.index],
        span: { start: graph.token(first).start, end: graph.token(last).end },
        background: true,
      });
    }
  }
  return found;
}

interface Title {
  readonly first: number;
  readonly last: number;
  readonly body: TextActor;
}

/** "NATO Secretary General Jens Stoltenberg", "Pakistan's Chief of Staff General Bajwa": title words right before the name, with a body among them. */
function titleBefore(graph: SentenceGraph, name: number, actorAt: (token: number) => TextActor | null): Title | null {
  let first = name;
  let body: TextActor | null = null;
  for (let index = name - 1; index >= 0 && name - index <= 8; index--) {
    const token = graph.token(index);
    const actor = actorAt(index);
    const titleWord = isTitle(token) || token.text === 'of' || token.pos === 'POS' || /^NNS?$/.test(token.pos);
    if (actor && actor.kind !== 'PERSON') body ??= actor;
    else if (!titleWord) break;
    first = index;
  }
  const hasTitle = graph.sentence.tokens.slice(first, name).some(isTitle);
  return body && hasTitle ? { first, last: name - 1, body } : null;
}

/**
 * "World Bank President X": the NER does not always tag a capitalised
 * title as one. Only the titles of heads and spokespeople: "Foreign Minister" after a demonym
 * would tie the person to a body read wrongly out of the demonym.
 */
function isTitle(token: { ner: string; text: string; pos: string }): boolean {
  if (token.ner === 'TITLE') return true;
  return token.pos === 'NNP' && [LEADER_TITLES, SPOKESPERSON_TITLES].some((words) => isWholeMatch(words, token.text));
}

function isWholeMatch(pattern: RegExp, word: string): boolean {
  return pattern.exec(word)?.[0].length === word.length;
}

/** "the commander of the IRGC, Major General Qassem Soleimani": the person in apposition to a title of a body. */
function titleInApposition(
  graph: SentenceGraph,
  name: number,
  person: TextActor,
  actorAt: (token: number) => TextActor | null,
): Title | null {
  const head = lastTokenOf(graph, name, person, actorAt);
  // The title before the name ("the commander of the IRGC, Qassem Soleimani") or after it ("Erdogan, Turkey's president").
  const titleNouns = [
    ...graph
      .parents(head)
      .filter((edge) => edge.relation === 'appos' && edge.governor >= 0)
      .map((edge) => edge.governor),
    ...graph.children(head, 'appos'),
  ];
  for (const titleNoun of titleNouns) {
    const bodyToken = graph.children(titleNoun, 'nmod:of', 'nmod:poss', 'compound').find((child) => {
      const actor = actorAt(child);
      return actor !== null && actor !== person && actor.kind !== 'PERSON';
    });
    if (bodyToken === undefined) continue;
    const span = graph.subtreeSpan(titleNoun);
    return { first: span.first, last: Math.max(titleNoun, bodyToken), body: actorAt(bodyToken) as TextActor };
  }
  return null;
}

/**
 * "Petro and the ELN's top commander, Antonio Garcia, shook hands": the parser may hang the name
 * on another noun than the title right before its comma; the words still say whose title it is.
 */
function titleBeforeComma(
  graph: SentenceGraph,
  name: number,
  person: TextActor,
  actorAt: (token: number) => TextActor | null,
): Title | null {
  if (name < 2 || graph.token(name - 1).text !== ',') return null;
  const titleNoun = name - 2;
  const noun = graph.token(titleNoun);
  if (!/^NNS?$/.test(noun.pos) || actorAt(titleNoun) !== null) return null;
  const words = [LEADER_TITLES, SPOKESPERSON_TITLES, MEMBER_TITLES];
  if (noun.ner !== 'TITLE' && !words.some((pattern) => isWholeMatch(pattern, noun.text))) return null;
  const bodyToken = graph.children(titleNoun, 'nmod:of', 'nmod:poss', 'compound').find((child) => {
    const actor = actorAt(child);
    return actor !== null && actor !== person && actor.kind !== 'PERSON';
  });
  if (bodyToken === undefined) return null;
  // The title's own words: its body and title noun, never what the parser joined to them ("and the").
  return {
    first: Math.min(bodyToken, titleNoun),
    last: Math.max(bodyToken, titleNoun),
    body: actorAt(bodyToken) as TextActor,
  };
}

function lastTokenOf(
  graph: SentenceGraph,
  first: number,
  actor: TextActor,
  actorAt: (token: number) => TextActor | null,
): number {
  let last = first;
  while (last + 1 < graph.sentence.tokens.length && actorAt(last + 1) === actor) last++;
  return last;
}
