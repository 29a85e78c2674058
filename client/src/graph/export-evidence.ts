import type { ExportedSubgraph } from './export-subgraph.ts';

/** One piece of evidence as exported: what was said, by whom, where and when it was published. */
export interface ExportedEvidence {
  id: string;
  quote: string;
  attribution: string;
  anonymous: boolean;
  stance: string;
  status: string;
  confidence: number;
  retracted: boolean;
  sourceId: string;
}

export interface ExportedSource {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
  kind: string;
}

/** The evidence of one relation as the API gives it (RelationDetails), reduced to what is exported. */
export interface RelationEvidence {
  relationId: string;
  evidence: readonly (Omit<ExportedEvidence, 'sourceId'> & { source: ExportedSource })[];
}

export type SubgraphWithEvidence = Omit<ExportedSubgraph, 'relations'> & {
  relations: (ExportedSubgraph['relations'][number] & { evidence: ExportedEvidence[] })[];
  /** Every source cited by the evidence, once. */
  sources: ExportedSource[];
};

/** The exported subgraph with each relation's evidence and the sources behind them. */
export function attachEvidence(
  subgraph: ExportedSubgraph,
  evidence: readonly RelationEvidence[],
): SubgraphWithEvidence {
  const byRelation = new Map(evidence.map((entry) => [entry.relationId, entry.evidence]));
  const sources = new Map<string, ExportedSource>();
  const relations = subgraph.relations.map((relation) => ({
    ...relation,
    evidence: (byRelation.get(relation.id) ?? []).map(({ source, ...item }) => {
      sources.set(source.id, { ...source });
      return { ...item, sourceId: source.id };
    }),
  }));
  return {
    ...subgraph,
    relations,
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export const CSV_COLUMNS = [
  'relation_id',
  'from',
  'relation',
  'to',
  'polarity',
  'status',
  'confidence',
  'valid_from',
  'valid_to',
  'evidence_id',
  'stance',
  'evidence_status',
  'quote',
  'attribution',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
] as const;

/**
 * The visible subgraph as CSV for a spreadsheet: one row per piece of evidence (a relation with
 * none still gets a row), actors by name. RFC 4180 quoting; a cell that a spreadsheet would run
 * as a formula (=, +, @) is prefixed with an apostrophe, so opening a quote never runs it.
 */
export function toEvidenceCsv(subgraph: SubgraphWithEvidence): string {
  const names = new Map(subgraph.actors.map((actor) => [actor.id, actor.label]));
  const sources = new Map(subgraph.sources.map((source) => [source.id, source]));
  const rows: (string | number | null)[][] = [];
  for (const relation of subgraph.relations) {
    const common = [
      relation.id,
      names.get(relation.source) ?? relation.source,
      relation.label,
      names.get(relation.target) ?? relation.target,
      relation.polarity,
      relation.status,
      relation.confidence,
      relation.validFrom,
      relation.validTo,
    ];
    if (relation.evidence.length === 0) rows.push([...common, ...CSV_COLUMNS.slice(common.length).map(() => null)]);
    for (const item of relation.evidence) {
      const source = sources.get(item.sourceId);
      rows.push([
        ...common,
        item.id,
        item.stance,
        item.status,
        item.quote,
        item.attribution,
        item.sourceId,
        source?.title ?? null,
        source?.publisher ?? null,
        source?.published ?? null,
        source?.url ?? null,
      ]);
    }
  }
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
