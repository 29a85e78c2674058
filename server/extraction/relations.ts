import type { TextActor, ActorsInText } from './actor-mentions.ts';
import { RELATION_TYPES, type RelationType } from '../domain/vocabulary.ts';
import { isSpeechVerb } from './attribution.ts';
import type { Annotations } from './engine/nlp-engine.ts';
import {
  combinedPredicate,
  isLightVerb,
  isSymmetric,
  nounPredicate,
  verbPredicate,
  type Predicate,
} from './predicate-lexicon.ts';
import { definiteReference, pairReferredTo, pronounActor } from './pronouns.ts';
import { createSentenceGraph, type SentenceGraph } from './sentence-graph.ts';

/**
 * Who did what to whom, from the dependency parse: the agent is the subject of an active verb or
 * the `by` phrase of a passive one; the target its object, its passive subject or a prepositional
 * phrase ("support to", "attacks on", "sanctions against"); conjoined subjects share the verb
 * ("X and Y agreed" relates them to each other). Event nouns carry relations too ("Baloch
 * militants' attacks on ...").
 */
export interface RelationCandidate {
  readonly graph: SentenceGraph;
  /** The token that carries the relation (verb or event noun). */
  readonly head: number;
  readonly from: TextActor;
  readonly to: TextActor;
  readonly predicate: Predicate;
  /** Tokens of the actors and the predicate, for the quote's extent. */
  readonly tokens: readonly number[];
  /** The exact words that carry the claim, when they are known without the parse ("NATO Secretary General Jens Stoltenberg"). */
  readonly span?: { readonly start: number; readonly end: number };
  /** Background the article states in its own voice (a title), whoever speaks around it. */
  readonly background?: boolean;
}

const TARGET_PREPOSITIONS = ['to', 'against', 'on', 'with', 'for', 'over', 'from', 'into', 'toward', 'towards'];
/** "fired at Israel" aims at a target, "drills around Taiwan" at whom they surround; "talks at the White House" only happen there. */
const FORCE_PREPOSITIONS = [...TARGET_PREPOSITIONS, 'at', 'around'];
/** "took command of al-Qaida", "membership of NATO": a tie to a body names the body with "of" or "in". */
const STRUCTURE_PREPOSITIONS = ['of', 'in'];
const targetEdges = (kind: 'obl' | 'nmod', predicate?: Predicate) =>
  prepositionsOf(predicate).map((p) => `${kind}:${p}`);

function prepositionsOf(predicate?: Predicate): readonly string[] {
  if (predicate && (FORCE.has(predicate.type) || predicate.type === 'MOBILIZE')) return FORCE_PREPOSITIONS;
  if (predicate && STRUCTURE.has(predicate.type)) return STRUCTURE_PREPOSITIONS;
  return TARGET_PREPOSITIONS;
}
const SUBJECTS = ['nsubj', 'nsubj:xsubj'];

export function findRelations(annotations: Annotations, actors: ActorsInText): RelationCandidate[] {
  const found: RelationCandidate[] = [];
  // "The Taliban condemned the strike": the event a reaction names without its agent is the first of its
  // kind the article told (a news lead tells the main event first; later ones are mostly background).
  // Force of any kind answers to force ("killed by a drone strike" ... "condemned the strike").
  const sameEvent = (a: RelationType, b: RelationType) => a === b || (FORCE.has(a) && FORCE.has(b));
  const priorAgent = (type: RelationType) =>
    found.find((candidate) => sameEvent(candidate.predicate.type, type))?.from ?? null;
  // "condemned the resolution", "called the launches a problem": an object that is neither an actor
  // nor an event noun of the lexicon names the told event whose words it repeats.
  const toldAgent = (lemma: string) => found.find((candidate) => wordsOfEvent(candidate).has(lemma))?.from ?? null;
  for (const sentence of annotations.sentences) {
    const graph = createSentenceGraph(sentence);
    const actorOf = (token: number) => argumentActor(annotations, graph, actors, token);
    const pairOf = (token: number, besides: readonly TextActor[]) => pairReferredTo(graph, actors, token, besides);
    const consumedNouns = new Set<number>();
    for (const token of sentence.tokens) {
      if (token.pos.startsWith('VB')) {
        found.push(...verbRelations(graph, token.index, actorOf, pairOf, { priorAgent, toldAgent }, consumedNouns));
      }
    }
    for (const token of sentence.tokens) {
      if (token.pos.startsWith('NN') && !consumedNouns.has(token.index))
        found.push(...nounRelations(graph, token.index, actorOf, (noun) => enclosingSubject(graph, actors, noun)));
      if (token.pos.startsWith('NN')) found.push(...roleRelations(graph, token.index, actorOf));
    }
  }
  return dedupe(found);
}

