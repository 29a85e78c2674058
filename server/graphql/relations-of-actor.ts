import DataLoader from 'dataloader';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { readRecords, recordQuery } from '../db/record-query.ts';
import { relationRecord, type RelationRecord } from '../db/records.ts';
import { keyedItems, pageParams, type KeyedItem, type PageWindow } from './pagination.ts';
import type { RelationFilterParams } from './relation-filter.ts';

const relationsOfActors = recordQuery(
  'read/relations-of-actors',
  z.object({ actorId: z.string(), totalCount: z.number().int(), page: keyedItems(relationRecord) }),
);

export interface ActorRelationsPage {
  rows: KeyedItem<RelationRecord>[];
  totalCount: number;
}

/**
 * `Actor.relations(filter, first, after)` under a list of actors would be one query per actor;
 * instead, actors asking with the same arguments share one loader, and so one query.
 */
export function createRelationsOfActorLoaders(db: Database) {
  const loaders = new Map<string, DataLoader<string, ActorRelationsPage>>();
  return {
    get(filter: RelationFilterParams, window: PageWindow): DataLoader<string, ActorRelationsPage> {
      const key = JSON.stringify([filter, window]);
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (actorIds) => {
          const rows = await readRecords(db, relationsOfActors, {
            actorIds: [...actorIds],
            ...filter,
            ...pageParams(window),
          });
          const byActor = new Map(rows.map((row) => [row.actorId, { rows: row.page, totalCount: row.totalCount }]));
          return actorIds.map((id) => byActor.get(id) ?? { rows: [], totalCount: 0 });
        });
        loaders.set(key, loader);
      }
      return loader;
    },
    clearAll(): void {
      loaders.clear();
    },
  };
}

export type RelationsOfActorLoaders = ReturnType<typeof createRelationsOfActorLoaders>;
