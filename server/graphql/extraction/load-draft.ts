import { z } from 'zod';
import { draftActorSchema, draftRelationSchema, type Draft } from '../../extraction/draft.ts';
import { draftToDocument, type DraftArticle } from '../../extraction/draft-to-document.ts';
import { InvalidInputError } from '../../ingest/errors.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../ingest/ingest-document.ts';
import { MAX_LENGTH, tooLong } from '../../ingest/limits.ts';
import { forgetCachedReads, type Context } from '../context.ts';
import { badUserInput, invalidInput } from '../errors.ts';
import type { ArticleInput, LoadDraftResult } from '../generated/resolvers-types.ts';
import { parseInputAsGiven, withoutNulls } from '../mutations/parse-input.ts';

/** A reviewed draft as the API takes it: the draft's shape, with mentions and unknown fields optional. */
const draftInputSchema = z.strictObject({
  actors: z.array(
    draftActorSchema.extend({
      country: draftActorSchema.shape.country.default(null),
      mentions: draftActorSchema.shape.mentions.default([]),
    }),
  ),
  relations: z.array(
    draftRelationSchema.extend({
      date: draftRelationSchema.shape.date.default(null),
      datePrecision: draftRelationSchema.shape.datePrecision.default(null),
    }),
  ),
});

/**
 * `loadDraft`: the reviewed draft becomes a knowledge document (draftToDocument) and is loaded by
 * the same code as `npm run ingest`, in one transaction, with the same validation; a problem is
 * reported at the field of the draft or the article the reviewer can change, and writes nothing.
 */
export async function loadDraft(ctx: Context, draftInput: unknown, article: ArticleInput): Promise<LoadDraftResult> {
  if (article.text && article.text.length > MAX_LENGTH.article)
    throw badUserInput('article.text', tooLong(MAX_LENGTH.article));
  // GraphQL input objects have no prototype and absent fields; the schema reads plain JSON.
  const draft: Draft = parseInputAsGiven(draftInputSchema, JSON.parse(JSON.stringify(draftInput)), 'draft');
  const articleFields = withoutNulls(article) as DraftArticle;
  try {
    const document = parseKnowledgeDocument(draftToDocument(draft, articleFields));
    const report = await ingestDocument(ctx.db, document);
    forgetCachedReads(ctx);
    return {
      sourceId: document.sources[0]!.id,
      actorIds: document.actors.map((actor) => actor.id),
      relationIds: [...new Set(report.relationIds)],
      sources: report.sources,
      actors: report.actors,
      relations: report.relations,
      evidence: report.evidence,
    };
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw invalidInput(
        error.problems.map((problem) => ({ field: draftFieldOf(problem.path), message: problem.message })),
      );
    throw error;
  }
}

/** The document's fields are made from these fields of the draft and the article. */
const ARTICLE_FIELD_OF_SOURCE: Record<string, string> = {
  id: 'sourceId',
  title: 'title',
  publisher: 'publisher',
  url: 'url',
  published: 'date',
};

/**
 * Names a problem of the generated document by the input field it came from: `sources[0].title`
 * is `article.title`, `relations[2].evidence[0].quote` is `draft.relations[2].quote`,
 * `relations[2].when.date` is `draft.relations[2].date`. Relations and actors keep the draft's order.
 */
export function draftFieldOf(documentPath: string): string {
  const source = /^sources\[\d+\]\.(\w+)/.exec(documentPath);
  if (source) return `article.${ARTICLE_FIELD_OF_SOURCE[source[1]!] ?? source[1]}`;
  const relation = /^relations\[(\d+)\](?:\.evidence\[\d+\]|\.when)?(?:\.(\w+))?/.exec(documentPath);
  if (relation) {
    const [, index, field] = relation;
    if (field === 'source') return 'article.sourceId';
    return `draft.relations[${index}]${field && field !== 'id' ? `.${field}` : ''}`;
  }
  return documentPath ? `draft.${documentPath}` : 'draft';
}
