import { exportVisibleSubgraph } from '../graph/export-subgraph.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent } from './dom.ts';
import { downloadBlob, exportName } from './download.ts';

/** Keeping and sharing a view: the picture as PNG, the visible subgraph as JSON, the link. */
export function mountShareControls(container: HTMLElement, explorer: ExplorerCommands): void {
  const copied = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });
  const button = (label: string, title: string, onClick: () => void) =>
    h('button', { attrs: { type: 'button', title }, on: { click: onClick } }, label);
  replaceContent(
    container,
    button('Export PNG', 'The picture of the whole graph, at twice the screen resolution', () => {
      downloadBlob(explorer.exportPng(), `${exportName()}.png`);
    }),
    button('Export JSON', 'The actors and relations in view, as data', () => {
      const subgraph = exportVisibleSubgraph(explorer.model, explorer.link());
      downloadBlob(new Blob([JSON.stringify(subgraph, null, 2)], { type: 'application/json' }), `${exportName()}.json`);
    }),
    button('Copy link', 'The address of this view: filters, date, focus and what was expanded', () => {
      void navigator.clipboard?.writeText(explorer.link()).then(
        () => (copied.textContent = 'Link copied'),
        () => (copied.textContent = 'Copy the address bar: it holds the view'),
      );
    }),
    copied,
  );
}
