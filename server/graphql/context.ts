import type { CypherSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Extractor } from '../extraction/extractor.ts';
import type { Caller } from '../http/auth.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { createRelationsOfActorLoaders, type RelationsOfActorLoaders } from './relations-of-actor.ts';

/**
 * What every resolver gets: the database boundary, per-request loaders and the caller. The
 * generated resolver types (`server/graphql/generated/resolvers-types.ts`) are written against it.
 */
export interface Context {
  readonly db: Database;
  readonly loaders: Loaders;
  readonly relationsOfActor: RelationsOfActorLoaders;
  /** Who sent the request: no token, an unknown one, or a valid one with its role. */
  readonly caller: Caller;
  /** The console's limits, its folder of saved analyses and whether ad-hoc Cypher is open. */
  readonly cypher: CypherSettings;
  /** The server's one extractor, shared by every request and kept warm (see createApp). */
  readonly extractor: Extractor;
}

export function createContext(db: Database, caller: Caller, cypher: CypherSettings, extractor: Extractor): Context {
  return {
    db,
    caller,
    cypher,
    extractor,
    loaders: createLoaders(db),
    relationsOfActor: createRelationsOfActorLoaders(db),
  };
}

/**
 * After a write, whatever the request's loaders cached may be stale (a later field of the same
 * request must see the write), so every cache is dropped.
 */
export function forgetCachedReads(ctx: Context): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  ctx.relationsOfActor.clearAll();
}
