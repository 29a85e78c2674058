import type { Request } from '../api/load-view.ts';
import { PATH_MAX_DEPTH } from '../api/load-view.ts';
import type { ActorPayload, PathPayload } from '../api/payloads.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent } from './dom.ts';
import { describePathCount } from './path-list.ts';
import { createSearchBox } from './search-box.ts';

/**
 * Paths between two actors: pick both ends (search, or "Path from/to here" in an actor's
 * details), and the shortest chains of relations are drawn highlighted, listed hop by hop with
 * the evidence for each hop.
 */
export function mountPathsPanel(container: HTMLElement, explorer: ExplorerCommands, request: Request): void {
  const ends: { from: ActorPayload | null; to: ActorPayload | null } = { from: null, to: null };
  const fromBox = createSearchBox({
    label: 'From',
    placeholder: 'First actor…',
    request,
    onChoose: (actor) => setEnd('from', actor),
  });
  const toBox = createSearchBox({
    label: 'To',
    placeholder: 'Second actor…',
    request,
    onChoose: (actor) => setEnd('to', actor),
  });
  const find = h(
    'button',
    {
      attrs: { type: 'button', disabled: true },
      on: { click: () => ends.from && ends.to && explorer.setPath(ends.from.id, ends.to.id) },
    },
    'Find paths',
  );
  const clear = h(
    'button',
    { attrs: { type: 'button', disabled: true }, on: { click: () => explorer.clearPath() } },
    'Clear path',
  );
  const results = h('div', { class: 'path-results', attrs: { 'aria-live': 'polite' } });
  replaceContent(container, fromBox.element, toBox.element, h('div', { class: 'actions' }, find, clear), results);

  function setEnd(end: 'from' | 'to', actor: ActorPayload): void {
    ends[end] = actor;
    (end === 'from' ? fromBox : toBox).setValue(actor.name);
    find.disabled = !(ends.from && ends.to) || ends.from.id === ends.to.id;
    if (ends.from && ends.to && ends.from.id !== ends.to.id) explorer.setPath(ends.from.id, ends.to.id);
  }

  document.addEventListener('actorgraph:path-end', (event) => {
    const { end, actor } = (event as CustomEvent<{ end: 'from' | 'to'; actor: ActorPayload }>).detail;
    container.closest('details')?.setAttribute('open', '');
    setEnd(end, actor);
    (end === 'from' ? toBox : fromBox).input.focus();
  });

  let drawn: readonly PathPayload[] | null | undefined;
  explorer.subscribe(() => {
    clear.disabled = !explorer.model.state.path;
    if (explorer.model.paths === drawn) return;
    drawn = explorer.model.paths;
    if (!explorer.model.state.path || !explorer.model.paths) return replaceContent(results);
    const paths = explorer.model.paths;
    // Names of the ends when the path came from a link rather than the pickers.
    const first = paths[0];
    if (first) {
      ends.from = first.actors[0] ?? ends.from;
      ends.to = first.actors[first.actors.length - 1] ?? ends.to;
      if (ends.from) fromBox.setValue(ends.from.name);
      if (ends.to) toBox.setValue(ends.to.name);
      find.disabled = false;
    }
    if (paths.length === 0) {
      return replaceContent(
        results,
        h('p', {}, `No path of up to ${PATH_MAX_DEPTH} hops under the current filters and date.`),
      );
    }
    replaceContent(
      results,
      h(
        'p',
        { class: 'path-summary' },
        `${describePathCount(paths)} of ${first?.length} hop${first?.length === 1 ? '' : 's'}; the chosen one is highlighted in the graph, its hops and evidence are in the details panel.`,
      ),
    );
  });
}
