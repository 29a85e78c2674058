import { parsePartialDate } from '../../server/domain/dates.ts';
import { RELATION_TYPES, signOf } from '../../server/domain/vocabulary.ts';
import type { Draft, DraftActor, DraftRelation } from '../../server/extraction/draft.ts';
import type { KnownActor } from '../../server/extraction/extractor.ts';
import type {
  ActorInput,
  EvidenceInput,
  KnowledgeDocument,
  RelationInput,
} from '../../server/ingest/document-schema.ts';
import { foldName } from '../../server/graphql/search-query.ts';

/**
 * Scores an extractor's draft against the gold knowledge of the same article. Pure: no engine,
 * no database. Every figure is a ratio of counts, and the counts are kept so that `summarise`
 * can micro-average over many articles (sum the counts, then divide), as the targets of issue 9
 * are stated over the whole held-out text, not per article.
 *
 * Matching rules (README.md beside this file says why):
 * - a draft actor matches a gold actor when its id equals the gold id, or when one of its names
 *   (name, aliases, the text of its mentions) equals one of the gold actor's names (name,
 *   aliases, and the known actor's names when the gold actor is a known one), after folding case,
 *   accents and punctuation and dropping a leading "the"; a state's organ the gold set does not
 *   name ("Russian forces" when the gold records only Russia) stands for its state, as event data
 *   codes dyads at the level of countries;
 * - a draft relation matches a gold relation when its two ends match the gold ends in the gold
 *   direction (either direction when the gold relation's mode is `mutual`: "X and Y agreed") and
 *   its sign (polarity) is the gold sign; each gold relation matches at most one draft relation;
 * - attribution, status and date are judged on matched pairs only, against the gold evidence
 *   whose quote the draft's quote overlaps (else the one whose attribution it matches).
 */

export interface ScoreInput {
  readonly draft: Draft;
  readonly gold: KnowledgeDocument;
  readonly knownActors: readonly KnownActor[];
  readonly text: string;
}

/** What was counted for one article (or, summed, for many). */
export interface ScoreCounts {
  readonly goldActors: number;
  readonly draftActors: number;
  readonly goldActorsFound: number;
  readonly draftActorsMatched: number;
  /** Found gold actors resolved right: the existing id, or for a state the right country. */
  readonly goldActorsResolved: number;
  readonly goldRelations: number;
  readonly draftRelations: number;
  /** Pairs matched on dyad, direction and sign. */
  readonly relationsMatched: number;
  /** Of those, pairs whose type is the gold type too. */
  readonly relationsTyped: number;
  readonly attributionRight: number;
  readonly statusRight: number;
  /** Matched pairs whose gold relation has a date (an event date or the start of an interval). */
  readonly goldDated: number;
  readonly datePrecisionRight: number;
  /** Right precision and right value. */
  readonly dateRight: number;
  /** Of the dated pairs, those the article dates in relative words ("last month", "on Friday"). */
  readonly goldRelativeDated: number;
  readonly relativeDatePrecisionRight: number;
  readonly sentences: number;
}

/** The figures of issue 9's targets; null where there was nothing to count. */
export interface ScoreFigures {
  readonly actorPrecision: number | null;
  readonly actorRecall: number | null;
  readonly actorsResolved: number | null;
  readonly relationPrecision: number | null;
  readonly relationRecall: number | null;
  readonly typePrecision: number | null;
  readonly typeRecall: number | null;
  readonly attribution: number | null;
  readonly status: number | null;
  readonly datePrecision: number | null;
  readonly date: number | null;
  readonly relativeDatePrecision: number | null;
  readonly relationsPerSentence: number | null;
}

export interface ArticleScore {
  readonly counts: ScoreCounts;
  readonly figures: ScoreFigures;
  /** Gold relation ids no draft relation matched, for reading a failure. */
  readonly missedRelations: readonly string[];
  /** Gold actor ids no draft actor matched. */
  readonly missedActors: readonly string[];
}

