import { assessRelation, type EvidenceWeight } from '../domain/confidence.ts';
import { countIndependentSources, type StorySource } from '../domain/corroboration.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';

const evidenceWeights = cypherQuery('ingest/evidence-weights');
const syncRelatesEdges = cypherQuery('ingest/sync-relates-edges');

/**
 * Re-derives status, confidence and the number of independent sources (copies of one story
 * counted once) of the given relations from their evidence and brings their
 * RELATES edges in step. Every write that touches a relation or its evidence calls this inside its
 * own transaction, so the fast traversal edge never disagrees with the provenance it summarises.
 */
export async function refreshRelations(tx: Transaction, relationIds: readonly string[]): Promise<void> {
  if (relationIds.length === 0) return;
  const rows = await tx.run(evidenceWeights, { relationIds: [...new Set(relationIds)] });
  const assessments = rows.map((row) => {
    const assessment = assessRelation(row['evidence'] as EvidenceWeight[]);
    return {
      relationId: row['relationId'],
      status: assessment.status,
      confidence: assessment.confidence,
      evidenceCount: assessment.evidenceCount,
      sourceIds: [...(row['sourceIds'] as string[])].sort(),
      independentSources: countIndependentSources(row['stories'] as StorySource[]),
    };
  });
  await tx.run(syncRelatesEdges, { assessments });
}
