import { z } from 'zod';
import { ACTOR_KINDS, EVIDENCE_STATUSES, POLARITIES, RELATION_TYPE_NAMES, STANCES } from '../domain/vocabulary.ts';
import type { RelationType } from '../domain/vocabulary.ts';
import { partialDate, slug } from '../ingest/document-schema.ts';

/**
 * A draft: what the extractor proposes from one article, for a person to review before it is
 * loaded. Its shape is a contract of the `extract` command and of the `extractDraft` query, so
 * scripts can rely on it: every field is always present (null where unknown).
 *
 * Offsets are UTF-16 code-unit offsets into the article's text as given (what JavaScript's
 * `String.prototype.slice(start, end)` takes), so `text.slice(start, end) === quote`.
 */

export const mentionSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const draftActorSchema = z.strictObject({
  /** The id of the actor in the graph when `existing`, otherwise a new slug proposed for it. */
  id: slug,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  /** ISO 3166-1 alpha-2, when the actor belongs to a country. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** Other names the article uses for it ("Washington", "IRGC"). */
  aliases: z.array(z.string()),
  /** True when the actor was resolved to one already in the graph. */
  existing: z.boolean(),
  mentions: z.array(mentionSchema),
});
export type DraftActor = z.infer<typeof draftActorSchema>;

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;

export const draftRelationSchema = z.strictObject({
  /** Draft actor ids. */
  from: slug,
  to: slug,
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  polarity: z.enum(POLARITIES),
  /** The verbatim sentence or clause that carries the claim: `text.slice(start, end)`. */
  quote: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Who asserts the claim according to the article ("Asian Lite", "intelligence sources", the publisher). */
  attribution: z.string().min(1),
  stance: z.enum(STANCES),
  status: z.enum(EVIDENCE_STATUSES),
  /** The date of the event or the start of the state of affairs, written to its precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: partialDate.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  confidence: z.number().min(0).max(1),
});
export type DraftRelation = z.infer<typeof draftRelationSchema>;

export const draftSchema = z.strictObject({
  actors: z.array(draftActorSchema),
  relations: z.array(draftRelationSchema),
});
export type Draft = z.infer<typeof draftSchema>;

/** What is known of the article besides its text (the `extract` options, `extractDraft` arguments). */
export interface ArticleMeta {
  /** Publication date (YYYY-MM-DD): relative dates ("last month") are resolved against it. */
  readonly date?: string | undefined;
  readonly publisher?: string | undefined;
  readonly title?: string | undefined;
}
