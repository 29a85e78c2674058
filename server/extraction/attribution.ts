import type { ActorsInText, TextActor } from './actor-mentions.ts';
import type { Annotations, Dependency } from './engine/nlp-engine.ts';
import { lastPersonBefore } from './pronouns.ts';
import { createSentenceGraph, type SentenceGraph } from './sentence-graph.ts';

/**
 * Who asserts a claim, according to the article: the speaker of a direct quotation ("...,"
 * Pompeo had tweeted), the subject of a verb of saying whose complement holds the claim ("Asian
 * Lite reported that ...", "..., officials said"), the object of "according to"; otherwise the
 * publisher. About half of reported speech in news is indirect, so quotation marks alone are not enough.
 */
export interface Attribution {
  readonly source: string;
  /** The verb of saying, when there is one ("deny" makes a denial). */
  readonly speechLemma: string | null;
  /** Unnamed sources ("sources said", "citing intelligence sources"). */
  readonly anonymous: boolean;
}

const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'report',
  'state',
  'announce',
  'claim',
  'assert',
  'add',
  'tweet',
  'write',
  'declare',
  'confirm',
  'deny',
  'insist',
  'allege',
  'note',
  'explain',
  'reveal',
  'disclose',
  'acknowledge',
  'argue',
  'suggest',
  'indicate',
  'warn',
  'maintain',
  'contend',
  'admit',
  'dispute',
  'post',
  'quote',
  'cite',
  'believe',
  'accuse',
]);
export function isSpeechVerb(lemma: string): boolean {
  return SPEECH_VERBS.has(lemma.toLowerCase());
}

const REPORTED_CLAUSES = ['ccomp', 'parataxis', 'dep'];
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Sources the article does not name; unnamed officials are REPORTED, unnamed sources ALLEGED. */
const ANONYMOUS = /\b(sources?|insiders?|people familiar|anonymity|unnamed)\b/i;

export interface AttributionContext {
  readonly annotations: Annotations;
  readonly actors: ActorsInText;
  /** Who speaks when nobody in the text does. */
  readonly publisher: string;
}

/**
 * `agent` is the claim's source actor: a claim that is itself a statement ("X accused Y", "X urged
 * Y") is X's own, unless someone else reports it.
 */
export function attributionOf(
  context: AttributionContext,
  graph: SentenceGraph,
  head: number,
  agent: TextActor,
): Attribution {
  const offset = graph.token(head).start;
  const quote = context.annotations.quotes.find((q) => q.start <= offset && offset < q.end);
  if (quote) {
    const speaker = quoteSpeaker(context, quote.start, quote.end);
    if (speaker) return speaker;
  }
  const reported = reportedSpeaker(context, graph, head) ?? trailingSpeaker(context, graph, head);
  if (reported) return reported;
  const lemma = graph.token(head).lemma;
  if (STATEMENT_VERBS.has(lemma)) {
    return { source: describedSpeaker(context, graph, head) ?? agent.name, speechLemma: lemma, anonymous: false };
  }
  return { source: context.publisher, speechLemma: null, anonymous: false };
}

/**
 * "Iranian officials accused Israel": a speaker described rather than named is cited as the article
 * describes it (the officials are not the state), as a knowledge file's attribution records it.
 */
function describedSpeaker(context: AttributionContext, graph: SentenceGraph, head: number): string | null {
  const subject = graph.children(head, 'nsubj')[0];
  if (subject === undefined) return null;
  // "New Delhi accused ...": a state spoken for by its capital is cited by the words the article uses.
  const named = context.actors.actorAt(graph.sentence.index, subject);
  const written = named?.mentions.find(
    (m) => m.start <= graph.token(subject).start && graph.token(subject).end <= m.end,
  );
  if (named && written && named.kind === 'STATE') return written.text;
  if (!/^NNS?$/.test(graph.token(subject).pos)) return null;
  // "the airline's chief executive, Jane Doe": the name in apposition is who speaks.
  if (graph.children(subject, 'appos').some((child) => context.actors.actorAt(graph.sentence.index, child)))
    return null;
  const { first } = graph.subtreeSpan(subject);
  const words = graph.sentence.tokens
    .slice(first, subject + 1)
    .filter((token, index) => !(index === 0 && /^(DT|PRP\$)$/.test(token.pos)));
  const firstWord = words[0];
  return firstWord ? context.annotations.text.slice(firstWord.start, graph.token(subject).end) : null;
}

