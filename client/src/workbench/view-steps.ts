import type { ViewState } from '../graph/view-state.ts';
import type { Command } from './command-stack.ts';

/** How the Undo button names a change of each part of the view. */
const PART_NAMES: Record<keyof ViewState, string> = {
  base: 'overview',
  focus: 'focus',
  relation: 'open relation',
  expanded: 'expand',
  pinned: 'actors added',
  hidden: 'hide',
  locked: 'pin',
  types: 'type filter',
  polarity: 'polarity filter',
  statuses: 'status filter',
  minConfidence: 'confidence filter',
  sourceIds: 'source filter',
  asOf: 'date',
  path: 'path',
  pathChain: 'path chain',
  pathAvoid: 'actors avoided',
  pathAvoidTypes: 'types avoided',
  fadeAfter: 'fade',
  analysis: 'analysis',
  layout: 'layout',
  edgeWidth: 'edge width',
};

/** Parts moved by a slider: a drag is many changes in a row and one step to take back. */
const CONTINUOUS = new Set<keyof ViewState>(['asOf', 'minConfidence']);

/** Steps of a drag closer together than this are one step. */
export const MERGE_WINDOW_MS = 1500;

/** The parts of the view that differ between two states, in a fixed order. */
export function changedParts(before: ViewState, after: ViewState): (keyof ViewState)[] {
  return (Object.keys(PART_NAMES) as (keyof ViewState)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** "hide, focus": what a step changed, for Undo's title; null when nothing did. */
export function describeChange(before: ViewState, after: ViewState): string | null {
  const parts = changedParts(before, after);
  return parts.length === 0 ? null : parts.map((part) => PART_NAMES[part]).join(', ');
}

/**
 * A change of the view as a step to undo: undo applies the state before, redo the state after.
 * Consecutive moves of the same slider within MERGE_WINDOW_MS fold into one step.
 */
export function viewStep(before: ViewState, after: ViewState, apply: (state: ViewState) => void, at: number): Command {
  const parts = changedParts(before, after);
  const step: Command & { readonly at: number; readonly before: ViewState; readonly after: ViewState } = {
    label: describeChange(before, after) ?? 'nothing',
    at,
    before,
    after,
    undo: () => apply(before),
    redo: () => apply(after),
    mergeWith(next) {
      const other = next as Partial<typeof step>;
      if (!other.before || !other.after || other.at === undefined) return null;
      const nextParts = changedParts(other.before, other.after);
      const sameSlider =
        parts.length === 1 && nextParts.length === 1 && parts[0] === nextParts[0] && CONTINUOUS.has(parts[0]!);
      if (!sameSlider || other.at - at > MERGE_WINDOW_MS) return null;
      return viewStep(before, other.after, apply, other.at);
    },
  };
  return step;
}

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Actors moved by hand, as a step: undo puts each back where it was, redo where it was dropped. */
export function moveStep(before: Positions, after: Positions, apply: (positions: Positions) => void): Command {
  const count = after.size;
  return {
    label: count === 1 ? 'move an actor' : `move ${count} actors`,
    undo: () => apply(before),
    redo: () => apply(after),
  };
}

/** The actors that ended up somewhere else (a click without a drag moves nothing). */
export function movedIds(before: Positions, after: Positions, tolerance = 0.5): string[] {
  return [...after].flatMap(([id, end]) => {
    const start = before.get(id);
    return !start || Math.abs(start.x - end.x) > tolerance || Math.abs(start.y - end.y) > tolerance ? [id] : [];
  });
}
