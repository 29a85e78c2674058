import type { ActorKind } from '../domain/vocabulary.ts';
import type { ActorDirectory } from './actor-directory.ts';
import type { KnownActor } from './extractor.ts';
import { groupNoun, kindFromName, pluralGroupWord } from './actor-kinds.ts';
import { countryName, findCountry, findDemonym } from './countries.ts';
import type { Mention } from './draft.ts';
import type { Annotations, EntityMention, Sentence, Token } from './engine/nlp-engine.ts';
import { acronymOf, bareName, foldName, isAbbreviation, isSpellingVariant } from './names.ts';
import { createSentenceGraph, type SentenceGraph } from './sentence-graph.ts';

/**
 * Finds the actors of an article in the engine's entity mentions: states named outright, by code,
 * by capital or seat of power (metonymy) and by demonym with an institution noun ("Iranian
 * intelligence"); organisations, with their abbreviations; persons, with the country their title
 * gives ("Pakistan's Chief of Staff General Bajwa"); groups named by a people ("Baloch militants").
 * Each is resolved to a known actor first, then to a state, else proposed as new.
 */
export interface TextActor {
  /** Identity while extracting: `known:<id>`, `state:<cca2>` or `new:<folded name>`. */
  readonly key: string;
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  existing: boolean;
  readonly surfaces: Set<string>;
  readonly mentions: Mention[];
}

export interface ActorsInText {
  readonly actors: readonly TextActor[];
  /** The actor a token of a sentence names, if any. */
  actorAt(sentenceIndex: number, tokenIndex: number): TextActor | null;
}

interface Proposal {
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  /** Set for states: resolves through the graph's state of that country first. */
  readonly state: boolean;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly number[];
}

const ACTOR_CLASSES = new Set([
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'NATIONALITY',
  'CITY',
  'STATE_OR_PROVINCE',
  'LOCATION',
  'MISC',
]);
const PLACE_CLASSES = new Set(['CITY', 'STATE_OR_PROVINCE', 'LOCATION']);

export function findActors(annotations: Annotations, directory: ActorDirectory): ActorsInText {
  const byKey = new Map<string, TextActor>();
  const tokenKeys = new Map<string, string>();
  for (const sentence of annotations.sentences) {
    const graph = createSentenceGraph(sentence);
    for (const proposal of proposalsOf(annotations.text, graph, directory)) {
      const actor = resolve(proposal, directory, byKey);
      actor.surfaces.add(proposal.surface);
      if (!actor.mentions.some((m) => m.start === proposal.start)) {
        actor.mentions.push({
          start: proposal.start,
          end: proposal.end,
          text: annotations.text.slice(proposal.start, proposal.end),
        });
      }
      for (const token of proposal.tokens) tokenKeys.set(`${sentence.index}:${token}`, actor.key);
    }
  }
  const redirects = mergeShortForms([...byKey.values()]);
  for (const [from, to] of parentheticalAbbreviations([...byKey.values()], annotations.text, redirects)) {
    redirects.set(from, to);
  }
  const final = (key: string) => byKey.get(redirects.get(key) ?? key) ?? null;
  const actors = [...byKey.values()].filter((actor) => !redirects.has(actor.key));
  assignIds(actors);
  return {
    actors,
    actorAt: (sentenceIndex, tokenIndex) => {
      const key = tokenKeys.get(`${sentenceIndex}:${tokenIndex}`);
      return key ? final(key) : null;
    },
  };
}