/** Relations made by speaking: the one who speaks is the source of the evidence. */
const STATEMENT_VERBS = new Set([
  'accuse',
  'condemn',
  'urge',
  'warn',
  'welcome',
  'call',
  'blame',
  'order',
  'criticise',
  'criticize',
  'denounce',
  'demand',
  'congratulate',
  'hail',
  'thank',
  'apologise',
  'apologize',
  'praise',
  'threaten',
  'appeal',
  'ask',
  'request',
  'endorse',
  'reject',
  'protest',
  'mock',
]);

/** The speaker of a quotation: the subject of a verb of saying outside the quotation, in a sentence it touches. */
function quoteSpeaker(context: AttributionContext, start: number, end: number): Attribution | null {
  const sentences = context.annotations.sentences.filter((s) => s.end >= start && s.start <= end + 1);
  const following = context.annotations.sentences.find((s) => s.start > end);
  for (const sentence of [...sentences.slice().reverse(), ...(following ? [following] : [])]) {
    for (const token of sentence.tokens) {
      if (token.start >= start && token.end <= end) continue;
      if (!SPEECH_VERBS.has(token.lemma)) continue;
      const graph = createSentenceGraph(sentence);
      const speaker = subjectName(context, graph, token.index);
      if (speaker) return { source: speaker.name, speechLemma: token.lemma, anonymous: speaker.anonymous };
    }
  }
  return null;
}

/** Up the tree from the claim to a verb of saying ("X reported that", "..., X said") or an "according to". */
function reportedSpeaker(context: AttributionContext, graph: SentenceGraph, head: number): Attribution | null {
  const seen = new Set<number>();
  let current: number | null = head;
  let via: string | null = null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const according = graph.children(current, 'obl:according_to', 'nmod:according_to')[0];
    if (according !== undefined) {
      const name = phraseName(context, graph, according);
      return { source: name.name, speechLemma: 'say', anonymous: name.anonymous };
    }
    const token = graph.token(current);
    if (
      current !== head &&
      SPEECH_VERBS.has(token.lemma) &&
      (via === null ||
        REPORTED_CLAUSES.includes(via) ||
        via.startsWith('advcl') ||
        via.startsWith('acl') ||
        via === 'csubj')
    ) {
      const speaker = subjectName(context, graph, current);
      if (speaker)
        return {
          source: speaker.name,
          speechLemma: token.lemma,
          anonymous: speaker.anonymous || cites(graph, current),
        };
    }
    // "..., officials said": the verb of saying hangs below the claim.
    for (const child of graph.children(current, 'parataxis')) {
      if (!SPEECH_VERBS.has(graph.token(child).lemma)) continue;
      const speaker = subjectName(context, graph, child);
      if (speaker) return { source: speaker.name, speechLemma: graph.token(child).lemma, anonymous: speaker.anonymous };
    }
    // Enhanced graphs give a relative pronoun's antecedent several governors: climb to one not yet seen.
    const parent: Dependency | undefined = graph
      .parents(current)
      .find(
        (edge) =>
          edge.governor >= 0 && !seen.has(edge.governor) && !edge.relation.includes('xsubj') && edge.relation !== 'ref',
      );
    via = parent?.relation ?? null;
    current = parent?.governor ?? null;
  }
  return null;
}

/** "..., a military spokesman said." closing the sentence, however the parser attached it. */
function trailingSpeaker(context: AttributionContext, graph: SentenceGraph, head: number): Attribution | null {
  const tokens = graph.sentence.tokens;
  for (const token of tokens) {
    if (token.index <= head || !token.pos.startsWith('VB') || !SPEECH_VERBS.has(token.lemma)) continue;
    // "..., a charge that Ankara denied": a relative clause speaks of a noun, not of the sentence.
    if (graph.parents(token.index).some((edge) => edge.relation === 'acl:relcl')) continue;
    // "..., an allegation Islamabad denies" however parsed: the denier answers the claim, it does not make it.
    if (answersClaim(tokens, token.index)) continue;
    const afterComma = tokens.slice(head, token.index).some((between) => between.text === ',');
    const closes = tokens
      .slice(token.index + 1)
      .every((after) => after.pos === '.' || after.ner === 'DATE' || /^(IN|DT|NNP|NN)$/.test(after.pos));
    if (!afterComma || !closes) continue;
    const speaker = subjectName(context, graph, token.index);
    if (speaker) return { source: speaker.name, speechLemma: token.lemma, anonymous: speaker.anonymous };
  }
  return null;
}

