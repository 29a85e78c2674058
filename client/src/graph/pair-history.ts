import type { RelationEdgeData } from './elements.ts';

export type PairEntry = Pick<RelationEdgeData, 'id' | 'type' | 'polarity' | 'validFrom' | 'datePrecision'> & {
  /** True when the relation runs from the first actor of the pair to the second. */
  forward: boolean;
};

/**
 * Everything between two actors, either direction, oldest first and undated last: read top to
 * bottom, it shows whether (and when) the pair turned from cooperation to hostility or back.
 */
export function pairHistory(first: string, second: string, relations: readonly RelationEdgeData[]): PairEntry[] {
  return relations
    .filter(
      (relation) =>
        (relation.source === first && relation.target === second) ||
        (relation.source === second && relation.target === first),
    )
    .map((relation) => ({
      id: relation.id,
      type: relation.type,
      polarity: relation.polarity,
      validFrom: relation.validFrom,
      datePrecision: relation.datePrecision,
      forward: relation.source === first,
    }))
    .sort((a, b) => (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') || a.id.localeCompare(b.id));
}

/** The moments the pair's polarity flips between cooperative and hostile (neutral does not count). */
export function countSignChanges(entries: readonly PairEntry[]): number {
  let last: string | null = null;
  let changes = 0;
  for (const entry of entries) {
    if (entry.polarity === 'NEUTRAL' || !entry.validFrom) continue;
    if (last && last !== entry.polarity) changes += 1;
    last = entry.polarity;
  }
  return changes;
}
