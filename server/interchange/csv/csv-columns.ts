import type { ExportActor, ExportEvidence, ExportRelation, ExportSource } from '../export/export-records.ts';

/**
 * The columns of the four CSV files of an export, in order. The same list writes the files and
 * reads them back (import-csv.ts), so the two cannot drift apart. A cell is empty for a value the
 * graph does not have; lists are JSON arrays (`["Washington","US"]`), so any text survives;
 * booleans are `true`/`false`; dates are the first day of their period beside their precision.
 */
type Cell = string | number | boolean | null | readonly string[];

export interface CsvColumn<T> {
  readonly name: string;
  readonly value: (record: T) => Cell;
}

export const CSV_FILES = {
  actors: 'actors.csv',
  relations: 'relations.csv',
  evidence: 'evidence.csv',
  sources: 'sources.csv',
} as const;

export type CsvFileKind = keyof typeof CSV_FILES;

export const ACTOR_COLUMNS: readonly CsvColumn<ExportActor>[] = [
  { name: 'id', value: (a) => a.id },
  { name: 'name', value: (a) => a.name },
  { name: 'kind', value: (a) => a.kind },
  { name: 'country', value: (a) => a.country },
  { name: 'aliases', value: (a) => a.aliases },
  { name: 'wikidata', value: (a) => a.wikidata },
  { name: 'description', value: (a) => a.description },
];

export const RELATION_COLUMNS: readonly CsvColumn<ExportRelation>[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'type', value: (r) => r.type },
  { name: 'from', value: (r) => r.fromId },
  { name: 'to', value: (r) => r.toId },
  { name: 'polarity', value: (r) => r.polarity },
  { name: 'sign', value: (r) => r.sign },
  { name: 'intensity', value: (r) => r.intensity },
  { name: 'quad', value: (r) => r.quad },
  { name: 'mode', value: (r) => r.mode },
  { name: 'summary', value: (r) => r.summary },
  { name: 'location', value: (r) => r.locationId },
  { name: 'validFrom', value: (r) => r.validFrom },
  { name: 'datePrecision', value: (r) => r.datePrecision },
  { name: 'validTo', value: (r) => r.validTo },
  { name: 'validToPrecision', value: (r) => r.validToPrecision },
  { name: 'isEvent', value: (r) => r.isEvent },
  { name: 'dateAsWritten', value: (r) => r.dateAsWritten },
  { name: 'status', value: (r) => r.status },
  { name: 'confidence', value: (r) => r.confidence },
  { name: 'evidenceCount', value: (r) => r.evidenceCount },
  { name: 'sourceIds', value: (r) => r.sourceIds },
  { name: 'links', value: (r) => r.links.map((link) => `${link.kind}:${link.relationId}`) },
];

export const EVIDENCE_COLUMNS: readonly CsvColumn<ExportEvidence>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'relation', value: (e) => e.relationId },
  { name: 'source', value: (e) => e.sourceId },
  { name: 'quote', value: (e) => e.quote },
  { name: 'attribution', value: (e) => e.attribution },
  { name: 'attributedTo', value: (e) => e.attributedToId },
  { name: 'citedSource', value: (e) => e.citedSourceId },
  { name: 'anonymous', value: (e) => e.anonymous },
  { name: 'stance', value: (e) => e.stance },
  { name: 'status', value: (e) => e.status },
  { name: 'reliability', value: (e) => e.reliability },
  { name: 'credibility', value: (e) => e.credibility },
  { name: 'confidence', value: (e) => e.confidence },
  { name: 'note', value: (e) => e.note },
  { name: 'retracted', value: (e) => e.retracted },
  { name: 'retractedAt', value: (e) => e.retractedAt },
  { name: 'retractionReason', value: (e) => e.retractionReason },
];

export const SOURCE_COLUMNS: readonly CsvColumn<ExportSource>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'kind', value: (s) => s.kind },
  { name: 'title', value: (s) => s.title },
  { name: 'publisher', value: (s) => s.publisher },
  { name: 'url', value: (s) => s.url },
  { name: 'published', value: (s) => s.published },
  { name: 'publishedPrecision', value: (s) => s.publishedPrecision },
  { name: 'author', value: (s) => s.author },
  { name: 'language', value: (s) => s.language },
  { name: 'dateline', value: (s) => s.dateline },
  { name: 'description', value: (s) => s.description },
  { name: 'cites', value: (s) => s.cites },
];

/** A cell's text: empty for no value and for an empty list. */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : JSON.stringify(value);
  return String(value);
}
