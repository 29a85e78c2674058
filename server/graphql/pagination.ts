import { badUserInput } from './errors.ts';
import { toCypherInt } from '../db/convert.ts';

/**
 * Connections page by opaque cursors. A cursor encodes the position after an item, so
 * `after: endCursor` continues where the last page stopped.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageWindow {
  readonly skip: number;
  readonly limit: number;
}

export function readPageArgs(first: number | null | undefined, after: string | null | undefined): PageWindow {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) {
    throw badUserInput('first', `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { skip: after ? decodeCursor(after) : 0, limit: first ?? DEFAULT_PAGE_SIZE };
}

export function encodeCursor(position: number): string {
  return Buffer.from(`actorgraph:${position}`, 'utf8').toString('base64url');
}

/** A position past any real list (or past what Neo4j's integers hold) is not a cursor we gave out. */
const MAX_POSITION = 1_000_000_000;

function decodeCursor(cursor: string): number {
  const match = /^actorgraph:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const position = match ? Number(match[1]) : NaN;
  if (!(position <= MAX_POSITION))
    throw badUserInput('after', 'is not a cursor this API gave out; use a pageInfo.endCursor');
  return position;
}

/** Cypher parameters for a page: integers, not floats (list slicing needs integers). */
export function pageParams(window: PageWindow): { skip: unknown; limit: unknown } {
  return { skip: toCypherInt(window.skip), limit: toCypherInt(window.limit) };
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T, E extends object = object>(
  items: readonly T[],
  totalCount: number,
  window: PageWindow,
  edgeExtras: (item: T) => E = () => ({}) as E,
): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(window.skip + i + 1), node, ...edgeExtras(node) }));
  return {
    nodes: [...items],
    edges,
    pageInfo: { hasNextPage: window.skip + items.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
