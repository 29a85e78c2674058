import { loadReferenced } from '../loaders.ts';
import type { RelationLinkResolvers, RelationResolvers } from '../generated/resolvers-types.ts';

export const Relation: RelationResolvers = {
  from: (relation, _, ctx) => loadReferenced(ctx.loaders.actor, relation.fromId, 'actor'),
  to: (relation, _, ctx) => loadReferenced(ctx.loaders.actor, relation.toId, 'actor'),
  location: (relation, _, ctx) => (relation.locationId ? ctx.loaders.actor.load(relation.locationId) : null),
  evidence: (relation, _, ctx) => ctx.loaders.evidenceOfRelation.load(relation.id),
  linkedRelations: (relation, _, ctx) => ctx.loaders.linksOfRelation.load(relation.id),
};

export const RelationLink: RelationLinkResolvers = {
  relation: (link, _, ctx) => loadReferenced(ctx.loaders.relation, link.otherId, 'relation'),
};
