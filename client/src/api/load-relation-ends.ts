import { RelationEdgeDocument } from './generated/operations.ts';
import type { Request } from './graphql.ts';

/**
 * The actors at both ends of each relation, in the order of the relations; a relation the API
 * does not know (`relation` is null) adds nothing; a failure propagates. One request per relation, through the
 * explorer's cached request, so the view that draws them asks again for none of them.
 */
export async function loadRelationEnds(relationIds: readonly string[], request: Request): Promise<string[]> {
  const answers = await Promise.all([...new Set(relationIds)].map((id) => request(RelationEdgeDocument, { id })));
  const ends = answers.flatMap((answer) => (answer.relation ? [answer.relation.from.id, answer.relation.to.id] : []));
  return [...new Set(ends)];
}
