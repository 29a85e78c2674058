import { h, uniqueId } from './dom.ts';
import { readSessionToken, storeSessionToken } from './session-token.ts';

const STORAGE_KEY = 'actorgraph.editorToken';

/**
 * The editor token field. The token lives in sessionStorage (gone when the tab closes) and travels
 * only in the Authorization header, never in the URL, which ends up in history and in links.
 */
export function createTokenField(): { element: HTMLElement; token(): string } {
  const id = uniqueId('token');
  const input = h('input', {
    attrs: {
      id,
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'an editor token from ACTORGRAPH_TOKENS',
    },
  });
  input.value = readSessionToken(STORAGE_KEY);
  input.addEventListener('input', () => storeSessionToken(STORAGE_KEY, input.value.trim()));
  const element = h('div', { class: 'field' }, h('label', { attrs: { for: id } }, 'Editor token'), input);
  return { element, token: () => input.value.trim() };
}