const CLAIM_NOUNS = new Set(['charge', 'allegation', 'claim', 'accusation', 'assertion']);

/** A verb after "a charge", "an allegation", "a claim" since the last comma. */
function answersClaim(tokens: SentenceGraph['sentence']['tokens'], verb: number): boolean {
  for (let index = verb - 1; index >= 0 && verb - index <= 6; index--) {
    const token = tokens[index];
    if (!token || token.text === ',') return false;
    if (CLAIM_NOUNS.has(token.lemma.toLowerCase())) return true;
  }
  return false;
}

/** "Citing sources of intelligence, X reported": the report rests on unnamed sources. */
function cites(graph: SentenceGraph, verb: number): boolean {
  return graph
    .children(verb, 'advcl', 'advcl:')
    .some(
      (clause) =>
        graph.token(clause).lemma === 'cite' &&
        graph.children(clause, 'obj').some((obj) => ANONYMOUS.test(graph.token(obj).text)),
    );
}

/** The speaker: a subject that names an actor first ("Citing sources, Reuters reported"), else any subject, else an actor named just before the verb ("..., Blinken had tweeted" parsed without a subject). */
function subjectName(
  context: AttributionContext,
  graph: SentenceGraph,
  verb: number,
): { name: string; anonymous: boolean } | null {
  const subjects = graph.children(verb, 'nsubj');
  const sentence = graph.sentence.index;
  const named = subjects.find((subject) => context.actors.actorAt(sentence, subject));
  const subject = named ?? subjects[0];
  if (subject !== undefined) {
    const speaker = phraseName(context, graph, subject);
    const sources = subjects.some((other) => other !== subject && ANONYMOUS.test(graph.token(other).text));
    return { name: speaker.name, anonymous: speaker.anonymous || sources };
  }
  for (let index = verb - 1; index >= 0 && verb - index <= 3; index--) {
    const actor = context.actors.actorAt(sentence, index);
    if (actor) return { name: actor.name, anonymous: false };
    if (!/^(MD|VB|VBD|VBZ|VBP|VBN|RB)$/.test(graph.token(index).pos)) break;
  }
  return null;
}

/** A speaker's name: the actor the phrase names, else the phrase itself ("an SDF spokesman"), a pronoun resolved to the last person named. */
function phraseName(
  context: AttributionContext,
  graph: SentenceGraph,
  token: number,
): { name: string; anonymous: boolean } {
  const word = graph.token(token);
  const { first, last } = graph.subtreeSpan(token);
  // The actor the phrase names, the one nearest its head ("Citing sources of intelligence, Asian Lite" when parsed as one phrase).
  const named = graph.sentence.tokens
    .slice(first, last + 1)
    .map((t) => ({ t, actor: context.actors.actorAt(graph.sentence.index, t.index) }))
    .filter((entry) => entry.actor !== null)
    .sort((a, b) => Math.abs(a.t.index - token) - Math.abs(b.t.index - token))[0]?.actor;
  const phrase = context.annotations.text.slice(graph.token(first).start, graph.token(last).end);
  if (named) return { name: named.name, anonymous: ANONYMOUS.test(phrase.replace(named.name, '')) };
  if (PRONOUNS.has(word.text.toLowerCase())) {
    const person = lastPersonBefore(context.actors, word.start);
    if (person) return { name: person.name, anonymous: false };
  }
  const tokens = graph.sentence.tokens
    .slice(first, last + 1)
    .filter((t, i) => !(i === 0 && /^(DT|PRP\$)$/.test(t.pos)));
  const text =
    tokens.length > 0
      ? context.annotations.text.slice((tokens[0] as { start: number }).start, (tokens.at(-1) as { end: number }).end)
      : word.text;
  return { name: text, anonymous: ANONYMOUS.test(text) && !context.actors.actors.some((a) => text.includes(a.name)) };
}
