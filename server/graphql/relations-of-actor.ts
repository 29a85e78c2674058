import DataLoader from 'dataloader';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { RelationRow } from './loaders.ts';
import { pageParams, type KeyedItem, type PageWindow } from './pagination.ts';
import type { RelationFilterParams } from './relation-filter.ts';

const relationsOfActors = cypherQuery('read/relations-of-actors');

export interface ActorRelationsPage {
  rows: KeyedItem<RelationRow>[];
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
          const rows = await db.read(relationsOfActors, { actorIds: [...actorIds], ...filter, ...pageParams(window) });
          const byActor = new Map(
            rows.map((row) => [
              String(row['actorId']),
              { rows: row['page'] as KeyedItem<RelationRow>[], totalCount: Number(row['totalCount']) },
            ]),
          );
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
