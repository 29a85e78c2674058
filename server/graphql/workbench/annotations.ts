import { randomUUID } from 'node:crypto';
import { cypherQuery } from '../../db/cypher-files.ts';
import { parseRows, recordQuery } from '../../db/record-query.ts';
import type { Transaction } from '../../db/database.ts';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { ANNOTATION_TARGET_KINDS, annotationRecord, type AnnotationRecord } from './annotation-records.ts';
import { requiredText, slugId } from './text-field.ts';

export const ANNOTATION_TEXT_MAX = 2000;
export const AUTHOR_MAX = 100;

const annotationTarget = cypherQuery('workbench/annotation-target');
const addAnnotationQuery = cypherQuery('workbench/add-annotation');
const removeAnnotationQuery = cypherQuery('workbench/remove-annotation');
const annotationsById = recordQuery('workbench/annotations-by-id', z.object({ annotation: annotationRecord }));
const annotationsQuery = recordQuery('workbench/annotations', z.object({ annotation: annotationRecord }));

export interface AddAnnotationInput {
  readonly id?: string | null;
  readonly targetId: string;
  readonly text: string;
  readonly author: string;
}

/**
 * Adds a note to an actor or relation in one transaction. Every check runs before the write, so
 * bad input writes nothing. With an id, a retry of the same request returns the note it made; an
 * id already used for another note is refused rather than overwritten.
 */
export async function addAnnotation(ctx: Context, input: AddAnnotationInput): Promise<AnnotationRecord> {
  const text = requiredText(input.text, 'input.text', ANNOTATION_TEXT_MAX);
  const author = requiredText(input.author, 'input.author', AUTHOR_MAX);
  const id = input.id ? slugId(input.id, 'input.id') : `note-${randomUUID()}`;
  return ctx.db.writeTransaction(async (tx) => {
    const [existing] = await readById(tx, id);
    if (existing) {
      if (existing.targetId === input.targetId && existing.text === text && existing.author === author) return existing;
      throw badUserInput('input.id', `the annotation ${id} already exists with another target, text or author`);
    }
    const [target] = await tx.run(annotationTarget, { targetId: input.targetId });
    const targetKind = ANNOTATION_TARGET_KINDS.find((kind) => kind === target?.['kind']);
    if (!targetKind) throw badUserInput('input.targetId', `no actor or relation has the id “${input.targetId}”`);
    await tx.run(addAnnotationQuery, {
      id,
      targetId: input.targetId,
      targetKind,
      text,
      author,
      createdAt: new Date().toISOString(),
    });
    const [written] = await readById(tx, id);
    if (!written) throw new Error(`actorgraph: annotation ${id} was not written`);
    return written;
  });
}

/** Deletes a note; true when there was one. Removing it twice is safe. */
export async function removeAnnotation(ctx: Context, id: string): Promise<boolean> {
  const rows = await ctx.db.writeTransaction((tx) => tx.run(removeAnnotationQuery, { id }));
  return rows[0]?.['existed'] === true;
}

export async function listAnnotations(ctx: Context, targetId: string | null | undefined): Promise<AnnotationRecord[]> {
  const rows = parseRows(annotationsQuery, await ctx.db.read(annotationsQuery, { targetId: targetId ?? null }));
  return rows.map((row) => row.annotation);
}

async function readById(tx: Transaction, id: string): Promise<AnnotationRecord[]> {
  return parseRows(annotationsById, await tx.run(annotationsById, { ids: [id] })).map((row) => row.annotation);
}
