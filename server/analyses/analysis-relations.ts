import type { Transaction } from '../db/database.ts';
import { analysisQuery } from './analysis-query.ts';

const relationsWithEvidence = analysisQuery('shared/relations-with-evidence');

/** A piece of evidence as analyses report it (the AnalysisEvidence type of the API). */
export interface AnalysisEvidence {
  id: string;
  relationId: string;
  quote: string;
  attribution: string;
  sourceId: string;
  citedSourceId: string | null;
  anonymous: boolean;
  stance: string;
  status: string;
  confidence: number;
  retracted: boolean;
}

/** A relation with its evidence, as analyses report it (the AnalysisRelation type of the API). */
export interface AnalysisRelation {
  id: string;
  type: string;
  polarity: string;
  sign: number;
  fromId: string;
  toId: string;
  confidence: number;
  status: string;
  /** First day of the period of the event or start, with how much of it is known. */
  validFrom: string | null;
  datePrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  evidence: AnalysisEvidence[];
}

/** Loads the given relations with their evidence in one query, keyed by id. */
export async function loadRelationsWithEvidence(
  tx: Transaction,
  ids: Iterable<string>,
): Promise<Map<string, AnalysisRelation>> {
  const relationIds = [...new Set(ids)];
  if (relationIds.length === 0) return new Map();
  const rows = await tx.run(relationsWithEvidence, { relationIds });
  return new Map(
    rows.map((row) => {
      const relation = row['relation'] as AnalysisRelation;
      return [relation.id, relation];
    }),
  );
}

/** The relations for `ids`, in that order, skipping any that vanished meanwhile. */
export function pickRelations(byId: ReadonlyMap<string, AnalysisRelation>, ids: readonly string[]): AnalysisRelation[] {
  return ids.flatMap((id) => {
    const relation = byId.get(id);
    return relation ? [relation] : [];
  });
}
