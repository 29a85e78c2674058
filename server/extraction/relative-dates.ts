import * as chrono from 'chrono-node';
import type { DatePrecision } from '../domain/vocabulary.ts';
import type { EntityMention, Sentence } from './engine/nlp-engine.ts';
import type { SentenceGraph } from './sentence-graph.ts';

/**
 * The date of a claim, at the precision the text really gives: "two years ago" is a year,
 * "last month" a month, "on Friday" a day. chrono-node reads relative expressions against the
 * article's date and says which parts it is certain of; the engine's normalised value (SUTime)
 * covers what chrono does not parse ("in 2018", "since 1984").
 */
export interface ClaimDate {
  readonly date: string;
  readonly precision: DatePrecision;
}

const MAX_DATE_DISTANCE = 5;

/** The date expression closest to the claim's head in its sentence, resolved; null when there is none. */
export function dateOfClaim(
  graph: SentenceGraph,
  head: number,
  quote: { start: number; end: number },
  articleDate: string | undefined,
): ClaimDate | null {
  // Only dates inside the claim's own words: a headline can share a parsed sentence with the lead.
  const dates = graph.sentence.entityMentions.filter(
    (mention) => mention.ner === 'DATE' && mention.start >= quote.start && mention.end <= quote.end,
  );
  const ranked = dates
    .map((mention) => ({ mention, distance: treeDistance(graph, head, mention.tokenEnd - 1) }))
    .sort((a, b) => a.distance - b.distance);
  for (const { mention, distance } of ranked) {
    // A date further away in the parse belongs to another clause.
    if (distance > MAX_DATE_DISTANCE) break;
    const resolved = resolveDate(mention, articleDate);
    if (resolved) return resolved;
  }
  return null;
}

/**
 * "launched exercises around Taiwan on Thursday": an event noun's claim is dated by the verb it is
 * the object of, whose date lies outside the noun's own words. Returns that date's span, or null.
 */
export function dateOfGoverningVerb(graph: SentenceGraph, head: number): { start: number; end: number } | null {
  if (!graph.token(head).pos.startsWith('NN')) return null;
  const verbs = graph
    .parents(head)
    .filter((edge) => edge.governor >= 0 && (edge.relation === 'obj' || edge.relation === 'nsubj:pass'))
    .map((edge) => edge.governor);
  const dated = graph.sentence.entityMentions.find(
    (mention) =>
      mention.ner === 'DATE' &&
      graph
        .parents(mention.tokenEnd - 1)
        .some((edge) => verbs.includes(edge.governor) && TEMPORAL_RELATIONS.test(edge.relation)),
  );
  return dated ? { start: dated.start, end: dated.end } : null;
}

/** A verb's temporal modifiers: "on Thursday" (obl:on), "last month" (obl:tmod). */
const TEMPORAL_RELATIONS = /^(obl(:|$)|nmod:tmod$)/;

/**
 * "X and Y signed a pact on Tuesday. X also accused Z ...": news states a day once and lets the
 * next sentence lean on it. A claim told in the simple past, in a sentence without a date of its
 * own, takes the one day the sentence before gives (not a date carried further), or its one date
 * of any precision when the claim says it came "then".
 */
export function dateOfPreviousSentence(
  sentences: readonly Sentence[],
  graph: SentenceGraph,
  head: number,
  articleDate: string | undefined,
): ClaimDate | null {
  // "the current head" is a DATE to the engine but dates nothing.
  const hasOwnDate = graph.sentence.entityMentions.some(
    (mention) => mention.ner === 'DATE' && resolveDate(mention, articleDate) !== null,
  );
  const previous = sentences[graph.sentence.index - 1];
  if (hasOwnDate || !previous || !isSimplePast(graph, head)) return null;
  const dates = previous.entityMentions
    .filter((mention) => mention.ner === 'DATE')
    .map((mention) => resolveDate(mention, articleDate))
    .filter((date): date is ClaimDate => date !== null);
  const distinct = new Set(dates.map((date) => `${date.date}/${date.precision}`));
  const date = distinct.size === 1 ? (dates[0] as ClaimDate) : null;
  // A day is the story's own time; a month or a year before is often background, carried only by "then".
  return date && (date.precision === 'DAY' || followsOn(graph, head)) ? date : null;
}