export function scoreDraft({ draft, gold, knownActors, text }: ScoreInput): ArticleScore {
  const known = new Map(knownActors.map((actor) => [actor.id, actor]));
  const goldNames = new Map(gold.actors.map((actor) => [actor.id, namesOfGoldActor(actor, known.get(actor.id))]));
  const draftToGold = new Map(
    draft.actors.map((actor) => [actor.id, goldActorsMatching(actor, goldNames, gold.actors)]),
  );

  const found = gold.actors.filter((actor) => draft.actors.some((d) => draftToGold.get(d.id)?.has(actor.id)));
  const resolved = found.filter((actor) =>
    draft.actors.some((d) => draftToGold.get(d.id)?.has(actor.id) && isResolvedRight(d, actor, known)),
  );

  const pairs = matchRelations(draft.relations, gold.relations, draftToGold, text);
  const publisher = gold.sources[0]?.publisher ?? '';
  const dated = pairs.filter(({ goldRelation }) => goldDateOf(goldRelation) !== null);
  const relativeDated = dated.filter(({ goldRelation }) => isRelativeDate(goldRelation.when?.asWritten));

  const counts: ScoreCounts = {
    goldActors: gold.actors.length,
    draftActors: draft.actors.length,
    goldActorsFound: found.length,
    draftActorsMatched: draft.actors.filter((actor) => (draftToGold.get(actor.id)?.size ?? 0) > 0).length,
    goldActorsResolved: resolved.length,
    goldRelations: gold.relations.length,
    draftRelations: draft.relations.length,
    relationsMatched: pairs.length,
    relationsTyped: pairs.filter(({ draftRelation, goldRelation }) => draftRelation.type === goldRelation.type).length,
    attributionRight: pairs.filter(({ draftRelation, evidence }) =>
      isSameAttribution(draftRelation.attribution, evidence.attribution, publisher),
    ).length,
    statusRight: pairs.filter(({ draftRelation, evidence }) => draftRelation.status === evidence.status).length,
    goldDated: dated.length,
    datePrecisionRight: dated.filter(
      ({ draftRelation, goldRelation }) => draftRelation.datePrecision === goldDateOf(goldRelation)?.precision,
    ).length,
    dateRight: dated.filter(({ draftRelation, goldRelation }) => {
      const expected = goldDateOf(goldRelation);
      return draftRelation.datePrecision === expected?.precision && draftRelation.date === expected?.text;
    }).length,
    goldRelativeDated: relativeDated.length,
    relativeDatePrecisionRight: relativeDated.filter(
      ({ draftRelation, goldRelation }) => draftRelation.datePrecision === goldDateOf(goldRelation)?.precision,
    ).length,
    sentences: countSentences(text),
  };
  const matchedGold = new Set(pairs.map(({ goldRelation }) => goldRelation.id));
  const foundIds = new Set(found.map((actor) => actor.id));
  return {
    counts,
    figures: figuresOf(counts),
    missedRelations: gold.relations.filter((relation) => !matchedGold.has(relation.id)).map((relation) => relation.id),
    missedActors: gold.actors.filter((actor) => !foundIds.has(actor.id)).map((actor) => actor.id),
  };
}

/** Micro-averaged figures over many articles: the counts are summed, then divided. */
export function summarise(scores: readonly ArticleScore[]): { counts: ScoreCounts; figures: ScoreFigures } {
  const counts = scores.reduce((sum, { counts: next }) => addCounts(sum, next), ZERO_COUNTS);
  return { counts, figures: figuresOf(counts) };
}

export function figuresOf(c: ScoreCounts): ScoreFigures {
  return {
    actorPrecision: ratio(c.draftActorsMatched, c.draftActors),
    actorRecall: ratio(c.goldActorsFound, c.goldActors),
    actorsResolved: ratio(c.goldActorsResolved, c.goldActors),
    relationPrecision: ratio(c.relationsMatched, c.draftRelations),
    relationRecall: ratio(c.relationsMatched, c.goldRelations),
    typePrecision: ratio(c.relationsTyped, c.draftRelations),
    typeRecall: ratio(c.relationsTyped, c.goldRelations),
    attribution: ratio(c.attributionRight, c.relationsMatched),
    status: ratio(c.statusRight, c.relationsMatched),
    datePrecision: ratio(c.datePrecisionRight, c.goldDated),
    date: ratio(c.dateRight, c.goldDated),
    relativeDatePrecision: ratio(c.relativeDatePrecisionRight, c.goldRelativeDated),
    relationsPerSentence: ratio(c.draftRelations, c.sentences),
  };
}

