import type { EvidenceResolvers, SourceResolvers } from '../generated/resolvers-types.ts';
import type { SourceRecord } from '../../db/records.ts';
import { loadReferenced } from '../loaders.ts';

export const Evidence: EvidenceResolvers = {
  source: (evidence, _, ctx) => loadReferenced(ctx.loaders.source, evidence.sourceId, 'source'),
  citedSource: (evidence, _, ctx) => (evidence.citedSourceId ? ctx.loaders.source.load(evidence.citedSourceId) : null),
  attributedTo: (evidence, _, ctx) =>
    evidence.attributedToId ? ctx.loaders.actor.load(evidence.attributedToId) : null,
  relation: (evidence, _, ctx) => loadReferenced(ctx.loaders.relation, evidence.relationId, 'relation'),
  // The Admiralty code is stored as its two halves; a grading needs both.
  grading: ({ reliability, credibility }) =>
    reliability !== null && credibility !== null
      ? { reliability, credibility, code: `${reliability}${credibility}` }
      : null,
};

export const Source: SourceResolvers = {
  cites: async (source, _, ctx) =>
    (await ctx.loaders.source.loadMany(source.citesIds)).filter(
      (cited): cited is SourceRecord => cited !== null && !(cited instanceof Error),
    ),
};
