import { h, uniqueId } from './dom.ts';

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
  input.value = readStored();
  input.addEventListener('input', () => store(input.value.trim()));
  const element = h('div', { class: 'field' }, h('label', { attrs: { for: id } }, 'Editor token'), input);
  return { element, token: () => input.value.trim() };
}

function readStored(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return ''; // storage refused (private mode, a sandboxed frame): the field still works
  }
}

function store(token: string): void {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above: the token then lasts as long as the field.
  }
}
