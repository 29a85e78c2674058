import { z } from 'zod';
import { badUserInput } from './errors.ts';
import { toCypherInt } from '../db/convert.ts';

/**
 * Connections page by keyset: a cursor holds the sort key of an item (its position in the list's
 * order, which always ends with the id, so no two items share one), and the next page is the
 * items whose key comes after it. An offset would move when an item is added or retracted before
 * it, repeating or skipping one; a key does not.
 *
 * Each list has its own order, and so its own kind of cursor: a cursor of one list given to
 * another is refused. The cursor is opaque to clients (base64url of a small JSON array), but the
 * page queries read its key as `$after`, a list compared with the item's own key.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/**
 * The sort key of each list, in order, and the type of each part. Every page query returns each
 * item's `key` in this shape, computed by the query itself, so the cursor holds what the database
 * compares.
 * - `actors`: lower-cased name, id.
 * - `actor-search`: exact name or alias match (first), full-text score (highest first),
 *   lower-cased name, id. A score depends on the whole index, so adding an actor that matches
 *   the same words can move results between page reads; exact matches and ids never move.
 * - `relations` (also an actor's relations): undated (last), start date as YYYY-MM-DD, id.
 * - `sources`: undated (last), publication date as YYYY-MM-DD (newest first), id.
 */
const KEY_SHAPES = {
  actors: ['string', 'string'],
  'actor-search': ['boolean', 'number', 'string', 'string'],
  relations: ['boolean', 'string', 'string'],
  sources: ['boolean', 'string', 'string'],
} as const;

export type CursorKind = keyof typeof KEY_SHAPES;
export type SortKey = readonly (string | number | boolean)[];

export interface PageWindow {
  readonly kind: CursorKind;
  /** The key after which the page starts; null for the start of the list. */
  readonly after: SortKey | null;
  readonly limit: number;
}

export function readPageArgs(
  kind: CursorKind,
  first: number | null | undefined,
  after: string | null | undefined,
): PageWindow {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) {
    throw badUserInput('first', `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { kind, after: after ? decodeCursor(kind, after) : null, limit: first ?? DEFAULT_PAGE_SIZE };
}

/** A cursor for the position after the item with this key, or for the start of the list. */
export function encodeCursor(kind: CursorKind, key: SortKey | null): string {
  return Buffer.from(JSON.stringify(key ? [kind, ...key] : [kind]), 'utf8').toString('base64url');
}

const NOT_OURS = 'is not a cursor this API gave out; use a pageInfo.endCursor';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function decodeCursor(kind: CursorKind, cursor: string): SortKey | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', NOT_OURS);
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !(parsed[0] in KEY_SHAPES))
    throw badUserInput('after', NOT_OURS);
  if (parsed[0] !== kind) {
    throw badUserInput(
      'after',
      `is a cursor of another list (${parsed[0]}), not of ${kind}; use this list’s pageInfo.endCursor`,
    );
  }
  const key = parsed.slice(1) as unknown[];
  if (key.length === 0) return null;
  if (!isKeyOf(kind, key)) throw badUserInput('after', NOT_OURS);
  return key;
}

function isKeyOf(kind: CursorKind, key: unknown[]): key is (string | number | boolean)[] {
  const shape = KEY_SHAPES[kind];
  if (key.length !== shape.length) return false;
  if (!shape.every((type, i) => typeof key[i] === type)) return false;
  if (typeof key[1] === 'number' && !Number.isFinite(key[1])) return false;
  // A dated list keeps '' as the date of undated items; anything else must be a date, or
  // Neo4j would compare the item's date with a string it cannot order.
  if ((kind === 'relations' || kind === 'sources') && key[1] !== '' && !DATE.test(String(key[1]))) return false;
  return true;
}

/**
 * Cypher parameters for a page: the key to start after and one item more than the page holds,
 * so the query's answer says whether a next page exists (an integer: LIMIT refuses floats).
 */
export function pageParams(window: PageWindow): { after: SortKey | null; limit: unknown } {
  return { after: window.after, limit: toCypherInt(window.limit + 1) };
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** An item of a page with its sort key, as the page queries return them. */
export interface KeyedItem<T> {
  readonly item: T;
  readonly key: SortKey;
}

/** The row shape of a page query's `page`: each item with its sort key. */
export function keyedItems<S extends z.ZodType>(item: S) {
  return z.array(z.object({ item, key: z.array(z.union([z.string(), z.number(), z.boolean()])) }));
}

/**
 * A connection from what a page query returned: at most `limit + 1` items after the cursor.
 * The extra item only tells that a next page exists. `endCursor` is the position after the last
 * item given; on a page with no items (`first: 0`, or read past the end) it is the position the
 * page was asked for, so `after: endCursor` always continues where the page stopped.
 */
export function toConnection<T, E extends object = object>(
  keyed: readonly KeyedItem<T>[],
  totalCount: number,
  window: PageWindow,
  edgeExtras: (item: T) => E = () => ({}) as E,
): Connection<T> {
  const page = keyed.slice(0, window.limit);
  const edges = page.map(({ item, key }) => ({
    cursor: encodeCursor(window.kind, key),
    node: item,
    ...edgeExtras(item),
  }));
  return {
    nodes: page.map(({ item }) => item),
    edges,
    pageInfo: {
      hasNextPage: keyed.length > window.limit,
      endCursor: edges.at(-1)?.cursor ?? encodeCursor(window.kind, window.after),
    },
    totalCount,
  };
}
