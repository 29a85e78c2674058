import { cypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';
import { normaliseQuote } from './prepare-rows.ts';

const evidenceBindings = cypherQuery('ingest/evidence-bindings');

/** A piece of evidence about to be written, at `path` in the input (its id's path). */
export interface EvidenceBinding {
  readonly path: string;
  readonly id: string;
  readonly relationId: string;
  readonly sourceId: string;
  readonly quote: string;
}

/** What an existing evidence id is bound to, as stored. */
export interface StoredEvidence {
  readonly id: string;
  readonly relationIds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly quote: string;
  readonly retracted: boolean;
  readonly retractedAt: string | null;
  readonly retractionReason: string | null;
}

/**
 * An evidence id names one quote of one source for one relation. Reusing it for anything else
 * would make one Evidence node support two relations, live in two sources or lose its first
 * quote, so it is refused: within the input (the later item names the first) and against the
 * graph. Restating the same evidence is fine. Returns every problem, by path.
 */
export async function checkEvidenceIdentity(
  tx: Transaction,
  items: readonly EvidenceBinding[],
): Promise<{ problems: { path: string; message: string }[]; stored: Map<string, StoredEvidence> }> {
  const problems: { path: string; message: string }[] = [];
  const first = new Map<string, EvidenceBinding>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) first.set(item.id, item);
    else if (!sameBinding(earlier, item))
      problems.push({
        path: item.path,
        message: `evidence "${item.id}" is already ${earlier.path.replace(/\.id$/, '')} (another relation, source or quote); an evidence id names one quote of one source for one relation`,
      });
  }
  const rows = await tx.run(evidenceBindings, { ids: [...first.keys()] });
  const stored = new Map(
    rows.map((row) => {
      const record: StoredEvidence = {
        id: String(row['id']),
        relationIds: (row['relationIds'] as string[]) ?? [],
        sourceIds: (row['sourceIds'] as string[]) ?? [],
        quote: String(row['quote'] ?? ''),
        retracted: row['retracted'] === true,
        retractedAt: row['retractedAt'] === null ? null : String(row['retractedAt']),
        retractionReason: row['retractionReason'] === null ? null : String(row['retractionReason']),
      };
      return [record.id, record] as const;
    }),
  );
  for (const item of items) {
    const existing = stored.get(item.id);
    if (!existing) continue;
    const bound = {
      relationId: existing.relationIds.length === 1 ? existing.relationIds[0]! : existing.relationIds.join('+'),
      sourceId: existing.sourceIds.length === 1 ? existing.sourceIds[0]! : existing.sourceIds.join('+'),
      quote: existing.quote,
    };
    if (!sameBinding(bound, item))
      problems.push({
        path: item.path,
        message: `evidence "${item.id}" is already bound to relation "${bound.relationId}", source "${bound.sourceId}" and its own quote; give this evidence another id (or leave the id out)`,
      });
  }
  return { problems, stored };
}

function sameBinding(a: Omit<EvidenceBinding, 'path' | 'id'>, b: Omit<EvidenceBinding, 'path' | 'id'>): boolean {
  return (
    a.relationId === b.relationId && a.sourceId === b.sourceId && normaliseQuote(a.quote) === normaliseQuote(b.quote)
  );
}
