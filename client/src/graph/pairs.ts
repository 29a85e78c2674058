import type { RelationEdgeData } from './elements.ts';

/** Sign of a polarity: what a pair's relations add up to. */
const SIGN: Record<string, number> = { COOPERATIVE: 1, HOSTILE: -1 };

/** Id prefix of a combined edge, so it never clashes with a relation's id. */
export const PAIR_PREFIX = 'pair:';

/**
 * Several relations between one pair of actors, drawn as one edge: how many, what they add up to
 * and whether the pair turned from friends to foes (or back). Parallel edges with cut labels are
 * what made the graph unreadable; one edge per pair with its sum is what an analyst reads first.
 */
export interface PairEdgeData {
  id: string;
  source: string;
  target: string;
  /** Every relation between the two, either direction, oldest first. */
  relationIds: string[];
  count: number;
  /** Sum of the signs (+1 cooperative, −1 hostile, 0 otherwise). */
  net: number;
  /** The polarity the pair's style follows: the sign of the sum. */
  polarity: 'COOPERATIVE' | 'HOSTILE' | 'NEUTRAL';
  /** True when the latest signed relation has the opposite sign of the earliest one. */
  flipped: boolean;
  /** When it flipped: the date of the first relation with the latest sign, when known. */
  flippedOn: string | null;
  /** All relations run one way (source → target): the edge gets an arrow head. */
  directed: boolean;
  label: string;
  /** Most evidence behind any one of its relations: the width follows it, as for a relation. */
  evidenceCount: number;
  strength: number;
  confidence: number;
}

/** The same key for A–B and B–A. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function pairIdOf(a: string, b: string): string {
  return `${PAIR_PREFIX}${pairKey(a, b)}`;
}

export function isPairId(id: string): boolean {
  return id.startsWith(PAIR_PREFIX);
}

/**
 * Groups the relations drawn right now by pair of actors. Pairs with one relation stay as they
 * are (the relation is its own summary); pairs with two or more become one combined edge. Pure,
 * so the rule for the sum and the flip is tested headless.
 */
export function combinePairs(relations: readonly RelationEdgeData[]): PairEdgeData[] {
  const groups = new Map<string, RelationEdgeData[]>();
  for (const relation of relations) {
    const key = pairKey(relation.source, relation.target);
    const group = groups.get(key);
    if (group) group.push(relation);
    else groups.set(key, [relation]);
  }
  const pairs: PairEdgeData[] = [];
  for (const group of groups.values()) if (group.length > 1) pairs.push(summarisePair(group));
  return pairs.sort((a, b) => a.id.localeCompare(b.id));
}

function summarisePair(group: readonly RelationEdgeData[]): PairEdgeData {
  const ordered = [...group].sort(
    (a, b) => (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') || a.id.localeCompare(b.id),
  );
  const first = ordered[0]!;
  const net = ordered.reduce((sum, relation) => sum + (SIGN[relation.polarity] ?? 0), 0);
  const signed = ordered.filter((relation) => SIGN[relation.polarity] !== undefined);
  const earliestSign = signed.length > 0 ? SIGN[signed[0]!.polarity] : undefined;
  const latestSign = signed.length > 0 ? SIGN[signed[signed.length - 1]!.polarity] : undefined;
  const flipped = earliestSign !== undefined && latestSign !== undefined && earliestSign !== latestSign;
  // The run of the latest sign starts after the last relation of the other sign.
  let flippedOn: string | null = null;
  if (flipped) {
    const lastOther = signed.map((relation) => SIGN[relation.polarity]).lastIndexOf(earliestSign);
    flippedOn = signed[lastOther + 1]?.validFrom ?? null;
  }
  const directed = ordered.every((relation) => relation.source === first.source && relation.target === first.target);
  const polarity = net > 0 ? 'COOPERATIVE' : net < 0 ? 'HOSTILE' : 'NEUTRAL';
  return {
    id: pairIdOf(first.source, first.target),
    source: first.source,
    target: first.target,
    relationIds: ordered.map((relation) => relation.id),
    count: ordered.length,
    net,
    polarity,
    flipped,
    flippedOn,
    directed,
    label: pairLabel(ordered.length, net, flipped),
    evidenceCount: Math.max(...ordered.map((relation) => relation.evidenceCount)),
    strength: Math.max(...ordered.map((relation) => relation.strength)),
    confidence: Math.max(...ordered.map((relation) => relation.confidence)),
  };
}

/** "3 relations, net −, flipped": the count, the sum in text (never colour alone), the turn. */
export function pairLabel(count: number, net: number, flipped: boolean): string {
  const sign = net > 0 ? '+' : net < 0 ? '−' : '±';
  return `${count} relations, net ${sign}${flipped ? ', flipped' : ''}`;
}
