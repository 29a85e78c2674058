import { loadReferenced } from '../loaders.ts';
import { assessmentOf } from '../relation-assessment.ts';
import type {
  AssessmentStepResolvers,
  RelationLinkResolvers,
  RelationResolvers,
} from '../generated/resolvers-types.ts';

export const Relation: RelationResolvers = {
  from: (relation, _, ctx) => loadReferenced(ctx.loaders.actor, relation.fromId, 'actor'),
  to: (relation, _, ctx) => loadReferenced(ctx.loaders.actor, relation.toId, 'actor'),
  location: (relation, _, ctx) => (relation.locationId ? ctx.loaders.actor.load(relation.locationId) : null),
  evidence: (relation, _, ctx) => ctx.loaders.evidenceOfRelation.load(relation.id),
  linkedRelations: (relation, _, ctx) => ctx.loaders.linksOfRelation.load(relation.id),
  assessment: (relation, _, ctx) => assessmentOf(relation.id, ctx.loaders),
  singleSource: async (relation, _, ctx) => (await assessmentOf(relation.id, ctx.loaders)).singleSource,
  anonymousOnly: async (relation, _, ctx) => (await assessmentOf(relation.id, ctx.loaders)).anonymousOnly,
};

export const AssessmentStep: AssessmentStepResolvers = {
  source: (step, _, ctx) => (step.sourceId ? ctx.loaders.source.load(step.sourceId) : null),
};

export const RelationLink: RelationLinkResolvers = {
  relation: (link, _, ctx) => loadReferenced(ctx.loaders.relation, link.otherId, 'relation'),
};