type ActorOf = (token: number) => TextActor | null;
type PairOf = (token: number, besides: readonly TextActor[]) => TextActor[] | null;

function verbRelations(
  graph: SentenceGraph,
  verb: number,
  actorOf: ActorOf,
  pairOf: PairOf,
  told: {
    readonly priorAgent: (type: RelationType) => TextActor | null;
    readonly toldAgent: (lemma: string) => TextActor | null;
  },
  consumedNouns: Set<number>,
): RelationCandidate[] {
  const token = graph.token(verb);
  const particle = graph.children(verb, 'compound:prt').map((index) => graph.token(index).lemma)[0];
  // "remains blocked by X": a participle with an agent is passive even without a passive auxiliary.
  const agentPhrase = token.pos === 'VBN' && graph.children(verb, 'obl:agent', 'obl:by').length > 0;
  const passive =
    graph.children(verb, 'nsubj:pass', 'aux:pass').length > 0 || isReducedPassive(graph, verb) || agentPhrase;
  // "attacks sponsored by X against Y": the participle's noun is its object.
  const reducedObject = isReducedPassive(graph, verb)
    ? graph
        .parents(verb)
        .filter((e) => e.relation === 'acl')
        .map((e) => e.governor)
    : [];
  const patients = passive
    ? [
        ...graph.children(verb, 'nsubj:pass', 'nsubj:pass:xsubj', ...(agentPhrase ? ['nsubj:xsubj'] : [])),
        ...reducedObject,
        ...(agentPhrase ? controllerSubjects(graph, verb) : []),
      ]
    : [
        ...graph.children(verb, 'obj'),
        // "called the launches a threat": the small clause's subject is what is called.
        ...(CHARACTERISING.has(token.lemma.toLowerCase())
          ? graph.children(verb, 'xcomp').flatMap((name) => graph.children(name, 'nsubj'))
          : []),
      ];
  // CoreNLP 4.5 writes the passive agent as obl:by; UD's own name is obl:agent.
  const own = passive ? graph.children(verb, 'obl:agent', 'obl:by') : graph.children(verb, ...SUBJECTS);
  // "Beijing denied supplying weapons": a clause without a subject of its own has its governor's.
  const agents = (own.length > 0 || passive ? own : inheritedSubjects(graph, verb)).flatMap((agent) =>
    membersNamed(graph, agent, actorOf),
  );

  const prepositions = graph.sentence.dependencies
    .filter((edge) => edge.governor === verb && edge.relation.startsWith('obl:'))
    .map((edge) => edge.relation.slice('obl:'.length));
  const named = characterisation(graph, verb);
  let predicate = named === undefined ? verbPredicate(token.lemma, particle, prepositions) : named;
  let eventNoun: number | null = null;
  // "a move X called a threat": the name is no event of its own.
  const nameOnly = named !== undefined && describedNouns(graph, verb).length > 0;
  for (const patient of nameOnly ? [] : patients) {
    // "carried out exercises with X": the verb's prepositions qualify the event noun it delivers.
    // An office names its body ("the ASEAN chair") and is still the office, not the body.
    const nounOwn = eventNounPredicate(graph, patient, prepositions);
    const noun = actorOf(patient) && !(nounOwn && STRUCTURE.has(nounOwn.type)) ? null : nounOwn;
    if (noun && (isLightVerb(token.lemma) || !predicate || combinedPredicate(token.lemma, noun) !== noun)) {
      predicate = combinedPredicate(token.lemma, noun);
      eventNoun = patient;
      consumedNouns.add(patient);
      break;
    }
  }
  if (!predicate) return [];
  // "refused to meet Ethiopia": what an agent refuses to do is not done; the refusal is the relation.
  const refused = graph
    .parents(verb)
    .some((edge) => edge.relation === 'xcomp' && edge.governor >= 0 && REFUSING.has(graph.token(edge.governor).lemma));
  const urged = graph
    .parents(verb)
    .some(
      (edge) =>
        edge.relation === 'xcomp' &&
        edge.governor >= 0 &&
        URGING.has(graph.token(edge.governor).lemma.toLowerCase()) &&
        graph.children(edge.governor, 'obj').length > 0,
    );
  if (refused || urged) return [];

  const from = agents.map(actorOf).filter(isActor);
  // "withdrew its troops from Afghanistan": an agent acting on its own is no target.
  const objectActors = patients
    .filter((p) => p !== eventNoun)
    .flatMap((patient) => pairOf(patient, from) ?? [actorOf(patient)])
    .filter(isActor)
    .filter((actor) => !from.includes(actor));
  const prepositional = [
    ...graph.children(verb, ...targetEdges('obl', predicate)),
    ...(eventNoun === null ? [] : graph.children(eventNoun, ...targetEdges('nmod', predicate))),
    // "holds the ECOWAS chair": the body an office belongs to.
    ...(eventNoun !== null && STRUCTURE.has(predicate.type) ? graph.children(eventNoun, 'compound', 'nmod:poss') : []),
    // "broke off relations with X": the other party of what the verb acts on.
    ...patients
      .filter((patient) => patient !== eventNoun && actorOf(patient) === null)
      .flatMap((patient) => graph.children(patient, ...targetEdges('nmod', predicate))),
    ...graph.children(verb, 'iobj'),
    // "sponsored by X against Y": the parser often hangs the target on the agent.
    ...agents.flatMap((agent) => graph.children(agent, 'nmod:against')),
  ]
    .map(actorOf)
    .filter(isActor)
    // "met at the airport on the island of X": a place is where a relation happens, not its other end.
    .filter((actor) => actor.kind !== 'LOCATION' || FORCE.has(predicate.type));
  // A programme or place as object ("froze the programme for Pakistan"): the one it is done to is the target.
  const usefulObjects = objectActors.filter((actor) => actor.kind !== 'PROGRAMME' && actor.kind !== 'LOCATION');
  const targets =
    usefulObjects.length > 0
      ? usefulObjects
      : prepositional.length > 0
        ? prepositional
        : objectActors.length > 0
          ? objectActors
          : [...placesAttacked(graph, verb, patients, predicate, actorOf), ...intendedTargets(graph, verb, actorOf)];
  // "X asked Y ..., a request Z refused": a reaction in a relative clause on the act answers its agent.
  // (Only the agent itself, through "its", is no target.)
  if (targets.every((target) => from.includes(target)) && REACTIONS.has(predicate.type)) {
    targets.push(...agentsOfDescribedAct(graph, verb, actorOf).filter((actor) => !from.includes(actor)));
  }
  // A reaction to an event the text has told is a reaction to its agent.
  if (targets.length === 0 && eventNoun === null && REACTIONS.has(predicate.type)) {
    for (const patient of patients) {
      if (actorOf(patient) || !graph.token(patient).pos.startsWith('NN')) continue;
      const event = eventNounPredicate(graph, patient);
      const agent =
        (event ? told.priorAgent(event.type) : null) ?? told.toldAgent(graph.token(patient).lemma.toLowerCase());
      if (agent && !from.includes(agent)) targets.push(agent);
    }
  }
  const tokens = [verb, ...(eventNoun === null ? [] : [eventNoun])];
  // "Sri Lanka received a loan from the IMF": the subject of a verb of receiving is the target.
  if (RECEIVING.has(token.lemma)) {
    const givers = graph.children(verb, 'obl:from').map(actorOf).filter(isActor);
    return pairs(graph, verb, predicate, givers, from, tokens, false);
  }
  return pairs(graph, verb, predicate, from, targets, tokens, !passive);
}

