import {
  corroboratedClaim,
  corroborationKey,
  corroborationRange,
  type ClaimDate,
  type StoredClaim,
} from '../domain/corroboration.ts';
import type { RelationType } from '../domain/vocabulary.ts';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';

const corroborationCandidates = cypherQuery('ingest/corroboration-candidates');
const existingIds = cypherQuery('ingest/existing-ids');

/** A relation about to be written, as corroboration sees it. */
export interface NewClaim extends ClaimDate {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
}

export function keyOfClaim(claim: Pick<NewClaim, 'from' | 'to' | 'type'>): string {
  return corroborationKey(claim.from, claim.to, claim.type);
}

/** The stored relations each claim's key may match within its window, by key. */
export async function storedClaimsFor(
  tx: Transaction,
  claims: readonly NewClaim[],
): Promise<Map<string, StoredClaim[]>> {
  const lookups = new Map<string, { key: string; earliest: string | null; latest: string | null }>();
  for (const claim of claims) {
    const key = keyOfClaim(claim);
    const range =
      claim.validFrom === null ? null : corroborationRange(claim.type, { ...claim, validFrom: claim.validFrom });
    const lookupKey = `${key}\u0000${range?.earliest ?? ''}\u0000${range?.latest ?? ''}`;
    lookups.set(lookupKey, { key, earliest: range?.earliest ?? null, latest: range?.latest ?? null });
  }
  const byKey = new Map<string, StoredClaim[]>();
  if (lookups.size === 0) return byKey;
  for (const row of await tx.run(corroborationCandidates, { lookups: [...lookups.values()] })) {
    const key = String(row['key']);
    const list = byKey.get(key) ?? [];
    if (!list.some((stored) => stored.id === row['id']))
      list.push({
        id: String(row['id']),
        validFrom: row['validFrom'] === null ? null : String(row['validFrom']),
        datePrecision: (row['datePrecision'] ?? null) as StoredClaim['datePrecision'],
      });
    byKey.set(key, list);
  }
  return byKey;
}

/**
 * For claims whose ids are not stored yet, the stored relation each one reports again (same
 * actors, type and a date within the type's window), by claim id. A claim whose id is stored is a
 * restatement of that relation and keeps it; claims are not matched with each other, because the
 * author of one input who wrote two relations meant two.
 */
export async function findStoredCorroborations(
  tx: Transaction,
  claims: readonly NewClaim[],
): Promise<Map<string, string>> {
  if (claims.length === 0) return new Map();
  const [row] = await tx.run(existingIds, {
    actorIds: [],
    sourceIds: [],
    relationIds: claims.map((claim) => claim.id),
  });
  const stored = new Set((row?.['relationIds'] as string[] | undefined) ?? []);
  const fresh = claims.filter((claim) => !stored.has(claim.id));
  const candidates = await storedClaimsFor(tx, fresh);
  const own = new Set(claims.map((claim) => claim.id));
  const found = new Map<string, string>();
  for (const claim of fresh) {
    const others = (candidates.get(keyOfClaim(claim)) ?? []).filter((candidate) => !own.has(candidate.id));
    const match = corroboratedClaim(claim.type, claim, others);
    if (match) found.set(claim.id, match.id);
  }
  return found;
}

/** The claim of a relation row as the ingest prepares it (prepare-rows.ts, toRelationRow). */
export function claimOfRow(
  row: { id: string; from: string; to: string; validFrom: string | null; datePrecision: ClaimDate['datePrecision'] },
  type: RelationType,
): NewClaim {
  return { id: row.id, from: row.from, to: row.to, type, validFrom: row.validFrom, datePrecision: row.datePrecision };
}
