import DataLoader from 'dataloader';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { deriveRelation, type EvidenceWeight, type RelationDerivation } from '../domain/confidence.ts';

const evidenceWeights = cypherQuery('ingest/evidence-weights');

/**
 * Per request: the evidence weights of each relation, read in one query for all the relations a
 * level of the result needs, exactly as the write path reads them to store status and confidence,
 * so the derivation the API explains is the one that produced the stored values.
 */
export function createEvidenceWeightsLoader(db: Database): DataLoader<string, EvidenceWeight[]> {
  return new DataLoader<string, EvidenceWeight[]>(async (relationIds) => {
    const rows = await db.read(evidenceWeights, { relationIds: [...relationIds] });
    const byRelation = new Map(rows.map((row) => [String(row['relationId']), row['evidence'] as EvidenceWeight[]]));
    return relationIds.map((id) => byRelation.get(id) ?? []);
  });
}

/** The relation's derivation, its steps naming each source by title. */
export async function assessmentOf(
  relationId: string,
  loaders: {
    evidenceWeights: DataLoader<string, EvidenceWeight[]>;
    source: DataLoader<string, { title: string } | null>;
  },
): Promise<RelationDerivation> {
  const weights = await loaders.evidenceWeights.load(relationId);
  const sourceIds = [...new Set(weights.flatMap((item) => (item.sourceId ? [item.sourceId] : [])))];
  const sources = await loaders.source.loadMany(sourceIds);
  const titles = new Map<string, string>();
  sourceIds.forEach((id, index) => {
    const source = sources[index];
    if (source && !(source instanceof Error)) titles.set(id, source.title);
  });
  return deriveRelation(weights, { nameOf: (id) => titles.get(id) ?? id });
}
