import { corroboratedClaim, type StoredClaim } from '../../domain/corroboration.ts';
import { cypherQuery } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { keyOfClaim, storedClaimsFor, type NewClaim } from '../../ingest/corroborate.ts';
import { toActorRow, toEvidenceRow, toRelationRow, toSourceRow } from '../../ingest/prepare-rows.ts';
import { refreshRelations } from '../../ingest/refresh-relations.ts';
import type { CodedEvent } from './coded-event.ts';
import type { NewActor } from './resolve-actors.ts';

const storedEvidence = cypherQuery('import/stored-evidence');
const setCodedDetails = cypherQuery('import/set-coded-details');
const mergeSources = cypherQuery('ingest/merge-sources');
const mergeActors = cypherQuery('ingest/merge-actors');
const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');

/** A coded event with its actors resolved, ready to load. */
export interface ResolvedEvent {
  readonly event: CodedEvent;
  readonly fromId: string;
  readonly toId: string;
}

export interface BatchResult {
  /** Rows written now. */
  readonly loaded: number;
  /** Rows whose evidence was stored by an earlier run (or earlier in this file). */
  readonly alreadyLoaded: number;
  /** Relations the batch created. */
  readonly relationsCreated: number;
  /** Rows that became evidence of a relation stored before or created by an earlier row. */
  readonly corroborating: number;
}

/** Evidence ids of coded rows: the dataset and the row's own id, so a second run finds them. */
export function codedEvidenceId(prefix: string, rowId: string): string {
  return `${prefix}-${rowId.toLowerCase()}`;
}

/**
 * Loads one batch of coded events in the caller's write transaction: rows already stored are
 * skipped; each new row becomes evidence of the relation it reports (a stored one, or one an
 * earlier row of the batch created, when actors, type and date within the type's window agree),
 * else of a new relation named after the row. Everything is written by UNWIND, a few queries per
 * batch, with the merges the ingest of knowledge files uses.
 */
export async function loadBatch(
  tx: Transaction,
  prefix: string,
  rows: readonly ResolvedEvent[],
  newActors: readonly NewActor[],
): Promise<BatchResult> {
  const withIds = rows.map((row) => ({ ...row, evidenceId: codedEvidenceId(prefix, row.event.rowId) }));
  const stored = new Set(
    (await tx.run(storedEvidence, { ids: withIds.map((row) => row.evidenceId) })).map((row) => String(row['id'])),
  );
  const fresh: typeof withIds = [];
  for (const row of withIds) {
    if (stored.has(row.evidenceId)) continue;
    stored.add(row.evidenceId); // a row repeated in the file is loaded once
    fresh.push(row);
  }
  const claims = fresh.map((row): NewClaim => ({
    id: `${row.evidenceId}-relation`,
    from: row.fromId,
    to: row.toId,
    type: row.event.type,
    validFrom: row.event.date,
    datePrecision: 'DAY',
  }));
  const candidates = await storedClaimsFor(tx, claims);
  const relations: ReturnType<typeof toRelationRow>[] = [];
  const evidence: ReturnType<typeof toEvidenceRow>[] = [];
  let corroborating = 0;
  claims.forEach((claim, i) => {
    const { event, evidenceId } = fresh[i]!;
    const key = keyOfClaim(claim);
    const known: StoredClaim[] = candidates.get(key) ?? [];
    const match = corroboratedClaim(claim.type, claim, known);
    let relationId = match?.id;
    if (relationId) corroborating++;
    else {
      relationId = claim.id;
      known.push(claim);
      candidates.set(key, known);
      relations.push(
        toRelationRow({
          id: relationId,
          type: event.type,
          from: claim.from,
          to: claim.to,
          ...(event.intensity === null ? {} : { intensity: event.intensity }),
          when: { date: event.date },
          evidence: [],
          links: [],
        }),
      );
    }
    evidence.push({
      ...toEvidenceRow(relationId, {
        id: evidenceId,
        source: event.source.id,
        quote: event.quote,
        attribution: event.attribution,
        status: 'REPORTED',
        stance: 'ASSERTS',
        anonymous: false,
        confidence: event.confidence,
      }),
      kind: 'CODED',
    });
  });
  // Written whatever the batch holds: later rows of the import may name them.
  if (newActors.length > 0)
    await tx.run(mergeActors, {
      actors: newActors.map(({ id, name, kind, country }) =>
        toActorRow({ id, name, kind, aliases: [], ...(country ? { country } : {}) }),
      ),
    });
  if (fresh.length > 0) {
    const sources = new Map(fresh.map(({ event }) => [event.source.id, event.source]));
    await tx.run(mergeSources, {
      sources: [...sources.values()].map((source) =>
        toSourceRow({
          id: source.id,
          kind: source.kind,
          title: source.title,
          publisher: source.publisher,
          ...(source.url ? { url: source.url } : {}),
          ...(source.published ? { published: source.published } : {}),
          cites: [],
        }),
      ),
    });
    await tx.run(mergeRelations, { relations });
    await tx.run(mergeEvidence, { evidence });
    await tx.run(setCodedDetails, {
      rows: fresh.map(({ event, evidenceId }) => ({
        id: evidenceId,
        codedId: event.rowId,
        coder: event.details.coder,
        eventCode: event.details.eventCode,
        numSources: event.details.numSources,
        numArticles: event.details.numArticles,
        fatalities: event.details.fatalities,
      })),
    });
    await refreshRelations(
      tx,
      evidence.map((row) => row.relationId),
    );
  }
  return {
    loaded: fresh.length,
    alreadyLoaded: rows.length - fresh.length,
    relationsCreated: relations.length,
    corroborating,
  };
}
