import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { readRecords, recordQuery } from '../db/record-query.ts';
import { actorRecord } from '../db/records.ts';

const actorsById = recordQuery('read/actors-by-id', z.object({ actor: actorRecord }));

/** How an overlay's summary names an actor: its name, or its id when it has none. */
export type NameOf = (actorId: string) => string;

/** The ids an overlay's text names, found by running it once with a namer that writes them down. */
export function idsNamedBy(write: (nameOf: NameOf) => unknown): string[] {
  const asked = new Set<string>();
  write((id) => {
    asked.add(id);
    return id;
  });
  return [...asked];
}

/** Reads the names of the given actors in one query; an id that matches nothing keeps its id. */
export async function loadActorNames(db: Database, ids: readonly string[]): Promise<NameOf> {
  if (ids.length === 0) return (id) => id;
  const rows = await readRecords(db, actorsById, { ids: [...ids] });
  const names = new Map(rows.map((row) => [row.actor.id, row.actor.name]));
  return (id) => names.get(id) ?? id;
}

/** "A, B and 3 more": a list cut at `shown` items, saying how many were left out. */
export function listSome(items: readonly string[], shown: number): string {
  if (items.length === 0) return '';
  const head = items.slice(0, shown);
  const rest = items.length - head.length;
  if (rest > 0) return `${head.join('; ')}; and ${rest} more`;
  return head.join('; ');
}
