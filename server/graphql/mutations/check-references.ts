import { cypherQuery } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { invalidInput, type ErrorCode, type InputProblem } from '../errors.ts';

const existingIds = cypherQuery('ingest/existing-ids');

export type ReferenceKind = 'actor' | 'source' | 'relation';

/** An id in the input that must name something already in the graph (or, with `mustBeNew`, must not). */
export interface Reference {
  readonly field: string;
  readonly kind: ReferenceKind;
  readonly id: string | undefined;
  /** For the id of something being created: it must not exist yet. */
  readonly mustBeNew?: string;
}

const NOT_FOUND: Record<ReferenceKind, ErrorCode> = {
  actor: 'ACTOR_NOT_FOUND',
  source: 'SOURCE_NOT_FOUND',
  relation: 'RELATION_NOT_FOUND',
};

/**
 * Checks every id of a mutation's input in one query, inside the write transaction, before
 * anything is written: an unknown id fails with its *_NOT_FOUND code, an id already taken by
 * something the mutation would create fails with BAD_USER_INPUT, and all problems are listed.
 */
export async function checkReferences(tx: Transaction, references: readonly Reference[]): Promise<void> {
  const given = references.filter((reference): reference is Reference & { id: string } => reference.id !== undefined);
  const idsOf = (kind: ReferenceKind) => [...new Set(given.filter((r) => r.kind === kind).map((r) => r.id))];
  const [row] = await tx.run(existingIds, {
    actorIds: idsOf('actor'),
    sourceIds: idsOf('source'),
    relationIds: idsOf('relation'),
  });
  const existing: Record<ReferenceKind, Set<string>> = {
    actor: new Set((row?.['actorIds'] as string[]) ?? []),
    source: new Set((row?.['sourceIds'] as string[]) ?? []),
    relation: new Set((row?.['relationIds'] as string[]) ?? []),
  };
  const problems: InputProblem[] = [];
  for (const reference of given) {
    const exists = existing[reference.kind].has(reference.id);
    if (reference.mustBeNew !== undefined && exists) {
      problems.push({
        field: reference.field,
        message: `${reference.kind === 'actor' ? 'an' : 'a'} ${reference.kind} with id "${reference.id}" already exists; ${reference.mustBeNew}`,
      });
    } else if (reference.mustBeNew === undefined && !exists) {
      problems.push({
        field: reference.field,
        message: `no ${reference.kind} with id "${reference.id}"`,
        code: NOT_FOUND[reference.kind],
      });
    }
  }
  if (problems.length > 0) throw invalidInput(problems);
}