const ZERO_COUNTS: ScoreCounts = {
  goldActors: 0,
  draftActors: 0,
  goldActorsFound: 0,
  draftActorsMatched: 0,
  goldActorsResolved: 0,
  goldRelations: 0,
  draftRelations: 0,
  relationsMatched: 0,
  relationsTyped: 0,
  attributionRight: 0,
  statusRight: 0,
  goldDated: 0,
  datePrecisionRight: 0,
  dateRight: 0,
  goldRelativeDated: 0,
  relativeDatePrecisionRight: 0,
  sentences: 0,
};

function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  const sum: Record<string, number> = {};
  for (const key of Object.keys(ZERO_COUNTS) as (keyof ScoreCounts)[]) sum[key] = a[key] + b[key];
  return sum as unknown as ScoreCounts;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

// ---- actors --------------------------------------------------------------------------------------

/** A name as the scorer compares names: folded as search folds them, without a leading "the". */
export function foldActorName(name: string): string {
  return foldName(name).replace(/^the /, '');
}

function namesOfGoldActor(actor: ActorInput, known: KnownActor | undefined): Set<string> {
  const names = [actor.name, ...actor.aliases, ...(known ? [known.name, ...known.aliases] : [])];
  return new Set(names.map(foldActorName).filter((name) => name.length > 0));
}

/** Kinds of actor that act for a state: its forces, services and ministries. */
const ORGANS_OF_STATE = new Set<string>(['GOVERNMENT', 'GOVERNMENT_BODY', 'MILITARY', 'SECURITY_SERVICE']);

function goldActorsMatching(
  actor: DraftActor,
  goldNames: ReadonlyMap<string, Set<string>>,
  goldActors: readonly ActorInput[],
): Set<string> {
  const names = [actor.name, ...actor.aliases, ...actor.mentions.map((mention) => mention.text)].map(foldActorName);
  const matches = new Set<string>();
  for (const [goldId, goldActorNames] of goldNames) {
    if (goldId === actor.id || names.some((name) => goldActorNames.has(name))) matches.add(goldId);
  }
  if (matches.size === 0 && ORGANS_OF_STATE.has(actor.kind) && actor.country !== null) {
    for (const goldActor of goldActors) {
      if (goldActor.kind === 'STATE' && goldActor.country === actor.country) matches.add(goldActor.id);
    }
  }
  return matches;
}

/**
 * Right resolution: a gold actor the graph knew must get its id; a state the graph did not know
 * must get its country; any other new actor must not be tied to an actor it is not.
 */
function isResolvedRight(draft: DraftActor, gold: ActorInput, known: ReadonlyMap<string, KnownActor>): boolean {
  if (known.has(gold.id)) return draft.existing && draft.id === gold.id;
  if (draft.existing && known.has(draft.id)) return false;
  if (gold.kind === 'STATE') return draft.country === (gold.country ?? null);
  return true;
}

// ---- relations -----------------------------------------------------------------------------------

interface MatchedPair {
  readonly draftRelation: DraftRelation;
  readonly goldRelation: RelationInput;
  /** The gold evidence the draft relation is judged against. */
  readonly evidence: EvidenceInput;
}

/**
 * One-to-one matching, greedy on a preference: a pair of the same type first, then one whose
 * quotes overlap, so that a draft ACCUSE pairs with the gold ACCUSE rather than with a gold
 * SANCTION of the same dyad and sign.
 */