/**
 * The words that name a told event: its verb or event noun ("launched" for "the launches"), what
 * the verb acts on ("passed a resolution") and the noun a participle describes ("a resolution
 * censuring Iran"), as lemmas.
 */
function wordsOfEvent(candidate: RelationCandidate): Set<string> {
  const { graph, head } = candidate;
  const tokens = [
    head,
    ...candidate.tokens,
    ...graph.children(head, 'obj'),
    ...graph
      .parents(head)
      .filter((edge) => edge.relation === 'acl' && edge.governor >= 0)
      .map((edge) => edge.governor),
  ];
  return new Set(tokens.map((token) => graph.token(token).lemma.toLowerCase()));
}

/**
 * "called the launches a serious problem", "described the diversion as an attack on democracy":
 * naming something a threat is an accusation; naming it anything else ("called him a friend") is
 * no call and no meeting.
 */
const CHARACTERISING = new Set(['call', 'describe', 'label', 'brand', 'term', 'characterise', 'characterize']);
const REPROACHES = new Set([
  'threat',
  'provocation',
  'attack',
  'problem',
  'violation',
  'aggression',
  'hijacking',
  'interference',
  'escalation',
  'crime',
  'act',
  'terrorism',
  'breach',
  'outrage',
]);
const ACCUSE: Predicate = { type: 'ACCUSE', polarity: RELATION_TYPES.ACCUSE.polarity };

