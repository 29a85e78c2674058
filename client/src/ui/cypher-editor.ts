import {
  completeCypher,
  offsetOf,
  tokenizeCypher,
  type Completion,
  type CypherSchemaWords,
} from '../graph/cypher-text.ts';
import type { CypherErrorPosition } from '../graph/cypher-result.ts';
import { h, replaceContent, uniqueId } from './dom.ts';

export interface CypherEditor {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  value(): string;
  setValue(text: string): void;
  /** The labels, types and keys that completion offers. */
  setWords(words: CypherSchemaWords): void;
  /** Parameter names given outside the query (the parameters field), offered after `$`. */
  setGivenParameters(names: readonly string[]): void;
  /** Marks where Neo4j found an error (null clears it) and puts the cursor there. */
  markError(position: CypherErrorPosition | null): void;
}

/**
 * The query editor: a plain textarea (so typing, selection, undo, IME and screen readers behave
 * as everywhere) over a highlighted copy of its text, built from tokenizeCypher as text nodes in
 * spans. The textarea's own text is transparent; its caret and selection show. Completion is a
 * listbox under the cursor; Ctrl+Enter (or Cmd+Enter) runs.
 */
export function createCypherEditor(options: { label: string; onRun: () => void }): CypherEditor {
  const listId = uniqueId('cypher-completions');
  const highlight = h('pre', { class: 'cypher-highlight', attrs: { 'aria-hidden': 'true' } });
  const textarea = h('textarea', {
    class: 'cypher-input',
    attrs: {
      'aria-label': options.label,
      // A multi-line textbox that owns a list of suggestions (ARIA allows a textarea no
      // combobox role); the active option is announced through aria-activedescendant.
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      spellcheck: 'false',
      autocapitalize: 'off',
      autocomplete: 'off',
      wrap: 'off',
    },
  });
  const list = h('ul', {
    class: 'cypher-completions',
    attrs: { id: listId, role: 'listbox', 'aria-label': 'Completions' },
  });
  list.hidden = true;
  const frame = h('div', { class: 'cypher-editor-frame' }, highlight, textarea);
  const element = h('div', { class: 'cypher-editor' }, frame, list);

  let words: CypherSchemaWords = { labels: [], relationshipTypes: [], propertyKeys: [] };
  let givenParameters: readonly string[] = [];
  let errorOffset: number | null = null;
  let completion: Completion | null = null;
  let active = 0;

  const render = () => {
    const text = textarea.value;
    const spans = tokenizeCypher(text).map((token) => {
      const marked = errorOffset !== null && errorOffset >= token.start && errorOffset < token.end;
      return h('span', { class: `tok-${token.kind}${marked ? ' cypher-error-mark' : ''}` }, token.text);
    });
    // An error at the very end (an unfinished query) is marked on a blank after it; the final
    // newline keeps the copy as tall as the textarea when the text ends in one.
    const atEnd = errorOffset !== null && errorOffset >= text.length;
    replaceContent(highlight, ...spans, atEnd ? h('span', { class: 'cypher-error-mark' }, ' ') : null, '\n');
    syncScroll();
  };
  const syncScroll = () => {
    highlight.scrollTop = textarea.scrollTop;
    highlight.scrollLeft = textarea.scrollLeft;
  };

  const close = () => {
    completion = null;
    list.hidden = true;
    textarea.removeAttribute('aria-activedescendant');
  };
  const showCompletion = (next: Completion | null) => {
    if (!next) return close();
    completion = next;
    active = 0;
    replaceContent(
      list,
      ...next.options.map((option, index) =>
        h(
          'li',
          {
            attrs: { id: `${listId}-${index}`, role: 'option', 'aria-selected': index === 0 ? 'true' : 'false' },
            dataset: { kind: option.kind },
            on: {
              // mousedown, not click: the textarea keeps the focus.
              mousedown: (event) => {
                event.preventDefault();
                accept(index);
              },
            },
          },
          option.label,
          h('span', { class: 'completion-kind' }, kindLabel(option.kind)),
        ),
      ),
    );
    list.hidden = false;
    textarea.setAttribute('aria-activedescendant', `${listId}-0`);
    placeList(next.from);
  };
  const move = (step: number) => {
    if (!completion) return;
    const count = completion.options.length;
    active = (active + step + count) % count;
    [...list.children].forEach((item, index) => item.setAttribute('aria-selected', String(index === active)));
    textarea.setAttribute('aria-activedescendant', `${listId}-${active}`);
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  };
  const accept = (index: number) => {
    const option = completion?.options[index];
    if (!completion || !option) return;
    textarea.setRangeText(option.insert, completion.from, completion.to, 'end');
    close();
    render();
    textarea.focus();
  };
  const complete = (automatic: boolean) => {
    const cursor = textarea.selectionStart;
    const next = completeCypher(textarea.value, cursor, words, givenParameters);
    // Typing a word opens keywords only after two letters; after `:`, `.` or `$` at once.
    const begun = next && (next.to - next.from >= 2 || !['keyword', 'function'].includes(next.options[0]!.kind));
    showCompletion(automatic && !begun ? null : next);
  };
  /** The list under the cursor: the editor's font is monospaced, so line and column give the place. */
  const placeList = (offset: number) => {
    const before = textarea.value.slice(0, offset).split('\n');
    const style = getComputedStyle(textarea);
    const lineHeight = parseFloat(style.lineHeight) || 20;
    const charWidth = measureCharWidth(textarea);
    const left = parseFloat(style.paddingLeft) + (before.at(-1)?.length ?? 0) * charWidth - textarea.scrollLeft;
    const top = parseFloat(style.paddingTop) + before.length * lineHeight - textarea.scrollTop;
    const maxLeft = Math.max(0, frame.clientWidth - list.offsetWidth);
    list.style.left = `${Math.max(0, Math.min(left, maxLeft))}px`;
    list.style.top = `${Math.min(Math.max(top, lineHeight), frame.clientHeight) + 2}px`;
  };

  textarea.addEventListener('input', (event) => {
    errorOffset = null;
    render();
    const typed = (event as InputEvent).inputType;
    if (typed === 'insertText' || typed === 'insertCompositionText') complete(true);
    else close();
  });
  textarea.addEventListener('scroll', syncScroll);
  textarea.addEventListener('blur', close);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      close();
      options.onRun();
      return;
    }
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      complete(false);
      return;
    }
    if (!completion) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      accept(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  textarea.addEventListener('click', close);
  render();

  return {
    element,
    textarea,
    value: () => textarea.value,
    setValue(text) {
      textarea.value = text;
      errorOffset = null;
      close();
      render();
    },
    setWords(next) {
      words = next;
    },
    setGivenParameters(names) {
      givenParameters = names;
    },
    markError(position) {
      errorOffset = position ? offsetOf(textarea.value, position.line, position.column) : null;
      element.toggleAttribute('data-error', position !== null);
      if (position) {
        element.dataset['errorLine'] = String(position.line);
        element.dataset['errorColumn'] = String(position.column);
        textarea.setSelectionRange(errorOffset, errorOffset);
      } else {
        delete element.dataset['errorLine'];
        delete element.dataset['errorColumn'];
      }
      render();
    },
  };
}

function kindLabel(kind: string): string {
  return { relationshipType: 'type', property: 'key' }[kind] ?? kind;
}

let charWidth: number | null = null;
function measureCharWidth(textarea: HTMLTextAreaElement): number {
  if (charWidth) return charWidth;
  const probe = h('span', { class: 'cypher-probe' }, 'M'.repeat(20));
  probe.style.font = getComputedStyle(textarea).font;
  document.body.append(probe);
  charWidth = probe.getBoundingClientRect().width / 20 || 8;
  probe.remove();
  return charWidth;
}