function matchRelations(
  draftRelations: readonly DraftRelation[],
  goldRelations: readonly RelationInput[],
  draftToGold: ReadonlyMap<string, ReadonlySet<string>>,
  text: string,
): MatchedPair[] {
  const candidates: { d: number; g: number; preference: number }[] = [];
  draftRelations.forEach((draftRelation, d) => {
    goldRelations.forEach((goldRelation, g) => {
      if (!isSameDyadAndSign(draftRelation, goldRelation, draftToGold)) return;
      const sameType = draftRelation.type === goldRelation.type ? 2 : 0;
      const overlaps = overlappingEvidence(draftRelation, goldRelation, text) ? 1 : 0;
      candidates.push({ d, g, preference: sameType + overlaps });
    });
  });
  candidates.sort((a, b) => b.preference - a.preference || a.g - b.g || a.d - b.d);
  const usedDraft = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const { d, g } of candidates) {
    if (usedDraft.has(d) || usedGold.has(g)) continue;
    usedDraft.add(d);
    usedGold.add(g);
    const draftRelation = draftRelations[d] as DraftRelation;
    const goldRelation = goldRelations[g] as RelationInput;
    pairs.push({ draftRelation, goldRelation, evidence: evidenceFor(draftRelation, goldRelation, text) });
  }
  return pairs;
}

function isSameDyadAndSign(
  draft: DraftRelation,
  gold: RelationInput,
  draftToGold: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const from = draftToGold.get(draft.from);
  const to = draftToGold.get(draft.to);
  if (!from || !to) return false;
  const forward = from.has(gold.from) && to.has(gold.to);
  const backward = gold.mode === 'mutual' && from.has(gold.to) && to.has(gold.from);
  return (
    (forward || backward) && signOf(draft.polarity) === signOf(gold.polarity ?? RELATION_TYPES[gold.type].polarity)
  );
}

function evidenceFor(draft: DraftRelation, gold: RelationInput, text: string): EvidenceInput {
  return (
    overlappingEvidence(draft, gold, text) ??
    gold.evidence.find((evidence) => isSameAttribution(draft.attribution, evidence.attribution, '')) ??
    (gold.evidence[0] as EvidenceInput)
  );
}

function overlappingEvidence(draft: DraftRelation, gold: RelationInput, text: string): EvidenceInput | undefined {
  return gold.evidence.find((evidence) =>
    occurrencesOf(evidence.quote, text).some(
      (start) => start < draft.end && draft.start < start + evidence.quote.length,
    ),
  );
}

function occurrencesOf(quote: string, text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** Words a draft may use for the article's own voice instead of its publisher's name. */
const OWN_VOICE = new Set(['report', 'article', 'publisher']);

/**
 * The same attribution: equal once folded, or one names the other ("White House spokesman John
 * Kirby" and "John Kirby"). The gold set writes the publisher's name for claims the article makes
 * in its own voice; a draft may write the publisher or "the report".
 */
export function isSameAttribution(draft: string, gold: string, publisher: string): boolean {
  const a = foldActorName(draft);
  const b = foldActorName(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return true;
  return publisher.length > 0 && b === foldActorName(publisher) && OWN_VOICE.has(a);
}

/** The date a draft should give: an event's date, or the start of a state of affairs. */
function goldDateOf(relation: RelationInput): { text: string; precision: string } | null {
  const written = relation.when?.date ?? relation.when?.from;
  const parsed = written === undefined ? null : parsePartialDate(written);
  return parsed ? { text: parsed.text, precision: parsed.precision } : null;
}

/**
 * A date the article gives in words that need its own date to resolve ("on Friday", "last month",
 * "in July"): the gold file keeps the words in `asWritten`, and they hold no year.
 */
function isRelativeDate(asWritten: string | undefined): boolean {
  return asWritten !== undefined && !/\d{4}/.test(asWritten);
}

// ---- sentences -----------------------------------------------------------------------------------

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'no', 'vs']);

/**
 * Sentences of a news text, for relations per sentence: a full stop, question or exclamation
 * mark (and a closing quote) before a space and a capital, unless the word before it is an
 * initialism ("U.S.") or a title ("Gen."); paragraphs always end a sentence.
 */
export function countSentences(text: string): number {
  let count = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed.length === 0) continue;
    count += 1;
    for (const match of trimmed.matchAll(/(\S+)[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
      const word = match[1] ?? '';
      const isInitialism = /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5;
      if (!isInitialism && !ABBREVIATIONS.has(word.toLowerCase())) count += 1;
    }
  }
  return count;
}