function characterisation(graph: SentenceGraph, verb: number): Predicate | null | undefined {
  if (!CHARACTERISING.has(graph.token(verb).lemma.toLowerCase())) return undefined;
  // "called X a threat" is parsed as xcomp, or as iobj X + obj "threat".
  const objects = graph.children(verb, 'obj');
  // "a move X called a threat": the relative clause's noun is what is called, its one object the name.
  const objectGiven = graph.children(verb, 'iobj').length > 0 || describedNouns(graph, verb).length > 0;
  const named = objectGiven ? objects : objects.slice(1);
  // A name is a noun or an adjective; "called on X to stop" has a verb there and is a request.
  const names = [...graph.children(verb, 'xcomp', 'obl:as', 'advcl:as'), ...named].filter((name) =>
    /^(NN|JJ)/.test(graph.token(name).pos),
  );
  if (names.length === 0) return undefined;
  return names.some((name) => REPROACHES.has(graph.token(name).lemma.toLowerCase())) ? ACCUSE : null;
}

const REFUSING = new Set(['refuse', 'decline', 'fail']);
/** "urged Iran to cooperate with the agency": what one is urged to do is asked for, not done. */
const URGING = new Set(['urge', 'ask', 'press', 'demand', 'request', 'encourage', 'exhort']);

/** Verbs that react to an event: their object is often the event itself ("condemned the strike"). */
const REACTIONS = new Set<RelationType>(['ACCUSE', 'SUPPORT', 'PROTEST', 'REJECT']);

const RECEIVING = new Set(['receive', 'obtain', 'accept', 'get', 'secure', 'win']);

function inheritedSubjects(graph: SentenceGraph, verb: number): number[] {
  const governors = graph.parents(verb).filter((edge) => edge.governor >= 0);
  // "accused Pakistan of harbouring militants": the one accused is the one said to act.
  const accused = governors
    .filter((edge) => /^(advcl|acl):(of|for)$/.test(edge.relation))
    .filter((edge) => ACCUSING.has(graph.token(edge.governor).lemma.toLowerCase()))
    .flatMap((edge) => graph.children(edge.governor, 'obj'));
  if (accused.length > 0) return accused;
  // "passed a resolution censuring Iran": what a participle's noun does, the one who made the noun does.
  const makers =
    graph.token(verb).pos === 'VBG'
      ? governors
          .filter((edge) => edge.relation === 'acl')
          .flatMap((edge) => graph.parents(edge.governor).filter((up) => up.relation === 'obj' && up.governor >= 0))
          .flatMap((edge) => graph.children(edge.governor, 'nsubj'))
      : [];
  if (makers.length > 0) return makers;
  return governors
    .filter((edge) => ['xcomp', 'ccomp', 'dep', 'advcl'].includes(edge.relation))
    .flatMap((edge) => graph.children(edge.governor, 'nsubj'));
}

