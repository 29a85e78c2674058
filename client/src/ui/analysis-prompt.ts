import type { ExplorerCommands } from '../explorer/commands.ts';
import { actorNames } from '../graph/view-model.ts';
import { h, uniqueId } from './dom.ts';

/**
 * What an overlay asks for before it can run (reach: an actor), with a list of the actors in view
 * to pick from; picking one focuses it, which runs the overlay.
 */
export function renderActorPrompt(question: string, explorer: ExplorerCommands): HTMLElement {
  const names = actorNames(explorer.model);
  const selectId = uniqueId('overlay-actor');
  const select = h(
    'select',
    { attrs: { id: selectId } },
    h('option', { attrs: { value: '' } }, 'Choose an actor…'),
    ...[...names]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([id, name]) => h('option', { attrs: { value: id } }, name)),
  );
  select.addEventListener('change', () => {
    if (select.value) explorer.focusActor(select.value, { centre: true });
  });
  return h(
    'div',
    { class: 'analysis-prompt' },
    h('p', { attrs: { role: 'note' } }, question),
    h('label', { class: 'field-label', attrs: { for: selectId } }, 'Actor'),
    select,
  );
}
