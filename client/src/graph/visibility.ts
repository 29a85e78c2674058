import type { RelationEdgeData } from './elements.ts';
import { periodOf } from './dates.ts';
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
  /** Events that happened more than `fadeAfterMonths` before the date (by the last day they may fall on): drawn faint. */
  pastRelationIds: ReadonlySet<string>;
  fadeAfterMonths: number | null;
  counts: AsOfCounts;
}

/**
 * Replays the loaded graph as of a date. Pure, so the slider's rule is tested without a DOM; the
 * view turns the answer into classes (view/apply-visibility.ts). Dormant actors stay in place, so
 * the picture does not jump while the slider plays.
 */
export function computeVisibility(
  relations: readonly RelationEdgeData[],
  asOf: string | null,
  fadeAfterMonths: number | null = null,
): Visibility {
  const pastRelationIds = new Set<string>();
  const fadeFrom = asOf && fadeAfterMonths !== null ? monthsBefore(asOf, fadeAfterMonths) : null;
  const activeRelationIds = new Set<string>();
  // Per actor: how many of its relations hold on the date.
  const holding = new Map<string, number>();
  const count = (id: string, active: boolean) => holding.set(id, (holding.get(id) ?? 0) + (active ? 1 : 0));
  for (const relation of relations) {
    const active = isActiveAsOf(relation, asOf);
    if (active) activeRelationIds.add(relation.id);
    // An event fades once even the last day it may have happened on is further back than the window.
    if (active && fadeFrom && relation.isEvent && relation.validFrom) {
      if (periodOf(relation.validFrom, relation.datePrecision).last < fadeFrom) pastRelationIds.add(relation.id);
    }
    count(relation.source, active);
    count(relation.target, active);
  }
  const dormantActorIds = new Set([...holding].filter(([, active]) => active === 0).map(([id]) => id));
  return {
    asOf,
    activeRelationIds,
    dormantActorIds,
    pastRelationIds,
    fadeAfterMonths,
    counts: { active: activeRelationIds.size, inactive: relations.length - activeRelationIds.size },
  };
}

/** The day `months` months before `day` (YYYY-MM-DD), clamped to the end of a shorter month. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
