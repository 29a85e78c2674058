import type { ActorPayload } from '../api/payloads.ts';
import { SearchActorsDocument } from '../api/generated/operations.ts';
import type { Request } from '../api/load-view.ts';
import { kindStyleOf } from '../graph/kind-style.ts';
import { h, replaceContent, uniqueId } from './dom.ts';

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  request: Request;
  onChoose: (actor: ActorPayload) => void;
  /** Shown as the label on screen; false keeps it for screen readers only. */
  visibleLabel?: boolean;
  /** Other kinds of result (quotes, sources), listed in groups after the actors. */
  moreResults?: (query: string) => Promise<ResultGroup[]>;
}

/** A group of results that are not actors: a heading and the choices under it. */
export interface ResultGroup {
  readonly label: string;
  readonly items: readonly { text: string; meta: string; kind: string; choose(): void }[];
  /** The search behind the group failed: its label says so, shown even without items. */
  readonly failed?: boolean;
}

const SUGGESTIONS = 8;
const DEBOUNCE_MS = 150;

/**
 * An actor search field with suggestions (the ARIA 1.2 combobox pattern): type, move with the
 * arrow keys, choose with Enter or a click, close with Escape. Suggestions come from the API's
 * full-text search over names and aliases, and say which alias matched when the name did not.
 */
export function createSearchBox(options: SearchBoxOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
} {
  const inputId = uniqueId('search');
  const listId = uniqueId('suggestions');
  const input = h('input', {
    attrs: {
      id: inputId,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
    },
  });
  const list = h('ul', {
    class: 'suggestions',
    attrs: { id: listId, role: 'listbox', 'aria-label': `${options.label}: suggestions`, hidden: true },
  });
  const label = h(
    'label',
    { class: options.visibleLabel === false ? 'visually-hidden' : 'field-label', attrs: { for: inputId } },
    options.label,
  );
  const element = h('div', { class: 'combobox' }, label, input, list);

  let hits: ActorPayload[] = [];
  let groups: ResultGroup[] = [];
  /** What each option does, in the order the options are listed. */
  let choices: (() => void)[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    const options = [...list.querySelectorAll('[role="option"]:not([aria-disabled])')];
    options.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const item = options[index];
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = (index: number) => {
    const choice = choices[index];
    if (!choice) return;
    close();
    choice();
  };
  const chooseActor = (actor: ActorPayload) => {
    input.value = actor.name;
    options.onChoose(actor);
  };
  const option = (index: number, choose: () => void, dataset: Record<string, string>, ...children: Node[]) =>
    h(
      'li',
      {
        attrs: { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false' },
        dataset,
        on: {
          // mousedown, not click: the input's blur would close the list first.
          mousedown: (event) => {
            event.preventDefault();
            close();
            choose();
          },
        },
      },
      ...children,
    );

  const render = (query: string) => {
    const total = hits.length + groups.reduce((sum, group) => sum + group.items.length + (group.failed ? 1 : 0), 0);
    choices = [];
    if (total === 0) {
      replaceContent(
        list,
        h(
          'li',
          { class: 'no-match', attrs: { role: 'option', 'aria-disabled': 'true', id: `${listId}-none` } },
          options.moreResults ? `Nothing matches “${query}”` : `No actor matches “${query}”`,
        ),
      );
    } else {
      const heading = (label: string) => h('li', { class: 'suggestion-group', attrs: { role: 'presentation' } }, label);
      const actorOptions = hits.map((actor) => {
        choices.push(() => chooseActor(actor));
        return option(
          choices.length - 1,
          () => chooseActor(actor),
          { actorId: actor.id },
          h('span', {
            class: 'kind-dot',
            attrs: { style: `background:${kindStyleOf(actor.kind).colour}`, 'aria-hidden': 'true' },
          }),
          h('span', { class: 'suggestion-name' }, actor.name),
          h('span', { class: 'suggestion-meta' }, describeMatch(actor, query)),
        );
      });
      const groupOptions = groups
        .filter((group) => group.items.length > 0 || group.failed)
        .flatMap((group) => [
          heading(group.label),
          ...group.items.map((item) => {
            choices.push(item.choose);
            return option(
              choices.length - 1,
              item.choose,
              { resultKind: item.kind },
              h('span', { class: 'suggestion-name' }, item.text),
              h('span', { class: 'suggestion-meta' }, item.meta),
            );
          }),
        ]);
      replaceContent(
        list,
        ...(options.moreResults && hits.length > 0 ? [heading('Actors')] : []),
        ...actorOptions,
        ...groupOptions,
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const search = async (query: string) => {
    const ticket = ++asked;
    try {
      const [answer, more] = await Promise.all([
        options.request(SearchActorsDocument, { search: query, first: SUGGESTIONS }),
        // Actors still come when the other search fails; it says so in its own group.
        options.moreResults
          ? options
              .moreResults(query)
              .catch((error: unknown): ResultGroup[] => [
                { label: `Quotes and sources: search failed (${(error as Error).message})`, items: [], failed: true },
              ])
          : Promise.resolve([]),
      ]);
      if (ticket !== asked || input.value.trim() !== query) return;
      hits = answer.actors.edges.map((edge) => edge.node);
      groups = more;
      render(query);
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      groups = [];
      choices = [];
      replaceContent(
        list,
        h(
          'li',
          { class: 'no-match', attrs: { role: 'option', 'aria-disabled': 'true' } },
          `Search failed: ${(error as Error).message}`,
        ),
      );
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      asked += 1;
      close();
      return;
    }
    timer = setTimeout(() => void search(query), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && choices.length > 0) {
      event.preventDefault();
      if (list.hidden) list.hidden = false;
      highlight(Math.min(active + 1, choices.length - 1));
    } else if (event.key === 'ArrowUp' && choices.length > 0) {
      event.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      if (!list.hidden && choices.length > 0) {
        event.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => close());

  return { element, input, setValue: (text: string) => (input.value = text) };
}

/** "Person · also Suleimani" when an alias matched; "Person · IR" otherwise. */
export function describeMatch(actor: ActorPayload, query: string): string {
  const kind = kindStyleOf(actor.kind).label;
  const needle = query.toLowerCase();
  if (!actor.name.toLowerCase().includes(needle)) {
    const alias = actor.aliases?.find((name) => name.toLowerCase().includes(needle));
    if (alias) return `${kind} · also “${alias}”`;
  }
  return actor.country ? `${kind} · ${actor.country}` : kind;
}
