/**
 * What an export carries, one record per actor, relation, piece of evidence and source, with
 * every property the graph keeps about it (docs/data-model.md). Dates are ISO days, the first
 * day of their period, beside their precision; a value the graph does not have is null.
 */

export interface ExportActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly wikidata: string | null;
  readonly description: string | null;
}

export interface ExportLink {
  readonly kind: string;
  readonly relationId: string;
}

export interface ExportRelation {
  readonly id: string;
  readonly type: string;
  readonly fromId: string;
  readonly toId: string;
  readonly polarity: string | null;
  readonly sign: number | null;
  readonly intensity: number | null;
  readonly quad: string | null;
  readonly mode: string | null;
  readonly summary: string | null;
  readonly locationId: string | null;
  readonly validFrom: string | null;
  readonly datePrecision: string | null;
  readonly validTo: string | null;
  readonly validToPrecision: string | null;
  readonly isEvent: boolean;
  readonly dateAsWritten: string | null;
  readonly status: string | null;
  readonly confidence: number | null;
  readonly evidenceCount: number | null;
  readonly sourceIds: readonly string[];
  readonly links: readonly ExportLink[];
}

export interface ExportEvidence {
  readonly id: string;
  readonly relationId: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly attribution: string;
  readonly attributedToId: string | null;
  readonly citedSourceId: string | null;
  readonly anonymous: boolean | null;
  readonly stance: string | null;
  readonly status: string;
  readonly reliability: string | null;
  readonly credibility: number | null;
  readonly confidence: number;
  readonly note: string | null;
  readonly retracted: boolean;
  readonly retractedAt: string | null;
  readonly retractionReason: string | null;
}

export interface ExportSource {
  readonly id: string;
  readonly kind: string | null;
  readonly title: string;
  readonly publisher: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedPrecision: string | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly dateline: string | null;
  readonly description: string | null;
  readonly cites: readonly string[];
}

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toExportActor(row: Row): ExportActor {
  return {
    id: String(row['id']),
    name: String(row['name']),
    kind: String(row['kind']),
    country: text(row['country']),
    aliases: strings(row['aliases']),
    wikidata: text(row['wikidata']),
    description: text(row['description']),
  };
}

export function toExportRelation(row: Row): ExportRelation {
  return {
    id: String(row['id']),
    type: String(row['type']),
    fromId: String(row['fromId']),
    toId: String(row['toId']),
    polarity: text(row['polarity']),
    sign: number(row['sign']),
    intensity: number(row['intensity']),
    quad: text(row['quad']),
    mode: text(row['mode']),
    summary: text(row['summary']),
    locationId: text(row['locationId']),
    validFrom: text(row['validFrom']),
    datePrecision: text(row['datePrecision']),
    validTo: text(row['validTo']),
    validToPrecision: text(row['validToPrecision']),
    isEvent: row['isEvent'] === true,
    dateAsWritten: text(row['dateAsWritten']),
    status: text(row['status']),
    confidence: number(row['confidence']),
    evidenceCount: number(row['evidenceCount']),
    sourceIds: strings(row['sourceIds']),
    links: (Array.isArray(row['links']) ? (row['links'] as Row[]) : [])
      .map((link) => ({ kind: String(link['kind']), relationId: String(link['relationId']) }))
      .sort((a, b) => (a.kind + a.relationId).localeCompare(b.kind + b.relationId)),
  };
}

export function toExportEvidence(row: Row): ExportEvidence {
  return {
    id: String(row['id']),
    relationId: String(row['relationId']),
    sourceId: String(row['sourceId']),
    quote: String(row['quote']),
    attribution: String(row['attribution']),
    attributedToId: text(row['attributedToId']),
    citedSourceId: text(row['citedSourceId']),
    anonymous: bool(row['anonymous']),
    stance: text(row['stance']),
    status: String(row['status']),
    reliability: text(row['reliability']),
    credibility: number(row['credibility']),
    confidence: Number(row['confidence']),
    note: text(row['note']),
    retracted: row['retracted'] === true,
    retractedAt: text(row['retractedAt']),
    retractionReason: text(row['retractionReason']),
  };
}

export function toExportSource(row: Row): ExportSource {
  return {
    id: String(row['id']),
    kind: text(row['kind']),
    title: String(row['title']),
    publisher: String(row['publisher']),
    url: text(row['url']),
    published: text(row['published']),
    publishedPrecision: text(row['publishedPrecision']),
    author: text(row['author']),
    language: text(row['language']),
    dateline: text(row['dateline']),
    description: text(row['description']),
    cites: strings(row['cites']).sort(),
  };
}
