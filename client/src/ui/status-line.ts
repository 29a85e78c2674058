import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent } from './dom.ts';

/** One line saying what is in view, what the date hides, and anything left out or gone wrong. */
export function mountStatusLine(status: HTMLElement, emptyState: HTMLElement, explorer: ExplorerCommands): void {
  explorer.subscribe(() => {
    const actors = explorer.model.actors.length;
    const { active, inactive } = explorer.model.visibility.counts;
    const parts = [`${actors} actor${actors === 1 ? '' : 's'}, ${active} relation${active === 1 ? '' : 's'} in view`];
    if (explorer.model.state.asOf && inactive > 0)
      parts.push(`${inactive} not yet or no longer holding on ${explorer.model.state.asOf}`);
    if (explorer.model.busy) parts.push('loading…');
    const messages = [explorer.model.error, ...explorer.model.notices].filter((text): text is string => Boolean(text));
    replaceContent(
      status,
      parts.join(' · '),
      ...messages.map((text) => h('span', { class: explorer.model.error === text ? 'notice error' : 'notice' }, text)),
    );

    emptyState.hidden = actors > 0 || explorer.model.busy;
    if (!emptyState.hidden) {
      replaceContent(
        emptyState,
        h('p', {}, explorer.model.notices[0] ?? 'Nothing in view yet.'),
        h('p', {}, 'Search for an actor above (press /) to start; double-click an actor to bring in its neighbours.'),
      );
    }
  });
}
