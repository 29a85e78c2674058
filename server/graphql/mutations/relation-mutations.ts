import { z } from 'zod';
import { cypherQuery } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { checkEvidenceIdentity } from '../../ingest/check-evidence-identity.ts';
import { evidenceSchema, relationSchema, SELF_RELATION_MESSAGE, slug } from '../../ingest/document-schema.ts';
import { MAX_LENGTH, tooLong } from '../../ingest/limits.ts';
import { readMergedActorRedirects } from '../../ingest/redirect-merged-actors.ts';
import { toEvidenceRow, toRelationRow } from '../../ingest/prepare-rows.ts';
import { claimOfRow, findStoredCorroborations } from '../../ingest/corroborate.ts';
import { refreshRelations } from '../../ingest/refresh-relations.ts';
import type { Context } from '../context.ts';
import { badUserInput, invalidInput, notFound, type InputProblem } from '../errors.ts';
import type { EvidenceRow, RelationRow } from '../loaders.ts';
import { checkReferences, type Reference } from './check-references.ts';
import { parseInput, slugOf } from './parse-input.ts';
import { readBack, rememberWritten } from './read-back.ts';

const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');
const mergeLinks = cypherQuery('ingest/merge-links');
const retractEvidenceQuery = cypherQuery('write/retract-evidence');
const lockRelation = cypherQuery('write/lock-relation');

const addRelationSchema = relationSchema.extend({ id: slug.optional() });
type EvidenceInput = z.infer<typeof evidenceSchema>;

/** Adds a relation with its evidence and links through the same Cypher the ingest uses. */
export async function addRelation(ctx: Context, input: unknown): Promise<RelationRow> {
  const parsed = parseInput(addRelationSchema, input, 'input');
  const id = parsed.id ?? slugOf(parsed.from, parsed.type, parsed.to, parsed.when?.date ?? parsed.when?.from ?? '');
  if (parsed.from === parsed.to) throw badUserInput('input.to', SELF_RELATION_MESSAGE);

  const written = await ctx.db.writeTransaction(async (tx) => {
    // A merged id lands on the kept actor, as it does in a file.
    const redirects = await readMergedActorRedirects(tx, actorIdsOfRelation(parsed));
    const relation = redirectRelation(parsed, redirects);
    const row = toRelationRow({ ...relation, id });
    // A report of a stored relation (same actors and type, a date within the type's window) adds
    // its evidence to that relation instead of making a second one.
    const [keptId = id] = (await findStoredCorroborations(tx, [claimOfRow(row, relation.type)])).values();
    const evidence = relation.evidence.map((item) => toEvidenceRow(keptId, item));
    const links = relation.links.map((link) => ({ fromId: keptId, toId: link.relation, kind: link.kind }));
    refuseRepeatedEvidence(
      evidence.map((item) => item.id),
      'input.evidence',
    );
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
    await refuseReusedEvidence(
      tx,
      evidence.map((item, i) => ({ field: `input.evidence[${i}].quote`, row: item })),
    );
    if (keptId === id) await tx.run(mergeRelations, { relations: [row] });
    await tx.run(mergeEvidence, { evidence });
    await tx.run(mergeLinks, { links });
    await refreshRelations(tx, [keptId]);
    return readBack(tx, 'relation', keptId);
  });
  return rememberWritten(ctx, 'relation', written);
}

export async function addEvidence(ctx: Context, relationId: string, input: unknown): Promise<EvidenceRow> {
  const item = parseInput(evidenceSchema.omit({ id: true }), input, 'input');
  const written = await ctx.db.writeTransaction(async (tx) => {
    const redirects = await readMergedActorRedirects(tx, item.attributedTo ? [item.attributedTo] : []);
    const row = toEvidenceRow(relationId, { ...item, attributedTo: redirectedId(item.attributedTo, redirects) });
    // Identical calls at once queue on the relation's lock, so the second sees the first's
    // evidence and is refused like a second call made later (the unique constraint on
    // Evidence.id alone would let every MERGE succeed).
    await tx.run(lockRelation, { id: relationId });
    await checkReferences(tx, [
      { field: 'relationId', kind: 'relation', id: relationId },
      ...evidenceReferences(item, 'input'),
    ]);
    const { stored } = await refuseReusedEvidence(tx, [{ field: 'input.quote', row }]);
    const existing = stored.get(row.id);
    if (existing) {
      throw badUserInput(
        'input.quote',
        existing.retracted
          ? `relation "${relationId}" already had this quote from source "${item.source}": evidence "${row.id}" was retracted on ${existing.retractedAt}${existing.retractionReason ? ` (${existing.retractionReason})` : ''} and stays retracted`
          : `relation "${relationId}" already has this quote from source "${item.source}" (evidence "${row.id}")`,
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
  .max(MAX_LENGTH.reason, tooLong(MAX_LENGTH.reason))
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

/** An evidence id reused for another relation, source or quote (see checkEvidenceIdentity). */
async function refuseReusedEvidence(
  tx: Transaction,
  items: readonly { field: string; row: ReturnType<typeof toEvidenceRow> }[],
) {
  const result = await checkEvidenceIdentity(
    tx,
    items.map(({ field, row }) => ({
      path: field,
      id: row.id,
      relationId: row.relationId,
      sourceId: row.sourceId,
      quote: row.quote,
    })),
  );
  if (result.problems.length > 0)
    throw invalidInput(result.problems.map((problem) => ({ field: problem.path, message: problem.message })));
  return result;
}

type AddRelationInput = z.infer<typeof addRelationSchema>;

function actorIdsOfRelation(relation: AddRelationInput): string[] {
  return [relation.from, relation.to, relation.location, ...relation.evidence.map((item) => item.attributedTo)].filter(
    (id): id is string => id !== undefined,
  );
}

function redirectedId<T extends string | undefined>(id: T, redirects: ReadonlyMap<string, string>): T {
  return (id === undefined ? id : (redirects.get(id) ?? id)) as T;
}

function redirectRelation(relation: AddRelationInput, redirects: ReadonlyMap<string, string>): AddRelationInput {
  if (redirects.size === 0) return relation;
  return {
    ...relation,
    from: redirectedId(relation.from, redirects),
    to: redirectedId(relation.to, redirects),
    location: redirectedId(relation.location, redirects),
    evidence: relation.evidence.map((item) => ({ ...item, attributedTo: redirectedId(item.attributedTo, redirects) })),
  };
}
