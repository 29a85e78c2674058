import type { ViewState } from '../graph/view-state.ts';

/**
 * What the actions on a multi-selection change in the view state. Each returns only the parts it
 * changes, so one update (one step for Undo) applies it, and an id is never listed twice.
 */
export function hideAll(state: ViewState, ids: readonly string[]): Pick<ViewState, 'hidden' | 'focus' | 'locked'> {
  const gone = new Set(ids);
  return {
    hidden: union(state.hidden, ids),
    // A hidden actor cannot stay in focus or pinned in place where nobody sees it.
    focus: state.focus && gone.has(state.focus) ? null : state.focus,
    locked: state.locked.filter((id) => !gone.has(id)),
  };
}

export function expandAll(state: ViewState, ids: readonly string[]): Pick<ViewState, 'expanded' | 'hidden'> {
  const shown = new Set(ids);
  return { expanded: union(state.expanded, ids), hidden: state.hidden.filter((id) => !shown.has(id)) };
}

export function pinAll(state: ViewState, ids: readonly string[]): Pick<ViewState, 'locked'> {
  return { locked: union(state.locked, ids) };
}

export function unpinAll(state: ViewState, ids: readonly string[]): Pick<ViewState, 'locked'> {
  const released = new Set(ids);
  return { locked: state.locked.filter((id) => !released.has(id)) };
}

/** Pins them all, unless all already are: then the toggle releases them. */
export function togglePins(state: ViewState, ids: readonly string[]): Pick<ViewState, 'locked'> {
  const locked = new Set(state.locked);
  return ids.length > 0 && ids.every((id) => locked.has(id)) ? unpinAll(state, ids) : pinAll(state, ids);
}

function union(values: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...values, ...more])];
}
