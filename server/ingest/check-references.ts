import { cypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';

const existingIds = cypherQuery('ingest/existing-ids');

export type ReferenceKind = 'actor' | 'source' | 'relation';

/** An id in the input, at `path`, that must name something that exists (or, with `mustBeNew`, must not). */
export interface Reference {
  readonly path: string;
  readonly kind: ReferenceKind;
  readonly id: string | undefined;
  readonly mustBeNew?: boolean;
}

/** A reference that fails: `unknown` names nothing, `taken` is an id to create that exists. */
export interface ReferenceProblem {
  readonly reference: Reference & { readonly id: string };
  readonly problem: 'unknown' | 'taken';
}

/**
 * The one reference check of the ingest and the mutations: every id of the input is looked up in
 * one query, inside the caller's write transaction and before anything is written, so a bad
 * reference changes nothing. Ids the input itself defines (`definedHere`: the actors of the same
 * file) count as existing. Each caller words the problems its own way: files by path, mutations
 * with their *_NOT_FOUND codes.
 */
export async function findReferenceProblems(
  tx: Transaction,
  references: readonly Reference[],
  definedHere: Partial<Record<ReferenceKind, ReadonlySet<string>>> = {},
): Promise<ReferenceProblem[]> {
  const given = references.filter((reference): reference is Reference & { id: string } => reference.id !== undefined);
  const lookUp = (kind: ReferenceKind) => [
    ...new Set(given.filter((r) => r.kind === kind && !definedHere[kind]?.has(r.id)).map((r) => r.id)),
  ];
  const [row] = await tx.run(existingIds, {
    actorIds: lookUp('actor'),
    sourceIds: lookUp('source'),
    relationIds: lookUp('relation'),
  });
  const known: Record<ReferenceKind, Set<string>> = {
    actor: new Set([...(definedHere.actor ?? []), ...idsIn(row?.['actorIds'])]),
    source: new Set([...(definedHere.source ?? []), ...idsIn(row?.['sourceIds'])]),
    relation: new Set([...(definedHere.relation ?? []), ...idsIn(row?.['relationIds'])]),
  };
  return given.flatMap((reference): ReferenceProblem[] => {
    const exists = known[reference.kind].has(reference.id);
    if (reference.mustBeNew && exists) return [{ reference, problem: 'taken' }];
    if (!reference.mustBeNew && !exists) return [{ reference, problem: 'unknown' }];
    return [];
  });
}

function idsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
