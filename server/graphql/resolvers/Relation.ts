import type { Context } from '../context.ts';
import type { EvidenceRow, RelationRow } from '../loaders.ts';

export const Relation = {
  from: (relation: RelationRow, _: unknown, ctx: Context) => ctx.loaders.actor.load(relation.fromId),
  to: (relation: RelationRow, _: unknown, ctx: Context) => ctx.loaders.actor.load(relation.toId),
  location: (relation: RelationRow, _: unknown, ctx: Context) =>
    relation.locationId ? ctx.loaders.actor.load(relation.locationId) : null,
  evidence: (relation: RelationRow, _: unknown, ctx: Context): Promise<EvidenceRow[]> =>
    ctx.loaders.evidenceOfRelation.load(relation.id),
  isEvent: (relation: RelationRow) => relation['isEvent'] === true,
  evidenceCount: (relation: RelationRow) => Number(relation['evidenceCount'] ?? 0),
  async linkedRelations(relation: RelationRow, _: unknown, ctx: Context) {
    const links = await ctx.loaders.linksOfRelation.load(relation.id);
    return links.map((link) => ({ kind: link.kind, direction: link.direction, otherId: link.otherId }));
  },
};

export const RelationLink = {
  relation: (link: { otherId: string }, _: unknown, ctx: Context) => ctx.loaders.relation.load(link.otherId),
};
