import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { formatPartialDate, parsePartialDate } from '../domain/dates.ts';
import type { DatePrecision } from '../domain/vocabulary.ts';
import type { ActorInput, KnowledgeDocument, RelationInput, SourceInput } from '../ingest/document-schema.ts';
import { MAX_LENGTH } from '../ingest/limits.ts';
import { slugOf } from '../domain/slug.ts';
import type { Draft, DraftActor, DraftRelation } from './draft.ts';

/** The article a draft was extracted from, as far as it is known. */
export interface DraftArticle {
  readonly text?: string | undefined;
  /** Publication date, YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string | undefined;
  readonly publisher?: string | undefined;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  /** The source's id when the caller has one; otherwise derived from publisher, title and date. */
  readonly sourceId?: string | undefined;
}

/** Written into a source that does not name them, so the file still validates and says what to fill in. */
export const UNKNOWN_PUBLISHER = 'Unknown publisher';
export const UNTITLED = 'Untitled article';
const TITLE_FROM_TEXT_LENGTH = 120;

/**
 * A reviewed draft as an `actorgraph/v1` knowledge document: one source for the article, the
 * draft's actors, and one relation per draft relation with its one piece of evidence. Every id
 * is derived from the content alone (no clock, no counter across calls), so converting the same
 * draft again gives the same document, and loading it again changes nothing.
 *
 * An actor that is already in the graph is restated only with what the draft knows (name, kind,
 * the names the article uses, the country when known): the merge rules keep every field left
 * out, aliases only grow, and fields a curator set are not overwritten by files.
 */
export function draftToDocument(draft: Draft, article: DraftArticle): KnowledgeDocument {
  const source = toSource(article);
  return {
    format: 'actorgraph/v1',
    sources: [source],
    actors: draft.actors.map(toActor),
    relations: withUniqueIds(draft.relations).map(({ relation, id, date }) =>
      toRelation(relation, id, date, source.id),
    ),
  };
}

/** Writes the document as YAML under a comment saying where it came from and what to do with it. */
export async function writeDraftFile(path: string, document: KnowledgeDocument, header?: string): Promise<void> {
  const lines = [
    ...(header ? header.split('\n') : []),
    'A draft extracted by actorgraph: review every actor and relation (and each quote against the',
    'article), then load it with `npm run ingest -- FILE`. Loading it twice changes nothing.',
  ];
  const comment = lines.map((line) => `# ${line}`.trimEnd()).join('\n');
  await writeFile(path, `${comment}\n${stringify(document, { lineWidth: 0 })}`, 'utf8');
}

function toSource(article: DraftArticle): SourceInput {
  const date = article.date ? parsePartialDate(article.date)?.text : undefined;
  const title = nonEmpty(article.title) ?? titleFromText(article.text) ?? UNTITLED;
  const publisher = nonEmpty(article.publisher) ?? UNKNOWN_PUBLISHER;
  return {
    id: article.sourceId ?? sourceIdOf(article, date),
    kind: 'ARTICLE',
    title,
    publisher,
    ...(article.url ? { url: article.url } : {}),
    ...(date ? { published: date } : {}),
    cites: [],
  };
}

/**
 * Named by publisher, title and date when the article has either of the first two; otherwise by a
 * hash of its text, so two unnamed articles do not become one source.
 */
function sourceIdOf(article: DraftArticle, date: string | undefined): string {
  const publisher = nonEmpty(article.publisher);
  const title = nonEmpty(article.title);
  // A name without Latin letters or digits leaves no slug: then the text names the source too.
  const named = publisher || title ? slugOf(publisher ?? '', title ?? '', date ?? '') : '';
  if (named !== '' && named !== slugOf(date ?? '')) return named;
  const digest = createHash('sha256')
    .update(article.text ?? '')
    .digest('hex')
    .slice(0, 12);
  return slugOf('article', date ?? '', digest);
}

function titleFromText(text: string | undefined): string | undefined {
  const firstLine = text
    ?.split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (!firstLine) return undefined;
  return firstLine.length <= TITLE_FROM_TEXT_LENGTH ? firstLine : `${firstLine.slice(0, TITLE_FROM_TEXT_LENGTH - 1)}…`;
}

function toActor(actor: DraftActor): ActorInput {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: [...new Set(actor.aliases.filter((alias) => alias !== actor.name))],
    ...(actor.country ? { country: actor.country } : {}),
  };
}

function toRelation(relation: DraftRelation, id: string, date: string | undefined, sourceId: string): RelationInput {
  return {
    id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    polarity: relation.polarity,
    ...(date ? { when: { date } } : {}),
    evidence: [
      {
        source: sourceId,
        quote: relation.quote,
        attribution: relation.attribution,
        stance: relation.stance,
        status: relation.status,
        confidence: relation.confidence,
      },
    ],
    links: [],
  };
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/**
 * The date written to the precision the draft claims, never finer than what is written: a client
 * may send the first day of the period back (`2018-01-01` with YEAR), which means `2018`.
 */
function atPrecision(date: string, precision: DatePrecision | null): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  const coarser =
    precision !== null && PRECISION_RANK[precision] < PRECISION_RANK[parsed.precision] ? precision : parsed.precision;
  return formatPartialDate(parsed.start, coarser);
}

/**
 * One id per relation, from its dyad, type and date (as addRelation derives it), so a later article
 * that reports the same dated claim adds its evidence to the same relation. Two relations of one
 * draft with the same id are told apart by a counter in draft order.
 */
function withUniqueIds(
  relations: readonly DraftRelation[],
): { relation: DraftRelation; id: string; date: string | undefined }[] {
  const used = new Set<string>();
  return relations.map((relation) => {
    const date = relation.date ? atPrecision(relation.date, relation.datePrecision) : undefined;
    const base = slugOf(relation.from, relation.type, relation.to, date ?? '');
    let id = base;
    for (let n = 2; used.has(id); n += 1) {
      const suffix = `-${n}`;
      id = `${base.slice(0, MAX_LENGTH.id - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    used.add(id);
    return { relation, id, date };
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
