import type { z } from 'zod';
import { InvalidInputError } from '../../ingest/errors.ts';
import { invalidInput } from '../errors.ts';

/**
 * Validates a mutation's input with the same zod schemas the knowledge files use, so a curator
 * and a data file are held to the same rules. Every problem is reported at once, each with the
 * path of its field under `prefix` (`input.evidence[0].quote`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  return parseInputAsGiven(schema, withoutNulls(value), prefix);
}

/** `parseInput` for a schema whose fields may be null (a draft's `country: null`): nulls are kept. */
export function parseInputAsGiven<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    InvalidInputError.fromZod(parsed.error).problems.map((problem) => ({
      field: problem.path ? `${prefix}.${problem.path}`.replace('.[', '[') : prefix,
      message: problem.message,
    })),
  );
}

/**
 * GraphQL hands an omitted optional field over as absent but an explicit `null` as null, and
 * builds input objects without a prototype; the file schemas expect plain objects with absent
 * optional fields. Arrays keep their items.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) plain[key] = withoutNulls(item);
  }
  return plain;
}

export { slugOf } from '../../domain/slug.ts';
