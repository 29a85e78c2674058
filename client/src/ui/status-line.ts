import type { Explorer } from '../explorer.ts';
import { h, replaceContent } from './dom.ts';

/** One line saying what is in view, what the date hides, and anything left out or gone wrong. */
export function mountStatusLine(status: HTMLElement, emptyState: HTMLElement, explorer: Explorer): void {
  explorer.subscribe(() => {
    const cy = explorer.cy;
    const actors = cy.nodes().length;
    const { active, inactive } = explorer.asOfCounts;
    const parts = [`${actors} actor${actors === 1 ? '' : 's'}, ${active} relation${active === 1 ? '' : 's'} in view`];
    if (explorer.state.asOf && inactive > 0)
      parts.push(`${inactive} not yet or no longer holding on ${explorer.state.asOf}`);
    if (explorer.busy) parts.push('loading…');
    const messages = [explorer.error, ...explorer.notices].filter((text): text is string => Boolean(text));
    replaceContent(
      status,
      parts.join(' · '),
      ...messages.map((text) => h('span', { class: explorer.error === text ? 'notice error' : 'notice' }, text)),
    );

    emptyState.hidden = actors > 0 || explorer.busy;
    if (!emptyState.hidden) {
      replaceContent(
        emptyState,
        h('p', {}, explorer.notices[0] ?? 'Nothing in view yet.'),
        h('p', {}, 'Search for an actor above (press /) to start; double-click an actor to bring in its neighbours.'),
      );
    }
  });
}
