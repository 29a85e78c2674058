import { toCypherInt } from '../db/convert.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { loadRelationsWithEvidence, type AnalysisEvidence } from './analysis-relations.ts';
import { readWithin } from './budget.ts';
import { formatTable } from './format-table.ts';
import { FILTER_PARAMS } from './params.ts';

const evidenceQualityQuery = analysisQuery('evidence-quality');

export const EVIDENCE_FLAGS = ['SINGLE_SOURCE', 'DISPUTED', 'ANONYMOUS_ONLY', 'UNSUPPORTED'] as const;
export type EvidenceFlag = (typeof EVIDENCE_FLAGS)[number];

export interface EvidenceQualityRelation {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  confidence: number;
  status: string;
  flags: EvidenceFlag[];
  independentSources: number;
  originSourceIds: string[];
  evidence: AnalysisEvidence[];
}

export interface EvidenceQualityResult {
  relations: EvidenceQualityRelation[];
  /** `corroborated`: relations backed by two or more independent sources. */
  counts: { relations: number; singleSource: number; disputed: number; anonymousOnly: number; corroborated: number };
}

/**
 * Evidence quality: which relations rest on one independent source, which are disputed by a
 * source that denies them, which rest only on unnamed sources (the rules are in
 * cypher/analyses/evidence-quality.cypher). Weakest first: most flags, then lowest confidence.
 */
export const evidenceQuality = defineAnalysis<EvidenceQualityResult>({
  name: 'evidence-quality',
  question: 'Which claims rest on a single source, are disputed, or come only from anonymous sources?',
  reads: FILTER_PARAMS,

  async run(db, params, budget) {
    return readWithin(db, budget, async (tx) => {
      const [row] = await tx.run(evidenceQualityQuery, { ...params.filter, limit: toCypherInt(params.limit) });
      const shown = (row?.['flagged'] as Omit<EvidenceQualityRelation, 'evidence'>[]) ?? [];
      const byId = await loadRelationsWithEvidence(
        tx,
        shown.map((relation) => relation.id),
      );
      return {
        relations: shown.map((relation) => ({
          ...relation,
          originSourceIds: [...relation.originSourceIds].sort(),
          evidence: byId.get(relation.id)?.evidence ?? [],
        })),
        counts: {
          relations: Number(row?.['examined'] ?? 0),
          singleSource: Number(row?.['singleSource'] ?? 0),
          disputed: Number(row?.['disputed'] ?? 0),
          anonymousOnly: Number(row?.['anonymousOnly'] ?? 0),
          corroborated: Number(row?.['corroborated'] ?? 0),
        },
      };
    });
  },

  toTable(result) {
    const table = formatTable(
      ['relation', 'from', 'to', 'confidence', 'status', 'sources', 'flags'],
      result.relations.map((r) => [
        r.id,
        r.fromId,
        r.toId,
        r.confidence,
        r.status,
        r.independentSources,
        r.flags.join(' '),
      ]),
    );
    const c = result.counts;
    return `${table}\n${c.relations} relations examined: ${c.singleSource} single-source, ${c.corroborated} backed by two or more independent sources, ${c.disputed} disputed, ${c.anonymousOnly} anonymous-only`;
  },

  toOverlay(result) {
    const counts = new Map<string, number>();
    for (const relation of result.relations) {
      for (const actor of [relation.fromId, relation.toId]) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
    const c = result.counts;
    return {
      actors: [...counts].map(([actorId, count]) => ({
        actorId,
        value: count,
        group: 'weak-evidence',
        label: `${count} weakly sourced relation${count === 1 ? '' : 's'}`,
      })),
      relationIds: result.relations.map((relation) => relation.id),
      summary: `${result.relations.length} of ${c.relations} relations have weak evidence highlighted: ${c.singleSource} single-source, ${c.disputed} disputed, ${c.anonymousOnly} anonymous-only.`,
    };
  },
});
