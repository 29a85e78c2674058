import { z } from 'zod';
import { cypherQuery } from '../../db/cypher-files.ts';
import { actorSchema, slug } from '../../ingest/document-schema.ts';
import { toActorRow } from '../../ingest/prepare-rows.ts';
import { readMergedActorRedirects } from '../../ingest/redirect-merged-actors.ts';
import { refreshRelations } from '../../ingest/refresh-relations.ts';
import type { Context } from '../context.ts';
import { badUserInput, invalidInput, notFound } from '../errors.ts';
import type { ActorRow } from '../loaders.ts';
import { checkReferences } from './check-references.ts';
import { parseInput, slugOf } from './parse-input.ts';
import { readBack, rememberWritten } from './read-back.ts';

const mergeActorRows = cypherQuery('ingest/merge-actors');
const updateActorQuery = cypherQuery('write/update-actor');
const mergeActorInto = cypherQuery('write/merge-actor-into');

const createActorSchema = actorSchema.extend({ id: slug.optional() });

export async function createActor(ctx: Context, input: unknown): Promise<ActorRow> {
  const actor = parseInput(createActorSchema, input, 'input');
  const id = actor.id ?? slugOf(actor.name);
  if (id === '') throw badUserInput('input.id', 'is needed: the name has no letters or digits a slug can be made of');
  const row = await ctx.db.writeTransaction(async (tx) => {
    await checkReferences(tx, [
      { field: 'input.id', kind: 'actor', id, mustBeNew: 'change that actor with updateActor, or choose another id' },
    ]);
    // A merged id stays reserved: files already send it to the kept actor, so must curators.
    const keptId = (await readMergedActorRedirects(tx, [id])).get(id);
    if (keptId !== undefined)
      throw badUserInput(
        'input.id',
        `actor "${id}" was merged into "${keptId}"; change "${keptId}" with updateActor, or choose another id`,
      );
    await tx.run(mergeActorRows, { actors: [toActorRow({ ...actor, id })] });
    return readBack(tx, 'actor', id);
  });
  return rememberWritten(ctx, 'actor', row);
}

/** Optional fields a curator may clear with an explicit null; name and kind cannot be cleared. */
const CLEARABLE = ['aliases', 'country', 'description', 'wikidata'] as const;
const updateActorSchema = actorSchema.omit({ id: true }).partial();

export async function updateActor(ctx: Context, id: string, input: Record<string, unknown>): Promise<ActorRow> {
  const given = Object.keys(input);
  if (given.length === 0) throw badUserInput('input', 'give at least one field to change');
  const cleared = given.filter((key) => input[key] === null);
  const notClearable = cleared.filter((key) => !(CLEARABLE as readonly string[]).includes(key));
  if (notClearable.length > 0) {
    throw invalidInput(
      notClearable.map((key) => ({
        field: `input.${key}`,
        message: 'cannot be cleared; give a new value or leave it out',
      })),
    );
  }
  const changes = parseInput(updateActorSchema, input, 'input');
  const row = await ctx.db.writeTransaction(async (tx) => {
    const [updated] = await tx.run(updateActorQuery, {
      id,
      changes: {
        ...pick(changes, ['name', 'kind', 'country', 'description', 'wikidata']),
        ...Object.fromEntries(cleared.filter((key) => key !== 'aliases').map((key) => [key, null])),
      },
      aliases: aliasesAfterUpdate(changes, cleared.includes('aliases')),
      // Every field the curator gave or cleared outranks later files; aliases are kept apart
      // (removed ones stay removed, new ones from files still join).
      curated: given.filter((key) => key !== 'aliases'),
    });
    if (!updated) throw notFound('ACTOR_NOT_FOUND', `id: no actor with id "${id}"`, 'id');
    return readBack(tx, 'actor', id);
  });
  return rememberWritten(ctx, 'actor', row);
}

function aliasesAfterUpdate(changes: z.infer<typeof updateActorSchema>, clear: boolean): string[] | null {
  if (clear) return [];
  if (!changes.aliases) return null;
  // An alias equal to the name adds nothing to search; the same alias twice neither.
  return [...new Set(changes.aliases)].filter((alias) => alias !== changes.name);
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]),
  ) as Partial<Pick<T, K>>;
}

export async function mergeActors(ctx: Context, keepId: string, mergeId: string): Promise<ActorRow> {
  if (keepId === mergeId) throw badUserInput('mergeId', 'must differ from keepId');
  const row = await ctx.db.writeTransaction(async (tx) => {
    await checkReferences(tx, [
      { field: 'keepId', kind: 'actor', id: keepId },
      { field: 'mergeId', kind: 'actor', id: mergeId },
    ]);
    const [moved] = await tx.run(mergeActorInto, { keepId, mergeId });
    await refreshRelations(tx, (moved?.['relationIds'] as string[]) ?? []);
    return readBack(tx, 'actor', keepId);
  });
  return rememberWritten(ctx, 'actor', row);
}
