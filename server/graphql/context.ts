import type { Config, Role } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { createRelationsOfActorLoaders, type RelationsOfActorLoaders } from './relations-of-actor.ts';

/** What every resolver gets: the database boundary, per-request loaders and the caller's role. */
export interface Context {
  readonly db: Database;
  readonly config: Config;
  readonly loaders: Loaders;
  readonly relationsOfActor: RelationsOfActorLoaders;
  /** The role of the bearer token the request carried, or null for anonymous callers. */
  readonly role: Role | null;
}

export function createContext(db: Database, config: Config, role: Role | null): Context {
  return { db, config, role, loaders: createLoaders(db), relationsOfActor: createRelationsOfActorLoaders(db) };
}
