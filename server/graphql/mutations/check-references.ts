import type { Transaction } from '../../db/database.ts';
import { findReferenceProblems, type ReferenceKind } from '../../ingest/check-references.ts';
import { invalidInput, type ErrorCode } from '../errors.ts';

export type { ReferenceKind };

/** An id in the input that must name something already in the graph (or, with `mustBeNew`, must not). */
export interface Reference {
  readonly field: string;
  readonly kind: ReferenceKind;
  readonly id: string | undefined;
  /** For the id of something being created: it must not exist yet; the text says what to do instead. */
  readonly mustBeNew?: string;
}

const NOT_FOUND: Record<ReferenceKind, ErrorCode> = {
  actor: 'ACTOR_NOT_FOUND',
  source: 'SOURCE_NOT_FOUND',
  relation: 'RELATION_NOT_FOUND',
};

/**
 * The mutations' wording of the one reference check (`server/ingest/check-references.ts`, which
 * the ingest of files uses too): an unknown id fails with its *_NOT_FOUND code, an id already
 * taken by something the mutation would create fails with BAD_USER_INPUT, and all problems are
 * listed at once, before anything is written.
 */
export async function checkReferences(tx: Transaction, references: readonly Reference[]): Promise<void> {
  const hints = new Map(references.map((reference) => [reference.field, reference.mustBeNew]));
  const problems = await findReferenceProblems(
    tx,
    references.map((reference) => ({
      path: reference.field,
      kind: reference.kind,
      id: reference.id,
      mustBeNew: reference.mustBeNew !== undefined,
    })),
  );
  if (problems.length === 0) return;
  throw invalidInput(
    problems.map(({ reference, problem }) =>
      problem === 'taken'
        ? {
            field: reference.path,
            message: `${reference.kind === 'actor' ? 'an' : 'a'} ${reference.kind} with id "${reference.id}" already exists; ${hints.get(reference.path)}`,
          }
        : {
            field: reference.path,
            message: `no ${reference.kind} with id "${reference.id}"`,
            code: NOT_FOUND[reference.kind],
          },
    ),
  );
}
