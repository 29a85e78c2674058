import type { RelationEvidence } from '../graph/export-evidence.ts';
import { RelationDetailsDocument } from './generated/operations.ts';
import type { Request } from './graphql.ts';

/** Requests in flight at once: enough to be quick, few enough not to queue up the server. */
const AT_ONCE = 6;

/**
 * The evidence and sources of each relation, for an export: the same query as the details
 * panel (so what the panel showed is already cached), a few at a time. A relation the API no
 * longer knows exports with no evidence; a failure propagates, so no export is silently short.
 */
export async function loadEvidence(relationIds: readonly string[], request: Request): Promise<RelationEvidence[]> {
  const ids = [...new Set(relationIds)];
  const results: RelationEvidence[] = [];
  for (let start = 0; start < ids.length; start += AT_ONCE) {
    const answers = await Promise.all(
      ids.slice(start, start + AT_ONCE).map((id) => request(RelationDetailsDocument, { id })),
    );
    answers.forEach((answer, index) =>
      results.push({
        relationId: ids[start + index]!,
        evidence: (answer.relation?.evidence ?? []).map((item) => ({
          id: item.id,
          quote: item.quote,
          attribution: item.attribution,
          anonymous: item.anonymous,
          stance: item.stance,
          status: item.status,
          confidence: item.confidence,
          retracted: item.retracted,
          source: {
            id: item.source.id,
            title: item.source.title,
            publisher: item.source.publisher,
            published: item.source.published,
            url: item.source.url,
            kind: item.source.kind,
          },
        })),
      }),
    );
  }
  return results;
}