/** "The presidents of Guyana and Venezuela agreed": a plural common noun of several actors stands for each of them. */
function membersNamed(graph: SentenceGraph, token: number, actorOf: ActorOf): number[] {
  if (graph.token(token).pos !== 'NNS' || actorOf(token) === null) return [token];
  const members = graph.children(token, 'nmod:of').filter((child) => actorOf(child) !== null);
  return members.length >= 2 ? members : [token];
}

/** "stayed blocked", "became a member": the subject of the verb whose complement this is. */
function controllerSubjects(graph: SentenceGraph, complement: number): number[] {
  return graph
    .parents(complement)
    .filter((edge) => edge.relation === 'xcomp' && edge.governor >= 0)
    .flatMap((edge) => graph.children(edge.governor, 'nsubj'));
}

const ACCUSING = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticise', 'criticize', 'condemn', 'fault']);

/** "struck targets in Syria": force used at unnamed targets in a state is used against that state. */
function placesAttacked(
  graph: SentenceGraph,
  verb: number,
  patients: readonly number[],
  predicate: Predicate,
  actorOf: ActorOf,
): TextActor[] {
  if (!FORCE.has(predicate.type)) return [];
  return [
    ...graph.children(verb, 'obl:in', 'obl:inside'),
    ...patients.flatMap((patient) => graph.children(patient, 'nmod:in', 'nmod:inside')),
  ]
    .map(actorOf)
    .filter((actor): actor is TextActor => actor?.kind === 'STATE');
}

const FORCE = new Set<RelationType>(['ATTACK', 'KILL', 'COERCE']);
const STRUCTURE = new Set(['LEADS', 'MEMBER_OF']);

/** "threatened to block Sweden's bid": the target of what the agent means to do. */
function intendedTargets(graph: SentenceGraph, verb: number, actorOf: ActorOf): TextActor[] {
  return graph
    .children(verb, 'xcomp')
    .flatMap((clause) => [...graph.children(clause, 'obj'), ...graph.children(clause, ...targetEdges('obl'))])
    .map(actorOf)
    .filter(isActor);
}

/** A past participle modifying a noun ("attacks sponsored by Iran"). */
function isReducedPassive(graph: SentenceGraph, verb: number): boolean {
  return graph.token(verb).pos === 'VBN' && graph.parents(verb).some((edge) => edge.relation === 'acl');
}

function nounRelations(graph: SentenceGraph, noun: number, actorOf: ActorOf, subjectOf: ActorOf): RelationCandidate[] {
  const predicate = eventNounPredicate(graph, noun);
  if (!predicate) return [];
  const named = [...graph.children(noun, 'nmod:poss', 'amod', 'compound', 'nmod:by', 'nmod:agent'), noun]
    .map(actorOf)
    .filter(isActor);
  const to = graph
    .children(noun, ...targetEdges('nmod', predicate))
    .map(actorOf)
    .filter(isActor);
  // "X ... in exchange for the resumption of military cooperation with Y": cooperation, talks and
  // agreements without a named party are the clause subject's.
  const subject =
    named.length === 0 && to.length > 0 && isSymmetric(predicate.type) && predicate.polarity === 'COOPERATIVE'
      ? subjectOf(noun)
      : null;
  const from = subject ? [subject] : named;
  return pairs(graph, noun, predicate, unique(from), to, [noun]);
}

/**
 * Nouns that name a tie to another actor: "Finland became a member of NATO", "Russia, Lukashenko's
 * closest ally". The actor that is the noun (its subject, or the name it stands in apposition to)
 * holds the tie; the one it is "of" or the possessor is the other end.
 */
const ROLE_NOUNS: Readonly<Record<string, RelationType>> = {
  member: 'MEMBER_OF',
  ally: 'SUPPORT',
  backer: 'SUPPORT',
  sponsor: 'SPONSOR',
  guarantor: 'SUPPORT',
  patron: 'SUPPORT',
  partner: 'COOPERATE',
  rival: 'OPPOSE',
  enemy: 'OPPOSE',
  adversary: 'OPPOSE',
};

