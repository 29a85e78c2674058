import { h, uniqueId } from './dom.ts';
import { readSessionToken, storeSessionToken } from './session-token.ts';

/**
 * Where the analyst's token is kept: sessionStorage, so it lasts while the tab is open and is
 * gone when it closes; never in the URL (links are shared) or in localStorage (kept for good).
 */
const STORAGE_KEY = 'actorgraph.token';

export interface TokenField {
  element: HTMLElement;
  read(): string | null;
  /** Opens the field and puts the cursor in it, with a sentence saying why a token is needed. */
  ask(reason: string): void;
}

/** A password field for the bearer token that Cypher and saving analyses need. */
export function createTokenField(): TokenField {
  const id = uniqueId('token');
  const input = h('input', {
    attrs: {
      id,
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Bearer token (ACTORGRAPH_TOKENS)',
    },
  });
  input.value = readSessionToken(STORAGE_KEY);
  const reason = h('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  input.addEventListener('input', () => {
    storeSessionToken(STORAGE_KEY, input.value.trim());
    reason.textContent = '';
  });
  const element = h(
    'details',
    { class: 'token-field' },
    h('summary', {}, 'Token'),
    h('label', { class: 'field-label', attrs: { for: id } }, 'Token for Cypher and saving analyses'),
    input,
    reason,
    h('p', { class: 'hint' }, 'Kept in this tab only (sessionStorage), sent as an Authorization header.'),
  );
  if (!input.value) element.removeAttribute('open');
  return {
    element,
    read: () => input.value.trim() || null,
    ask(why: string) {
      element.setAttribute('open', '');
      reason.textContent = why;
      input.focus();
    },
  };
}
