import {
  EDGE_WIDTH_MODES,
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  type EdgeWidthMode,
  type LayoutName,
} from '../graph/view-state.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent, uniqueId } from './dom.ts';
import { createExportMenu } from './export-menu.ts';

const WIDTH_LABELS: Record<EdgeWidthMode, string> = { evidence: 'Evidence', intensity: 'Intensity' };

/** How the view is drawn: layout, fit, edge width, start over, bring back hidden actors; export. */
export function mountToolbar(container: HTMLElement, explorer: ExplorerCommands): void {
  const layoutId = uniqueId('layout');
  const layout = h(
    'select',
    { attrs: { id: layoutId } },
    ...LAYOUT_NAMES.map((name) => h('option', { attrs: { value: name } }, LAYOUT_LABELS[name])),
  );
  layout.addEventListener('change', () => explorer.update({ layout: layout.value as LayoutName }));
  const widthId = uniqueId('width');
  const width = h(
    'select',
    { attrs: { id: widthId } },
    ...EDGE_WIDTH_MODES.map((mode) => h('option', { attrs: { value: mode } }, WIDTH_LABELS[mode])),
  );
  width.addEventListener('change', () => explorer.update({ edgeWidth: width.value as EdgeWidthMode }));
  const button = (label: string, onClick: () => void, title?: string) =>
    h('button', { attrs: { type: 'button', title: title ?? null }, on: { click: onClick } }, label);
  const hidden = button('Unhide', () => explorer.showHidden(), 'Bring back the actors you hid');
  const base = button('Clear', () =>
    explorer.model.state.base === 'overview' ? explorer.clearView() : explorer.showOverview(),
  );

  replaceContent(
    container,
    h('span', { class: 'tool' }, h('label', { attrs: { for: layoutId } }, 'Layout '), layout),
    button('Re-layout', () => void explorer.relayout(), 'Run the layout again from scratch'),
    button('Fit', () => explorer.fit(), 'Fit the graph to the window (F)'),
    h('span', { class: 'tool' }, h('label', { attrs: { for: widthId } }, 'Width by '), width),
    base,
    hidden,
    createExportMenu(explorer),
  );

  explorer.subscribe(() => {
    layout.value = explorer.model.state.layout;
    width.value = explorer.model.state.edgeWidth;
    hidden.textContent = `Unhide (${explorer.model.state.hidden.length})`;
    hidden.disabled = explorer.model.state.hidden.length === 0;
    base.textContent = explorer.model.state.base === 'overview' ? 'Clear' : 'Overview';
    base.title =
      explorer.model.state.base === 'overview'
        ? 'Start from an empty canvas and grow it from a search'
        : 'Show the whole graph when it is small enough to read';
  });
}
