import type { Core } from 'cytoscape';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent } from '../ui/dom.ts';
import { expandAll, hideAll, togglePins } from './selection-edits.ts';

/** The actors selected on the graph (shift or ctrl click, shift-drag a box), in the drawing's order. */
export function selectedActorIds(cy: Core): string[] {
  return cy.nodes(':selected').map((node) => node.id());
}

/**
 * Turns on selecting several actors (shift or ctrl click adds or removes one, shift-drag a box
 * selects all in it; a plain drag still pans) and shows what can be done with two or more: hide,
 * expand, pin or release, or let go of the selection. Each action is one step for Undo.
 */
export function wireSelectionBar(cy: Core, host: HTMLElement, explorer: ExplorerCommands): void {
  cy.boxSelectionEnabled(true);
  const bar = h('div', {
    class: 'selection-bar',
    attrs: { role: 'toolbar', 'aria-label': 'Actions on the selected actors', hidden: true },
  });
  host.append(bar);
  const button = (label: string, run: (ids: string[]) => void) =>
    h('button', { attrs: { type: 'button' }, on: { click: () => run(selectedActorIds(cy)) } }, label);

  let scheduled = false;
  const render = () => {
    scheduled = false;
    const ids = selectedActorIds(cy);
    bar.hidden = ids.length < 2;
    if (bar.hidden) return;
    const state = explorer.model.state;
    const allPinned = ids.every((id) => state.locked.includes(id));
    replaceContent(
      bar,
      h('span', { class: 'selection-count' }, `${ids.length} actors selected`),
      button('Hide', (chosen) => {
        cy.nodes().unselect();
        explorer.update(hideAll(explorer.model.state, chosen), { history: 'push' });
      }),
      button('Expand', (chosen) => explorer.update(expandAll(explorer.model.state, chosen), { history: 'push' })),
      button(allPinned ? 'Unpin' : 'Pin', (chosen) =>
        explorer.update(togglePins(explorer.model.state, chosen), { history: 'push' }),
      ),
      button('Clear selection', () => cy.nodes().unselect()),
    );
  };
  // A box selects many at once: one render for the lot.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  };
  cy.on('select unselect remove', 'node', schedule);
  explorer.subscribe(schedule);
}
