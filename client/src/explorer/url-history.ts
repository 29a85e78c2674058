import { serialiseViewState, type ViewState } from '../graph/view-state.ts';

/** The link that reopens a view: this page with the state in its query string. */
export function linkTo(state: ViewState): string {
  const query = serialiseViewState(state);
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Mirrors the state in the address bar. `push` makes a step the Back button undoes, `replace` a
 * tweak that does not; nothing is written when the address would not change.
 */
export function writeUrl(state: ViewState, mode: 'push' | 'replace' | 'none'): void {
  if (mode === 'none') return;
  const query = serialiseViewState(state);
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