function roleRelations(graph: SentenceGraph, noun: number, actorOf: ActorOf): RelationCandidate[] {
  const type = ROLE_NOUNS[graph.token(noun).lemma.toLowerCase()];
  if (!type) return [];
  const predicated = [...graph.children(noun, 'nsubj', 'nsubj:xsubj'), ...controllerSubjects(graph, noun)];
  const apposed = graph
    .parents(noun)
    .filter((edge) => edge.relation === 'appos' && edge.governor >= 0)
    .map((edge) => edge.governor);
  const holders = [...predicated, ...apposed].map(actorOf).filter(isActor);
  const others = graph.children(noun, 'nmod:of', 'nmod:poss', 'nmod:to', 'compound').map(actorOf).filter(isActor);
  const predicate: Predicate = { type, polarity: RELATION_TYPES[type].polarity };
  const found = pairs(graph, noun, predicate, unique(holders), unique(others), [noun], false);
  // "Russia, Lukashenko's closest ally": an apposition is background in the article's own voice, like a title.
  return predicated.length === 0 ? found.map((candidate) => ({ ...candidate, background: true })) : found;
}

/** Nouns that restart or continue what they are "of": "the resumption of military cooperation". */
const CONTINUATIONS = new Set([
  // "a new round of talks", "a wave of attacks": the noun counts or repeats what it is "of".
  'round',
  'series',
  'wave',
  'spate',
  'resumption',
  'restoration',
  'reinstatement',
  'renewal',
  'continuation',
  'expansion',
  'extension',
]);

/** The relation an event noun carries, with its compound ("air strike") or, for a continuation, the noun it continues. */
function eventNounPredicate(
  graph: SentenceGraph,
  noun: number,
  verbPrepositions: readonly string[] = [],
): Predicate | null {
  const token = graph.token(noun);
  const compound = graph.children(noun, 'compound').map((index) => graph.token(index).lemma)[0];
  const prepositions = graph.sentence.dependencies
    .filter((edge) => edge.governor === noun && edge.relation.startsWith('nmod:'))
    .map((edge) => edge.relation.slice('nmod:'.length));
  const own = nounPredicate(token.lemma, compound, [...prepositions, ...verbPrepositions]);
  if (own || !CONTINUATIONS.has(token.lemma.toLowerCase())) return own;
  for (const inner of graph.children(noun, 'nmod:of')) {
    const continued = nounPredicate(graph.token(inner).lemma);
    if (continued) return continued;
  }
  return null;
}

function pairs(
  graph: SentenceGraph,
  head: number,
  predicate: Predicate,
  from: readonly TextActor[],
  to: readonly TextActor[],
  tokens: readonly number[],
  /** Conjoined agents may relate to each other only as subjects ("X and Y agreed"), not as a passive's agents ("brokered by X and Y"). */
  agentsAreSubjects = true,
): RelationCandidate[] {
  const result: RelationCandidate[] = [];
  const agents = unique(from);
  const targets = unique(to);
  for (const agent of agents) {
    for (const target of targets) {
      if (agent !== target) result.push({ graph, head, from: agent, to: target, predicate, tokens });
    }
  }
  // "Israel and the Palestinians agreed": conjoined subjects of a relation between equals.
  if (agentsAreSubjects && agents.length >= 2 && isSymmetric(predicate.type)) {
    result.push({ graph, head, from: agents[0] as TextActor, to: agents[1] as TextActor, predicate, tokens });
  }
  return result;
}

/**
 * The actor an argument names: the token itself, or for a common noun the actor it is qualified
 * by: an apposition first ("the commander of the IRGC, Major General Qassem Soleimani"), then a
 * compound, adjective or possessor ("the Pakistan foreign ministry", "Syrian troops"), then "of".
 */
