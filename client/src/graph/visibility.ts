import type { RelationEdgeData } from './elements.ts';
import { isActiveAsOf } from './filters.ts';

export interface AsOfCounts {
  active: number;
  inactive: number;
}

/** What the graph shows as of a date: the relations holding then, and the actors left with none. */
export interface Visibility {
  asOf: string | null;
  /** Relations holding on the date (all of them when there is no date). */
  activeRelationIds: ReadonlySet<string>;
  /** Actors that have relations, none of which holds on the date: dimmed, not removed. */
  dormantActorIds: ReadonlySet<string>;
  counts: AsOfCounts;
}

/**
 * Replays the loaded graph as of a date. Pure, so the slider's rule is tested without a DOM; the
 * view turns the answer into classes (view/apply-visibility.ts). Dormant actors stay in place, so
 * the picture does not jump while the slider plays.
 */
export function computeVisibility(relations: readonly RelationEdgeData[], asOf: string | null): Visibility {
  const activeRelationIds = new Set<string>();
  // Per actor: how many of its relations hold on the date.
  const holding = new Map<string, number>();
  const count = (id: string, active: boolean) => holding.set(id, (holding.get(id) ?? 0) + (active ? 1 : 0));
  for (const relation of relations) {
    const active = isActiveAsOf(relation, asOf);
    if (active) activeRelationIds.add(relation.id);
    count(relation.source, active);
    count(relation.target, active);
  }
  const dormantActorIds = new Set([...holding].filter(([, active]) => active === 0).map(([id]) => id));
  return {
    asOf,
    activeRelationIds,
    dormantActorIds,
    counts: { active: activeRelationIds.size, inactive: relations.length - activeRelationIds.size },
  };
}
