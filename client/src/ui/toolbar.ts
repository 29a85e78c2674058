import { exportVisibleSubgraph } from '../graph/export-subgraph.ts';
import { EDGE_WIDTH_MODES, LAYOUT_NAMES, type EdgeWidthMode, type LayoutName } from '../graph/view-state.ts';
import type { Explorer } from '../explorer.ts';
import { LAYOUT_LABELS } from '../view/layouts.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { downloadBlob, exportName } from './download.ts';

const WIDTH_LABELS: Record<EdgeWidthMode, string> = { evidence: 'Evidence count', intensity: 'Intensity' };

/** Drawing and keeping: layout, fit, edge width, start over, bring back hidden actors, export, copy link. */
export function mountToolbar(container: HTMLElement, explorer: Explorer): void {
  const layoutId = uniqueId('layout');
  const layout = h('select', { attrs: { id: layoutId } }, ...LAYOUT_NAMES.map((name) => h('option', { attrs: { value: name } }, LAYOUT_LABELS[name])));
  layout.addEventListener('change', () => explorer.update({ layout: layout.value as LayoutName }));
  const widthId = uniqueId('width');
  const width = h('select', { attrs: { id: widthId } }, ...EDGE_WIDTH_MODES.map((mode) => h('option', { attrs: { value: mode } }, WIDTH_LABELS[mode])));
  width.addEventListener('change', () => explorer.update({ edgeWidth: width.value as EdgeWidthMode }));
  const button = (label: string, onClick: () => void, title?: string) => h('button', { attrs: { type: 'button', title: title ?? null }, on: { click: onClick } }, label);
  const hidden = button('Show hidden', () => explorer.showHidden());
  const base = button('Start empty', () => (explorer.state.base === 'overview' ? explorer.clearView() : explorer.showOverview()));
  const copied = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });

  replaceContent(
    container,
    h('span', { class: 'tool' }, h('label', { attrs: { for: layoutId } }, 'Layout '), layout),
    button('Re-run layout', () => void explorer.relayout()),
    button('Fit', () => explorer.cy.animate({ fit: { eles: explorer.cy.elements(':visible'), padding: 40 } }, { duration: 250 }), 'Fit the graph to the window (F)'),
    h('span', { class: 'tool' }, h('label', { attrs: { for: widthId } }, 'Edge width '), width),
    base,
    hidden,
    button('Export PNG', () => {
      const blob = explorer.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
      downloadBlob(blob, `${exportName()}.png`);
    }),
    button('Export JSON', () => {
      const subgraph = exportVisibleSubgraph(explorer.cy, explorer.link());
      downloadBlob(new Blob([JSON.stringify(subgraph, null, 2)], { type: 'application/json' }), `${exportName()}.json`);
    }, 'The actors and relations in view, as data'),
    button('Copy link', () => {
      void navigator.clipboard?.writeText(explorer.link()).then(
        () => (copied.textContent = 'Link copied'),
        () => (copied.textContent = 'Copy the address bar: it holds the view'),
      );
    }),
    copied,
  );

  explorer.subscribe(() => {
    layout.value = explorer.state.layout;
    width.value = explorer.state.edgeWidth;
    hidden.textContent = `Show hidden (${explorer.state.hidden.length})`;
    hidden.disabled = explorer.state.hidden.length === 0;
    base.textContent = explorer.state.base === 'overview' ? 'Start empty' : 'Show overview';
  });
}
