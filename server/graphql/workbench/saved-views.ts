import { z } from 'zod';
import { cypherQuery } from '../../db/cypher-files.ts';
import { parseRows, recordQuery } from '../../db/record-query.ts';
import { slugOf } from '../../domain/slug.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { savedViewRow, toSavedView, type SavedViewRecord } from './annotation-records.ts';
import { optionalText, requiredText } from './text-field.ts';
import { AUTHOR_MAX } from './annotations.ts';

const NAME_MAX = 100;
const STATE_MAX = 8000;
const LAYOUT_MAX = 500_000;

const saveViewQuery = recordQuery('workbench/save-view', z.object({ view: savedViewRow }));
const savedViewsQuery = recordQuery('workbench/saved-views', z.object({ view: savedViewRow }));
const deleteViewQuery = cypherQuery('workbench/delete-view');

export interface SaveViewInput {
  readonly name: string;
  readonly state: string;
  readonly layout?: unknown;
  readonly author?: string | null;
}

/**
 * Saves a view under its name. The name's slug is its id, so saving under the same name again
 * replaces the view (a retry changes nothing); names that differ only in case or punctuation are
 * one view.
 */
export async function saveView(ctx: Context, input: SaveViewInput): Promise<SavedViewRecord> {
  const name = requiredText(input.name, 'input.name', NAME_MAX);
  const id = slugOf(name);
  if (id === '') throw badUserInput('input.name', 'needs at least one Latin letter or digit, which make the view’s id');
  const state = input.state.trim().replace(/^\?/, '');
  if (state.length > STATE_MAX) throw badUserInput('input.state', `must be at most ${STATE_MAX} characters`);
  const layout = input.layout === null || input.layout === undefined ? null : checkLayout(input.layout);
  const author = optionalText(input.author, 'input.author', AUTHOR_MAX);
  const [row] = await ctx.db.writeTransaction(async (tx) =>
    parseRows(
      saveViewQuery,
      await tx.run(saveViewQuery, { id, name, state, layout, author, savedAt: new Date().toISOString() }),
    ),
  );
  if (!row) throw new Error(`actorgraph: saved view ${id} was not written`);
  return toSavedView(row.view);
}

export async function listSavedViews(ctx: Context): Promise<SavedViewRecord[]> {
  return parseRows(savedViewsQuery, await ctx.db.read(savedViewsQuery)).map((row) => toSavedView(row.view));
}

/** Deletes a saved view; true when there was one. Deleting it twice is safe. */
export async function deleteView(ctx: Context, id: string): Promise<boolean> {
  const rows = await ctx.db.writeTransaction((tx) => tx.run(deleteViewQuery, { id }));
  return rows[0]?.['existed'] === true;
}

const point = z.object({ x: z.number().finite(), y: z.number().finite() });
const layoutShape = z.object({
  zoom: z.number().finite().positive().optional(),
  pan: point.optional(),
  positions: z.record(z.string(), point).optional(),
});

/** The layout as JSON text, after checking its shape and size: it is stored as one property. */
function checkLayout(layout: unknown): string {
  const parsed = layoutShape.strict().safeParse(layout);
  if (!parsed.success)
    throw badUserInput('input.layout', 'must be {zoom, pan: {x, y}, positions: {id: {x, y}}} with finite numbers');
  const text = JSON.stringify(parsed.data);
  if (text.length > LAYOUT_MAX) throw badUserInput('input.layout', `must be at most ${LAYOUT_MAX} characters as JSON`);
  return text;
}
