import { z } from 'zod';

/** What an annotation may be about: the SDL enum AnnotationTargetKind mirrors it. */
export const ANNOTATION_TARGET_KINDS = ['ACTOR', 'RELATION'] as const;

/** `cypher/queries/workbench/annotations.cypher`: an annotation as the API returns it. */
export const annotationRecord = z.object({
  id: z.string(),
  targetId: z.string(),
  targetKind: z.enum(ANNOTATION_TARGET_KINDS),
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type AnnotationRecord = z.output<typeof annotationRecord>;

/** `cypher/queries/workbench/saved-views.cypher`: the layout is kept as JSON text and parsed on the way out. */
export const savedViewRow = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  layout: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  savedAt: z.string(),
});
export type SavedViewRow = z.output<typeof savedViewRow>;

export interface SavedViewRecord extends Omit<SavedViewRow, 'layout'> {
  readonly layout: unknown;
}

export function toSavedView(row: SavedViewRow): SavedViewRecord {
  return { ...row, layout: row.layout === null ? null : (JSON.parse(row.layout) as unknown) };
}
