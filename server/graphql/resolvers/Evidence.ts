import type { Context } from '../context.ts';
import type { EvidenceRow, SourceRow } from '../loaders.ts';

export const Evidence = {
  source: (evidence: EvidenceRow, _: unknown, ctx: Context) => ctx.loaders.source.load(evidence.sourceId),
  citedSource: (evidence: EvidenceRow, _: unknown, ctx: Context) =>
    evidence['citedSourceId'] ? ctx.loaders.source.load(String(evidence['citedSourceId'])) : null,
  attributedTo: (evidence: EvidenceRow, _: unknown, ctx: Context) =>
    evidence['attributedToId'] ? ctx.loaders.actor.load(String(evidence['attributedToId'])) : null,
  relation: (evidence: EvidenceRow, _: unknown, ctx: Context) => ctx.loaders.relation.load(evidence.relationId),
  anonymous: (evidence: EvidenceRow) => evidence['anonymous'] === true,
  retracted: (evidence: EvidenceRow) => evidence['retracted'] === true,
  grading: (evidence: EvidenceRow) =>
    evidence['reliability'] && evidence['credibility']
      ? {
          reliability: evidence['reliability'],
          credibility: evidence['credibility'],
          code: `${String(evidence['reliability'])}${String(evidence['credibility'])}`,
        }
      : null,
};

export const Source = {
  cites: async (source: SourceRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.source.loadMany(source.citesIds ?? [])).filter((item) => item && !(item instanceof Error)),
  evidenceCount: (source: SourceRow) => Number(source['evidenceCount'] ?? 0),
};
