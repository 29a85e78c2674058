import type { z } from 'zod';
import { formatPartialDate } from '../../domain/dates.ts';
import type { DatePrecision } from '../../domain/vocabulary.ts';
import {
  actorSchema,
  evidenceSchema,
  linkSchema,
  relationSchema,
  slug,
  sourceSchema,
  type ActorInput,
  type EvidenceInput,
  type RelationInput,
  type SourceInput,
} from '../../ingest/document-schema.ts';
import type { CsvRow } from './read-csv-file.ts';

/**
 * Turns the rows of an exported CSV folder back into the inputs of a knowledge file and checks
 * them with the same schemas (server/ingest/document-schema.ts), so a row loads only if the same
 * facts written in a knowledge file would. Each function returns the input or the problems.
 */
export type RowResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export type RelationRowInput = Omit<RelationInput, 'evidence'>;

export interface EvidenceRowInput {
  readonly relationId: string;
  readonly evidence: EvidenceInput;
  readonly retraction: { readonly retractedAt: string | null; readonly reason: string | null } | null;
}

const relationWithoutEvidence = relationSchema.omit({ evidence: true });

/** An empty cell is a value the graph does not have. */
function optional(cells: CsvRow['cells'], column: string): string | undefined {
  const value = cells[column];
  return value === undefined || value === '' ? undefined : value;
}

function list(cells: CsvRow['cells'], column: string, problems: string[]): string[] {
  const text = optional(cells, column);
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // reported below
  }
  problems.push(`${column}: must be a JSON list of texts such as ["a","b"], got ${JSON.stringify(text)}`);
  return [];
}

function boolean(cells: CsvRow['cells'], column: string, problems: string[]): boolean | undefined {
  const text = optional(cells, column);
  if (text === undefined) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  problems.push(`${column}: must be true or false, got ${JSON.stringify(text)}`);
  return undefined;
}

/** Numbers are checked by the schema: text that is not one becomes NaN, which it refuses. */
function numeric(cells: CsvRow['cells'], column: string): number | undefined {
  const text = optional(cells, column);
  return text === undefined ? undefined : Number(text);
}

/** A stored first day with its precision, back to the partial date a file would write. */
function partialDate(cells: CsvRow['cells'], dateColumn: string, precisionColumn: string): string | undefined {
  const date = optional(cells, dateColumn);
  if (date === undefined) return undefined;
  const precision = optional(cells, precisionColumn) as DatePrecision | undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return formatPartialDate(date, precision ?? 'DAY');
}

function check<T>(schema: z.ZodType<T>, input: unknown, problems: string[]): RowResult<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || 'row'}: ${issue.message}`);
  }
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}

export function readActorRow({ cells }: CsvRow): RowResult<ActorInput> {
  const problems: string[] = [];
  const input = {
    id: cells['id'],
    name: cells['name'],
    kind: cells['kind'],
    aliases: list(cells, 'aliases', problems),
    country: optional(cells, 'country'),
    description: optional(cells, 'description'),
    wikidata: optional(cells, 'wikidata'),
  };
  return check(actorSchema, input, problems);
}

export function readSourceRow({ cells }: CsvRow): RowResult<SourceInput> {
  const problems: string[] = [];
  const input = {
    id: cells['id'],
    kind: optional(cells, 'kind'),
    title: cells['title'],
    publisher: cells['publisher'],
    url: optional(cells, 'url'),
    published: partialDate(cells, 'published', 'publishedPrecision'),
    author: optional(cells, 'author'),
    language: optional(cells, 'language'),
    dateline: optional(cells, 'dateline'),
    description: optional(cells, 'description'),
    cites: list(cells, 'cites', problems),
  };
  return check(sourceSchema, input, problems);
}

export function readRelationRow({ cells }: CsvRow): RowResult<RelationRowInput> {
  const problems: string[] = [];
  const isEvent = boolean(cells, 'isEvent', problems) ?? false;
  const start = partialDate(cells, 'validFrom', 'datePrecision');
  const end = partialDate(cells, 'validTo', 'validToPrecision');
  const asWritten = optional(cells, 'dateAsWritten');
  const when =
    isEvent && start !== undefined
      ? { date: start, asWritten }
      : start !== undefined || end !== undefined || asWritten !== undefined
        ? { from: start, to: end, asWritten }
        : undefined;
  const links = list(cells, 'links', problems).map((text) => {
    const colon = text.indexOf(':');
    return { kind: text.slice(0, colon), relation: text.slice(colon + 1) };
  });
  const input = {
    id: cells['id'],
    type: cells['type'],
    from: cells['from'],
    to: cells['to'],
    polarity: optional(cells, 'polarity'),
    intensity: numeric(cells, 'intensity'),
    mode: optional(cells, 'mode'),
    summary: optional(cells, 'summary'),
    location: optional(cells, 'location'),
    when: when && Object.fromEntries(Object.entries(when).filter(([, value]) => value !== undefined)),
    links,
  };
  for (const link of links) {
    if (!linkSchema.safeParse(link).success)
      problems.push(`links: "${link.kind}:${link.relation}" is not KIND:relation-id`);
  }
  if (input.from !== undefined && input.from === input.to) problems.push('to: must differ from from');
  return check(relationWithoutEvidence, input, problems);
}

export function readEvidenceRow({ cells }: CsvRow): RowResult<EvidenceRowInput> {
  const problems: string[] = [];
  const reliability = optional(cells, 'reliability');
  const credibility = numeric(cells, 'credibility');
  const evidence = check(
    evidenceSchema,
    {
      id: optional(cells, 'id'),
      source: cells['source'],
      quote: cells['quote'],
      attribution: cells['attribution'],
      attributedTo: optional(cells, 'attributedTo'),
      citedSource: optional(cells, 'citedSource'),
      anonymous: boolean(cells, 'anonymous', problems),
      stance: optional(cells, 'stance'),
      status: cells['status'],
      grading: reliability === undefined && credibility === undefined ? undefined : { reliability, credibility },
      confidence: numeric(cells, 'confidence'),
      note: optional(cells, 'note'),
    },
    problems,
  );
  const relationId = slug.safeParse(cells['relation']);
  if (!relationId.success) problems.push(`relation: ${relationId.error.issues[0]?.message ?? 'must be a relation id'}`);
  const retracted = boolean(cells, 'retracted', problems) ?? false;
  const retractedAt = optional(cells, 'retractedAt') ?? null;
  if (retractedAt !== null && Number.isNaN(Date.parse(retractedAt))) {
    problems.push(`retractedAt: must be a date and time, got ${JSON.stringify(retractedAt)}`);
  }
  if (!evidence.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      relationId: relationId.data!,
      evidence: evidence.value,
      retraction: retracted ? { retractedAt, reason: optional(cells, 'retractionReason') ?? null } : null,
    },
  };
}