function argumentActor(
  annotations: Annotations,
  graph: SentenceGraph,
  actors: ActorsInText,
  token: number,
): TextActor | null {
  // "his Indian counterpart, Subrahmanyam Jaishankar": a name in apposition to a common noun says who, before any demonym.
  if (/^NNS?$/.test(graph.token(token).pos)) {
    for (const child of graph.children(token, 'appos')) {
      const actor = actors.actorAt(graph.sentence.index, child);
      if (actor) return actor;
    }
  }
  const direct = actors.actorAt(graph.sentence.index, token) ?? definiteReference(graph, actors, token);
  if (direct) return direct;
  if (graph.token(token).pos === 'PRP') return pronounActor(annotations, graph, actors, token, isSpeechVerb);
  if (!graph.token(token).pos.startsWith('NN')) return null;
  // "attacks on his forces": a possessive pronoun names the subject of the clause around it.
  if (graph.children(token, 'nmod:poss').some((child) => graph.token(child).pos === 'PRP$')) {
    return enclosingSubject(graph, actors, token);
  }
  // "the island of Saint Vincent", "the town of X": a place named by "of" is where, not who.
  const ofNamesPlace = PLACE_NOUNS.has(graph.token(token).lemma.toLowerCase());
  for (const relations of [['appos'], ['compound', 'amod', 'nmod:poss'], ofNamesPlace ? [] : ['nmod:of']]) {
    if (relations.length === 0) continue;
    for (const child of graph.children(token, ...relations)) {
      const actor = actors.actorAt(graph.sentence.index, child) ?? definiteReference(graph, actors, child);
      if (actor) return actor;
    }
  }
  return null;
}

/**
 * "..., a request the Cuban government refused": a relative clause without an object of its own
 * on a noun that names an act ("a request", "a move") reacts to that act; the act's agent is the
 * subject of the clause the noun hangs on.
 */
function agentsOfDescribedAct(graph: SentenceGraph, verb: number, actorOf: ActorOf): TextActor[] {
  const agents: TextActor[] = [];
  for (const noun of describedNouns(graph, verb)) {
    if (actorOf(noun) !== null) continue;
    let current = noun;
    for (let steps = 0; steps < 4; steps++) {
      const up = graph
        .parents(current)
        .find((e) => e.governor >= 0 && e.governor !== verb && !NON_TREE_UP.has(e.relation));
      if (!up) break;
      current = up.governor;
      if (!graph.token(current).pos.startsWith('VB')) continue;
      agents.push(...graph.children(current, 'nsubj').map(actorOf).filter(isActor));
      break;
    }
  }
  return agents;
}

/** "a request the government refused": the noun a relative clause (with or without "that") speaks of. */
function describedNouns(graph: SentenceGraph, verb: number): number[] {
  // The parser hangs a relative clause without "that" on its noun as acl:relcl or as a bare dep.
  return graph
    .parents(verb)
    .filter(
      (edge) =>
        (edge.relation === 'acl:relcl' || edge.relation === 'dep') &&
        edge.governor >= 0 &&
        edge.governor < verb &&
        /^NNS?$/.test(graph.token(edge.governor).pos),
    )
    .map((edge) => edge.governor);
}

/** Edges the enhanced graph adds beside the tree, not a way up to the clause a noun belongs to. */
const NON_TREE_UP = new Set(['ref', 'nsubj:xsubj', 'nsubj:pass:xsubj', 'nsubj']);

/** Nouns of places that "of" names: the place itself, never an actor standing behind it. */
const PLACE_NOUNS = new Set(['island', 'city', 'town', 'village', 'region', 'province', 'district', 'airport', 'port']);

function enclosingSubject(graph: SentenceGraph, actors: ActorsInText, token: number): TextActor | null {
  const seen = new Set<number>([token]);
  let current = token;
  for (let steps = 0; steps < 8; steps++) {
    const parent = graph.parents(current).find((edge) => edge.governor >= 0 && !seen.has(edge.governor));
    if (!parent) return null;
    current = parent.governor;
    seen.add(current);
    for (const subject of graph.children(current, 'nsubj')) {
      const actor = actors.actorAt(graph.sentence.index, subject);
      if (actor && actor.kind !== 'PERSON') return actor;
    }
  }
  return null;
}

function isActor(actor: TextActor | null): actor is TextActor {
  return actor !== null;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** One relation per dyad, type and sentence: a verb and its event noun both proposing it count once. */
function dedupe(candidates: readonly RelationCandidate[]): RelationCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    // "X and Y agreed" relates them once, whichever way round the parse offers them.
    const ends = [candidate.from.key, candidate.to.key];
    if (isSymmetric(candidate.predicate.type)) ends.sort();
    const key = `${candidate.graph.sentence.index}|${ends.join('|')}|${candidate.predicate.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
