import type { Transaction } from '../../db/database.ts';
import { forgetCachedReads, type Context } from '../context.ts';
import { readByIds, type ActorRow, type EvidenceRow, type RelationRow, type SourceRow } from '../loaders.ts';

interface RowOfKind {
  actor: ActorRow;
  relation: RelationRow;
  source: SourceRow;
  evidence: EvidenceRow;
}

/**
 * Reads what a write produced inside the write's own transaction, with the query the loaders
 * use, so the mutation returns exactly what a later query will see (and needs no second
 * transaction, which a lagging cluster member might answer from before the write).
 */
export async function readBack<K extends keyof RowOfKind>(tx: Transaction, kind: K, id: string): Promise<RowOfKind[K]> {
  const [item] = await readByIds(tx, kind, [id]);
  if (!item) throw new Error(`actorgraph: ${kind} "${id}" was written but cannot be read back in the same transaction`);
  return item;
}

/** After a commit: drop what the request cached before the write, keep what the write returned. */
export function rememberWritten<K extends keyof RowOfKind>(ctx: Context, kind: K, row: RowOfKind[K]): RowOfKind[K] {
  forgetCachedReads(ctx);
  (ctx.loaders[kind] as unknown as { prime(id: string, value: RowOfKind[K]): void }).prime(row.id, row);
  return row;
}