function proposalsOf(text: string, graph: SentenceGraph, directory: ActorDirectory): Proposal[] {
  const proposals: Proposal[] = [];
  const untagged = [
    ...untaggedStates(graph.sentence),
    ...untaggedParticipants(graph),
    ...untaggedKnownNames(graph, directory),
  ];
  // "U.S. Navy SEALs": a name the engine tagged only in part is the whole name, once.
  const tagged = joinPeopleToOrganisations(graph.sentence).filter(
    (mention) =>
      !untagged.some((whole) => whole.tokenStart <= mention.tokenStart && mention.tokenEnd <= whole.tokenEnd),
  );
  const seen = new Set<string>();
  const unique = untagged.filter((mention) => {
    const key = `${mention.tokenStart}:${mention.tokenEnd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const mention of [...tagged, ...unique]) {
    if (!ACTOR_CLASSES.has(mention.ner)) continue;
    // The engine tags pronouns ("his") as persons; without coreference they name no one.
    if (range(mention.tokenStart, mention.tokenEnd).every((token) => graph.token(token).pos.startsWith('PRP')))
      continue;
    const proposal = proposalOf(text, graph, mention) ?? knownBodyNamed(mention, directory);
    if (proposal) proposals.push(proposal);
  }
  return proposals;
}

/** Proper nouns the engine left untagged ("Kyiv") that are a state's name or capital. */
function untaggedStates(sentence: Sentence): EntityMention[] {
  return sentence.tokens
    .filter(
      (token) =>
        token.ner === 'O' && token.pos === 'NNP' && ['name', 'capital'].includes(findCountry(token.text)?.via ?? ''),
    )
    .map((token) => ({
      text: token.text,
      start: token.start,
      end: token.end,
      tokenStart: token.index,
      tokenEnd: token.index + 1,
      ner: 'CITY',
      normalizedNer: null,
    }));
}

/**
 * Proper nouns the engine left untagged that act or are acted on ("The Houthis attacked ..."):
 * a name as subject, object or agent of a clause is most often an actor.
 */
function untaggedParticipants(graph: SentenceGraph): EntityMention[] {
  const found: EntityMention[] = [];
  for (const token of graph.sentence.tokens) {
    if (token.ner !== 'O' || !/^NNPS?$/.test(token.pos) || findCountry(token.text)) continue;
    const takesPart = graph
      .parents(token.index)
      .some((edge) => /^(nsubj|nsubj:pass|obj|obl:agent|obl:by)$/.test(edge.relation));
    if (!takesPart) continue;
    // The name's other words: proper-noun compounds before it ("Islamic Jihad"), also those the
    // engine tagged as an organisation of their own ("U.S. Navy" in "U.S. Navy SEALs").
    let first = token.index;
    while (
      first > 0 &&
      /^NNPS?$/.test(graph.token(first - 1).pos) &&
      ['O', 'ORGANIZATION'].includes(graph.token(first - 1).ner) &&
      graph.parents(first - 1).some((edge) => edge.relation === 'compound' && edge.governor === token.index)
    ) {
      first--;
    }
    const start = graph.token(first).start;
    found.push({
      text: graph.sentence.tokens
        .slice(first, token.index + 1)
        .map((t) => t.text)
        .join(' '),
      start,
      end: token.end,
      tokenStart: first,
      tokenEnd: token.index + 1,
      ner: 'ORGANIZATION',
      normalizedNer: null,
    });
  }
  return found;
}

/**
 * A name the engine left untagged that the graph knows ("al-Qaida", a spelling of Al-Qaeda): a
 * run of proper nouns, joined by hyphens, that the actor directory finds.
 */
function untaggedKnownNames(graph: SentenceGraph, directory: ActorDirectory): EntityMention[] {
  const found: EntityMention[] = [];
  const tokens = graph.sentence.tokens;
  for (let start = 0; start < tokens.length; start++) {
    if (!isUntaggedName(tokens[start])) continue;
    let end = start + 1;
    while (
      end < tokens.length &&
      (isUntaggedName(tokens[end]) || (tokens[end]?.pos === 'HYPH' && isUntaggedName(tokens[end + 1])))
    ) {
      end++;
    }
    const first = tokens[start] as Token;
    const last = tokens[end - 1] as Token;
    const text = textOf(tokens.slice(start, end));
    const known = directory.exactName(text) ?? (text.length >= 5 ? directory.byName(text) : null);
    if (known && known.kind !== 'PERSON') {
      found.push({
        text,
        start: first.start,
        end: last.end,
        tokenStart: start,
        tokenEnd: end,
        ner: 'ORGANIZATION',
        normalizedNer: null,
      });
    }
    start = end - 1;
  }
  return found;
}

function isUntaggedName(token: Token | undefined): boolean {
  return token !== undefined && token.ner === 'O' && /^NNPS?$/.test(token.pos);
}

/** Tokens as written, with the spaces between them only where the text had some. */
function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token, i) => (i > 0 && (tokens[i - 1] as Token).end < token.start ? ' ' : '') + token.text)
    .join('');
}

/** "Iranian" + "Revolutionary Guard Corps" (the engine splits them) is one organisation. */
function joinPeopleToOrganisations(sentence: Sentence): EntityMention[] {
  const joined: EntityMention[] = [];
  for (const mention of sentence.entityMentions) {
    const previous = joined.at(-1);
    if (
      previous &&
      mention.ner === 'ORGANIZATION' &&
      (previous.ner === 'NATIONALITY' || previous.ner === 'COUNTRY') &&
      previous.tokenEnd === mention.tokenStart
    ) {
      joined[joined.length - 1] = {
        ...mention,
        start: previous.start,
        tokenStart: previous.tokenStart,
        text: `${previous.text} ${mention.text}`,
      };
    } else {
      joined.push(mention);
    }
  }
  return joined;
}

function proposalOf(text: string, graph: SentenceGraph, mention: EntityMention): Proposal | null {
  const head = mention.tokenEnd - 1;
  const tokens = range(mention.tokenStart, mention.tokenEnd);
  const surface = bareName(mention.text);
  const base = {
    surface,
    start: mention.start,
    end: mention.end - (mention.text.length - mention.text.trimEnd().length),
    tokens,
  };
  const group = groupAfter(graph, head);
  const people = mention.ner === 'NATIONALITY' ? findDemonym(surface) : null;
  const named = mention.ner === 'NATIONALITY' ? null : findCountry(surface);
  const state =
    people ??
    (named &&
    (named.via === 'name' || named.via === 'code' || mention.ner === 'COUNTRY' || isMetonymy(text, graph, mention))
      ? named
      : null);

  if (group) {
    const groupTokens = [...tokens, group.token];
    const end = graph.token(group.token).end;
    const span = { ...base, end: Math.max(base.end, end), tokens: groupTokens };
    if (group.noun.kind === 'state' && state)
      return { ...span, name: state.name, kind: 'STATE', country: state.cca2, state: true };
    // "Yemen's Houthi rebels": the group is named by "Houthi"; Yemen only says where it is from.
    const namedBySibling = state !== null && mention.ner === 'COUNTRY' && hasNamedModifier(graph, group.token, head);
    if (group.noun.kind === 'institution' && (state || mention.ner !== 'COUNTRY') && !namedBySibling) {
      const written = text.slice(mention.start, end);
      return {
        ...span,
        surface: written,
        name: institutionName(surface, written, graph.token(group.token), group.noun.actorKind),
        kind: group.noun.actorKind,
        country: state?.cca2 ?? countryOwning(graph, group.token),
        state: false,
      };
    }
  }
  if (state && (mention.ner !== 'NATIONALITY' || isNounUse(graph, head))) {
    return { ...base, name: state.name, kind: 'STATE', country: state.cca2, state: true };
  }
  // "seized a British tanker": a people's adjective on a participant stands for its state.
  const participant = mention.ner === 'NATIONALITY' && state ? participantQualified(graph, head) : null;
  if (participant !== null && state) {
    return {
      ...base,
      tokens: [...tokens, participant],
      name: state.name,
      kind: 'STATE',
      country: state.cca2,
      state: true,
    };
  }
  if (mention.ner === 'PERSON') {
    const kind = publishes(graph, head) ? 'MEDIA_OUTLET' : 'PERSON';
    return { ...base, name: surface, kind, country: countryBefore(graph, mention.tokenStart), state: false };
  }
  if (mention.ner === 'ORGANIZATION') {
    return {
      ...base,
      name: surface,
      kind: kindFromName(surface, 'ORGANISATION'),
      // An international organisation after "Sweden's" is not Sweden's.
      country:
        countryInName(surface) ??
        (kindFromName(surface, 'ORGANISATION') === 'INTERNATIONAL_ORGANISATION'
          ? null
          : countryBefore(graph, mention.tokenStart)),
      state: false,
    };
  }
  return null;
}

/**
 * "the Kremlin spokesman": a place-like name that only qualifies a noun is no actor of its own,
 * unless the graph knows a body by exactly that name.
 */
function knownBodyNamed(mention: EntityMention, directory: ActorDirectory): Proposal | null {
  const surface = bareName(mention.text);
  const known = directory.exactName(surface);
  if (!known || known.kind === 'STATE' || known.kind === 'PERSON') return null;
  return {
    surface,
    start: mention.start,
    end: mention.end - (mention.text.length - mention.text.trimEnd().length),
    tokens: range(mention.tokenStart, mention.tokenEnd),
    name: known.name,
    kind: known.kind as ActorKind,
    country: known.country,
    state: false,
  };
}

/** A place stands for its state when it acts (subject, object, possessor), not when it only locates. */
function isMetonymy(text: string, graph: SentenceGraph, mention: EntityMention): boolean {
  if (!PLACE_CLASSES.has(mention.ner) && mention.ner !== 'ORGANIZATION') return false;
  // A dateline ("ISLAMABAD: ...") opens a paragraph and is followed by a colon or a dash.
  const before = text.slice(Math.max(0, mention.start - 2), mention.start);
  if ((mention.start === 0 || before.endsWith('\n')) && /^\s*[:—–-]/.test(text.slice(mention.end))) return false;
  const head = mention.tokenEnd - 1;
  return graph
    .parents(head)
    .every(
      (edge) =>
        edge.relation !== 'compound' &&
        !edge.relation.startsWith('nmod:in') &&
        !edge.relation.startsWith('obl:in') &&
        !edge.relation.startsWith('obl:at'),
    );
}

/** The noun an adjective qualifies, when that noun takes part in a clause (subject, object, prepositional object). */
function participantQualified(graph: SentenceGraph, head: number): number | null {
  const edge = graph.parents(head).find((parent) => parent.relation === 'amod' && parent.governor >= 0);
  if (!edge) return null;
  const takesPart = graph
    .parents(edge.governor)
    .some((parent) => /^(nsubj|nsubj:pass|obj|iobj|obl:(?!in$|at$|near$))/.test(parent.relation));
  return takesPart ? edge.governor : null;
}

/** A name that reports or has a report ("Asian Lite reported", "the Asian Lite report") is an outlet the engine took for a person. */
function publishes(graph: SentenceGraph, head: number): boolean {
  return graph.parents(head).some((edge) => {
    if (edge.governor < 0) return false;
    const governor = graph.token(edge.governor);
    return (
      (edge.relation === 'nsubj' && PUBLISHING_VERBS.has(governor.lemma)) ||
      (edge.relation === 'compound' && PUBLICATIONS.has(governor.lemma))
    );
  });
}

const PUBLISHING_VERBS = new Set(['report', 'publish', 'broadcast']);
const PUBLICATIONS = new Set(['report', 'article', 'newspaper', 'editorial', 'broadcast']);

/** Another named word qualifies the noun besides `except` ("Houthi" in "Yemen's Houthi rebels"). */
function hasNamedModifier(graph: SentenceGraph, noun: number, except: number): boolean {
  return graph.children(noun, 'compound', 'amod').some((child) => child !== except && graph.token(child).ner !== 'O');
}

/** The state that owns a group noun ("Yemen's ... rebels"), if one is named as its possessor or compound. */
function countryOwning(graph: SentenceGraph, noun: number): string | null {
  for (const child of graph.children(noun, 'nmod:poss', 'compound')) {
    const token = graph.token(child);
    if (token.ner === 'COUNTRY') return findCountry(token.text)?.cca2 ?? null;
  }
  return null;
}

/** A demonym used as a noun ("the Iranians said") rather than as an adjective. */
function isNounUse(graph: SentenceGraph, head: number): boolean {
  return (
    /^NNP?S?$/.test(graph.token(head).pos) &&
    graph.parents(head).some((edge) => /^(nsubj|obj|obl|nmod)/.test(edge.relation))
  );
}

/** The noun a name qualifies, when that noun names a group: "Iranian intelligence", "Baloch's militant attacks". */
function groupAfter(
  graph: SentenceGraph,
  head: number,
): { token: number; noun: NonNullable<ReturnType<typeof groupNoun>> } | null {
  for (const edge of graph.parents(head)) {
    if (!['compound', 'amod', 'nmod:poss'].includes(edge.relation) || edge.governor < 0) continue;
    const governor = graph.token(edge.governor);
    const noun = groupNoun(governor.text) ?? groupNoun(governor.lemma);
    if (noun) return { token: edge.governor, noun };
    // "Baloch's militant attacks": the group word modifies the noun the name possesses.
    for (const modifier of graph.children(edge.governor, 'amod', 'compound')) {
      const word = graph.token(modifier).text;
      const modifierNoun = groupNoun(word);
      if (modifierNoun?.kind === 'institution' && modifierNoun.actorKind === 'ARMED_GROUP')
        return { token: modifier, noun: modifierNoun };
    }
  }
  return null;
}

/** "Turkish jets" and "Turkish troops" are one actor, the Turkish military; a ministry keeps the name written. */
function institutionName(people: string, written: string, noun: Token, kind: ActorKind): string {
  if (kind === 'MILITARY') return `${people} military`;
  if (kind === 'SECURITY_SERVICE' && noun.lemma !== 'police') return `${people} intelligence`;
  if (kind === 'ARMED_GROUP') return `${people} ${pluralGroupWord(noun.text)}`;
  return written;
}

/** A country named inside an organisation's name ("Iranian Revolutionary Guard Corps", "US Army War College"). */
function countryInName(name: string): string | null {
  for (const word of name.split(/\s+/)) {
    const match = findDemonym(word) ?? (/^\p{Lu}/u.test(word) ? findCountry(word) : null);
    // Only a state's own name or code: a spelling variant of one word is too loose inside a name.
    if (match && (match.via === 'demonym' || match.via === 'code' || foldName(match.name) === foldName(word)))
      return match.cca2;
  }
  return null;
}

/** Walks back from a person's or organisation's name through its title ("Pakistan's Chief of Staff General") to a state or people. */
function countryBefore(graph: SentenceGraph, start: number): string | null {
  for (let index = start - 1; index >= Math.max(0, start - 8); index--) {
    const token = graph.token(index);
    if (token.ner === 'COUNTRY') return findCountry(token.text)?.cca2 ?? null;
    if (token.ner === 'NATIONALITY') return findDemonym(token.text)?.cca2 ?? null;
    const titleLike = token.ner === 'TITLE' || /^(NN|NNS|NNP|POS|DT|JJ)$/.test(token.pos) || token.text === 'of';
    if (!titleLike) return null;
  }
  return null;
}

function resolve(proposal: Proposal, directory: ActorDirectory, byKey: Map<string, TextActor>): TextActor {
  // "the Kremlin" stands for Russia only when the graph has no actor of that very name: a body the
  // graph already knows by the word the article uses is what the article means.
  const namedBody = proposal.state ? directory.exactName(proposal.surface) : null;
  const known =
    (namedBody && namedBody.kind !== 'STATE' && namedBody.kind !== 'PERSON' ? namedBody : null) ??
    (proposal.state && proposal.country ? directory.stateOf(proposal.country) : null) ??
    directory.byName(proposal.surface) ??
    directory.byName(proposal.name) ??
    (proposal.country && proposal.kind !== 'PERSON' && proposal.kind !== 'STATE' && !proposal.state
      ? sameBody(proposal, directory.onlyOfKind(proposal.kind, proposal.country))
      : null);
  const key = known
    ? `known:${known.id}`
    : proposal.state && proposal.country
      ? `state:${proposal.country}`
      : `new:${foldName(proposal.name)}`;
  const existing = byKey.get(key);
  if (existing) {
    existing.country ??= proposal.country;
    return existing;
  }
  const actor: TextActor = known
    ? {
        key,
        id: known.id,
        name: known.name,
        kind: known.kind as ActorKind,
        country: known.country,
        existing: true,
        surfaces: new Set(),
        mentions: [],
      }
    : {
        key,
        id: '',
        name: proposal.state && proposal.country ? (countryName(proposal.country) ?? proposal.name) : proposal.name,
        kind: proposal.kind,
        country: proposal.country,
        existing: false,
        surfaces: new Set(),
        mentions: [],
      };
  byKey.set(key, actor);
  return actor;
}

/**
 * A state has one military but many government bodies: "Russia's foreign ministry" is not the only
 * Russian body the graph knows (the Kremlin) unless that body's names share its head word.
 */
function sameBody(proposal: Proposal, known: KnownActor | null): KnownActor | null {
  if (!known || proposal.kind !== 'GOVERNMENT_BODY') return known;
  const head = foldName(proposal.name).split(' ').at(-1) ?? '';
  return [known.name, ...known.aliases].some((name) => foldName(name).split(' ').includes(head)) ? known : null;
}

/**
 * Folds short forms into the actor they abbreviate: a surname alone ("Soleimani") into the full
 * name, a spelling variant into the first spelling, an abbreviation ("IRGC") into the name whose
 * initials it is. Returns the redirects (merged key → kept key); the kept actor gets the mentions.
 */
function mergeShortForms(actors: TextActor[]): Map<string, string> {
  const redirects = new Map<string, string>();
  const fresh = actors.filter((actor) => !actor.existing);
  for (const actor of fresh) {
    const folded = foldName(actor.name);
    const target = actors.find((other) => {
      if (other === actor || redirects.has(other.key)) return false;
      const otherFolded = foldName(other.name);
      if (actor.kind === 'PERSON' && other.kind === 'PERSON') {
        return (
          (!folded.includes(' ') && otherFolded.endsWith(` ${folded}`)) ||
          (!folded.includes(' ') && otherFolded.split(' ').some((word) => isSpellingVariant(word, folded))) ||
          (isSpellingVariant(otherFolded, folded) && actors.indexOf(other) < actors.indexOf(actor))
        );
      }
      if (isAbbreviation(actor.name) && other.kind !== 'STATE' && other.kind !== 'PERSON') {
        const letters = actor.name.replace(/\./g, '');
        return [other.name, ...other.surfaces].some((name) => acronymOf(name) === letters);
      }
      return false;
    });
    if (!target) continue;
    redirects.set(actor.key, target.key);
    for (const surface of [actor.name, ...actor.surfaces]) target.surfaces.add(surface);
    target.mentions.push(...actor.mentions);
    target.country ??= actor.country;
  }
  return redirects;
}

/**
 * "the Caribbean Community (CARICOM)": an abbreviation in brackets right after a name is that
 * name's, whatever its letters (an abbreviation from another language, "CELAC", has not the
 * name's initials). The actor the graph already knows is kept; of two new ones, the full name.
 * Redirects of `mergeShortForms` are followed, so that every mention ends on one actor.
 */
function parentheticalAbbreviations(
  actors: readonly TextActor[],
  text: string,
  earlier: ReadonlyMap<string, string>,
): Map<string, string> {
  const redirects = new Map<string, string>();
  const final = (actor: TextActor) => earlier.get(actor.key) ?? actor.key;
  const endingAt = new Map<number, TextActor>();
  for (const actor of actors) for (const mention of actor.mentions) endingAt.set(mention.end, actor);
  for (const short of actors) {
    if (short.kind === 'STATE' || short.kind === 'PERSON') continue;
    for (const mention of short.mentions) {
      // Brackets make the reading safe for longer abbreviations than a bare one ("CARICOM").
      if (!/^\p{Lu}[\p{Lu}.&-]{1,11}$/u.test(mention.text) || !/^\s*\)/.test(text.slice(mention.end))) continue;
      const opening = /\s*\(\s*$/.exec(text.slice(Math.max(0, mention.start - 4), mention.start));
      if (!opening) continue;
      const full = endingAt.get(mention.start - opening[0].length);
      if (!full || full.kind === 'STATE' || full.kind === 'PERSON' || final(full) === final(short)) continue;
      if (full.existing && short.existing) continue;
      const [dropped, kept] = short.existing ? [full, short] : [short, full];
      if (redirects.has(dropped.key) || earlier.has(dropped.key)) continue;
      redirects.set(dropped.key, final(kept));
      for (const surface of [dropped.name, ...dropped.surfaces]) kept.surfaces.add(surface);
      kept.mentions.push(...dropped.mentions);
      kept.country ??= dropped.country;
      if (!kept.existing && dropped.kind !== 'ORGANISATION') kept.kind = dropped.kind;
    }
  }
  return redirects;
}

/** New actors get a slug of their name, unique in the draft; known actors keep their id. */
function assignIds(actors: TextActor[]): void {
  const taken = new Set(actors.filter((actor) => actor.existing).map((actor) => actor.id));
  for (const actor of actors) {
    actor.mentions.sort((a, b) => a.start - b.start);
    if (actor.existing) continue;
    const base = slugOf(actor.name) || 'actor';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    actor.id = id;
  }
}

export function slugOf(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
