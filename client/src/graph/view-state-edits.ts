import type { ViewState } from './view-state.ts';

/** The list without the id: the edits below never leave an id twice or a stale one behind. */
export function without(values: readonly string[], id: string): string[] {
  return values.filter((value) => value !== id);
}

/**
 * The state without ids the graph no longer has (a stale link): they leave every list, the
 * selection and a path that runs through them.
 */
export function dropIds(state: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids);
  const keep = (values: readonly string[]) => values.filter((value) => !gone.has(value));
  return {
    ...state,
    expanded: keep(state.expanded),
    pinned: keep(state.pinned),
    locked: keep(state.locked),
    focus: state.focus && gone.has(state.focus) ? null : state.focus,
    relation: state.relation && gone.has(state.relation) ? null : state.relation,
    path: state.path && (gone.has(state.path.from) || gone.has(state.path.to)) ? null : state.path,
  };
}

/**
 * The state with these actors pinned (drawn with what is already in view) and none of them
 * hidden: how actors from elsewhere (a Cypher result) come into the view, undone by Back.
 */
export function withPinned(state: ViewState, ids: readonly string[]): Pick<ViewState, 'pinned' | 'hidden'> {
  const added = new Set(ids);
  return {
    pinned: [...new Set([...state.pinned, ...ids])],
    hidden: state.hidden.filter((id) => !added.has(id)),
  };
}