/** "Duque then asked Havana ...": the claim follows the event of the sentence before. */
function followsOn(graph: SentenceGraph, head: number): boolean {
  return graph.children(head, 'advmod').some((child) => graph.token(child).lemma.toLowerCase() === 'then');
}

/** "met", "was detained": an event told as past, not a state ("has backed") or a plan ("will meet"). */
function isSimplePast(graph: SentenceGraph, head: number): boolean {
  const auxiliaries = graph.children(head, 'aux').map((aux) => graph.token(aux).lemma.toLowerCase());
  if (auxiliaries.length > 0) return false;
  const { pos } = graph.token(head);
  if (pos === 'VBD') return true;
  return pos === 'VBN' && graph.children(head, 'aux:pass').some((aux) => graph.token(aux).pos === 'VBD');
}

export function resolveDate(
  mention: Pick<EntityMention, 'text' | 'normalizedNer'>,
  articleDate: string | undefined,
): ClaimDate | null {
  const fromChrono = articleDate ? byChrono(mention.text, articleDate) : null;
  return fromChrono ?? byTimex(mention.normalizedNer);
}

function byChrono(text: string, articleDate: string): ClaimDate | null {
  const reference = new Date(`${articleDate}T12:00:00Z`);
  const result = chrono.en.parse(text, { instant: reference, timezone: 0 })[0];
  if (!result) return null;
  const start = result.start;
  let date = new Date(Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1));
  // A weekday alone in news is the last one before the article ("on Friday"), not the next.
  if (start.isCertain('weekday') && !start.isCertain('day') && date > reference)
    date = new Date(date.getTime() - 7 * 86_400_000);
  // "in August last year": chrono reads the month and leaves the year words aside.
  if (!start.isCertain('year') && start.isCertain('month') && /\blast year\b/i.test(text)) {
    date = new Date(Date.UTC(reference.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  }
  // So is a month without a year ("in September"): the last one, not the next.
  else if (!start.isCertain('year') && start.isCertain('month') && date > reference) {
    date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  }
  const iso = date.toISOString().slice(0, 10);
  // A week ("earlier this week") is no finer than its month.
  if (/\bweek\b/i.test(text)) return { date: iso.slice(0, 7), precision: 'MONTH' };
  if (start.isCertain('day') || start.isCertain('weekday')) return { date: iso, precision: 'DAY' };
  if (start.isCertain('month')) return { date: iso.slice(0, 7), precision: 'MONTH' };
  // "May last year": chrono takes "May" for the verb and keeps only the year; the month is written.
  const writtenMonth = MONTHS.findIndex((month) => new RegExp(`\\b${month}\\b`).test(text));
  if (start.isCertain('year') && writtenMonth >= 0)
    return { date: `${iso.slice(0, 4)}-${String(writtenMonth + 1).padStart(2, '0')}`, precision: 'MONTH' };
  if (start.isCertain('year')) return { date: iso.slice(0, 4), precision: 'YEAR' };
  return { date: iso.slice(0, 7), precision: 'MONTH' };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A TIMEX value: 2018, 2019-12, 2019-10-22 or 2020-W02; references such as PAST_REF carry no date. */
function byTimex(value: string | null): ClaimDate | null {
  if (!value) return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day) return { date: day[1] as string, precision: 'DAY' };
  const month = /^(\d{4}-\d{2})$/.exec(value);
  if (month) return { date: month[1] as string, precision: 'MONTH' };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { date: year[1] as string, precision: 'YEAR' };
  return null;
}

/** Edges between two tokens in the dependency graph (undirected); far when unconnected. */
function treeDistance(graph: SentenceGraph, from: number, to: number): number {
  const seen = new Map<number, number>([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    const distance = seen.get(current) as number;
    if (current === to) return distance;
    const neighbours = [
      ...graph.children(current),
      ...graph
        .parents(current)
        .map((edge) => edge.governor)
        .filter((g) => g >= 0),
    ];
    for (const next of neighbours) {
      if (!seen.has(next)) {
        seen.set(next, distance + 1);
        queue.push(next);
      }
    }
  }
  return 1000 + Math.abs(from - to);
}
