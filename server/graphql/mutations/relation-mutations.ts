import { z } from 'zod';
import { cypherQuery } from '../../db/cypher-files.ts';
import { evidenceSchema, relationSchema, slug } from '../../ingest/document-schema.ts';
import { toEvidenceRow, toRelationRow } from '../../ingest/prepare-rows.ts';
import { refreshRelations } from '../../ingest/refresh-relations.ts';
import type { Context } from '../context.ts';
import { badUserInput, invalidInput, notFound, type InputProblem } from '../errors.ts';
import { BY_ID, type EvidenceRow, type RelationRow } from '../loaders.ts';
import { checkReferences, type Reference } from './check-references.ts';
import { parseInput, slugOf } from './parse-input.ts';
import { readBack, rememberWritten } from './read-back.ts';

const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');
const mergeLinks = cypherQuery('ingest/merge-links');
const retractEvidenceQuery = cypherQuery('write/retract-evidence');

const addRelationSchema = relationSchema.extend({ id: slug.optional() });
type EvidenceInput = z.infer<typeof evidenceSchema>;

/** Adds a relation with its evidence and links through the same Cypher the ingest uses. */
export async function addRelation(ctx: Context, input: unknown): Promise<RelationRow> {
  const relation = parseInput(addRelationSchema, input, 'input');
  const id =
    relation.id ?? slugOf(relation.from, relation.type, relation.to, relation.when?.date ?? relation.when?.from ?? '');
  if (relation.from === relation.to) throw badUserInput('input.to', 'must differ from input.from');
  const row = toRelationRow({ ...relation, id });
  const evidence = relation.evidence.map((item) => toEvidenceRow(id, item));
  refuseRepeatedEvidence(
    evidence.map((item) => item.id),
    'input.evidence',
  );
  const links = relation.links.map((link) => ({ fromId: id, toId: link.relation, kind: link.kind }));

  const written = await ctx.db.writeTransaction(async (tx) => {
    await checkReferences(tx, [
      {
        field: 'input.id',
        kind: 'relation',
        id,
        mustBeNew: 'add evidence to it with addEvidence, or choose another id',
      },
      { field: 'input.from', kind: 'actor', id: relation.from },
      { field: 'input.to', kind: 'actor', id: relation.to },
      { field: 'input.location', kind: 'actor', id: relation.location },
      ...relation.evidence.flatMap((item, i) => evidenceReferences(item, `input.evidence[${i}]`)),
      ...relation.links.map((link, i) => ({
        field: `input.links[${i}].relation`,
        kind: 'relation' as const,
        id: link.relation,
      })),
    ]);
    await tx.run(mergeRelations, { relations: [row] });
    await tx.run(mergeEvidence, { evidence });
    await tx.run(mergeLinks, { links });
    await refreshRelations(tx, [id]);
    return readBack(tx, 'relation', id);
  });
  return rememberWritten(ctx, 'relation', written);
}

export async function addEvidence(ctx: Context, relationId: string, input: unknown): Promise<EvidenceRow> {
  const item = parseInput(evidenceSchema.omit({ id: true }), input, 'input');
  const row = toEvidenceRow(relationId, item);
  const written = await ctx.db.writeTransaction(async (tx) => {
    await checkReferences(tx, [
      { field: 'relationId', kind: 'relation', id: relationId },
      ...evidenceReferences(item, 'input'),
    ]);
    const [existing] = await tx.run(BY_ID.evidence, { ids: [row.id] });
    if (existing) {
      throw badUserInput(
        'input.quote',
        `relation "${relationId}" already has this quote from source "${item.source}" (evidence "${row.id}")`,
      );
    }
    await tx.run(mergeEvidence, { evidence: [row] });
    await refreshRelations(tx, [relationId]);
    return readBack(tx, 'evidence', row.id);
  });
  return rememberWritten(ctx, 'evidence', written);
}

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters')
  .optional();

export async function retractEvidence(ctx: Context, id: string, reason: unknown): Promise<EvidenceRow> {
  const why = parseInput(reasonSchema, reason ?? undefined, 'reason') ?? null;
  const written = await ctx.db.writeTransaction(async (tx) => {
    const [retracted] = await tx.run(retractEvidenceQuery, { id, reason: why });
    if (!retracted) throw notFound('EVIDENCE_NOT_FOUND', `id: no evidence with id "${id}"`, 'id');
    await refreshRelations(tx, [String(retracted['relationId'])]);
    return readBack(tx, 'evidence', id);
  });
  return rememberWritten(ctx, 'evidence', written);
}

function evidenceReferences(item: EvidenceInput, path: string): Reference[] {
  return [
    { field: `${path}.source`, kind: 'source', id: item.source },
    { field: `${path}.citedSource`, kind: 'source', id: item.citedSource },
    { field: `${path}.attributedTo`, kind: 'actor', id: item.attributedTo },
  ];
}

/** The same quote from the same source twice would be one piece of evidence, silently. */
function refuseRepeatedEvidence(ids: readonly string[], path: string): void {
  const problems: InputProblem[] = [];
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (first !== i)
      problems.push({
        field: `${path}[${i}]`,
        message: `repeats ${path}[${first}] (the same quote from the same source)`,
      });
  });
  if (problems.length > 0) throw invalidInput(problems);
}
