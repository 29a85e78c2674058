// Boots the graph browser: the drawing (view/), the explorer that publishes the view model, the
// panels around it (ui/), and the state from the URL. The one module that knows all three layers.
import { createCachedRequest } from './api/graphql.ts';
import { parseCamera, withCamera } from './graph/camera-param.ts';
import { pictureCaption, pictureLegend } from './graph/picture-caption.ts';
import { parseViewState } from './graph/view-state.ts';
import { Explorer } from './explorer/explorer.ts';
import { GraphView } from './view/graph-view.ts';
import { wireGraphInteractions } from './view/graph-interactions.ts';
import { mountAddArticle } from './ui/add-article.ts';
import { mountAnalysisPanel } from './ui/analysis-panel.ts';
import { mountCypherPanel } from './ui/cypher-panel.ts';
import { mountDetailsPanel } from './ui/details-panel.ts';
import { definition, h, replaceContent } from './ui/dom.ts';
import { mountFiltersPanel } from './ui/filters-panel.ts';
import { SHORTCUTS, wireShortcuts } from './ui/keyboard.ts';
import { mountLegend } from './ui/legend.ts';
import { mountPanelToggles } from './ui/panel-toggles.ts';
import { mountPathsPanel } from './ui/paths-panel.ts';
import { createSearchBox } from './ui/search-box.ts';
import { mountShareControls } from './ui/share-controls.ts';
import { mountStatusLine } from './ui/status-line.ts';
import { renderTables } from './ui/table-view.ts';
import { createTabs } from './ui/tabs.ts';
import { mountTimeSlider } from './ui/time-slider.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { evidenceResults } from './workbench/evidence-results.ts';
import { mountWorkbench, WORKBENCH_SHORTCUTS } from './workbench/mount-workbench.ts';

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`client/index.html lacks #${id}, which main.ts mounts into`);
  return element;
};

async function start(): Promise<void> {
  const request = createCachedRequest();
  const state = parseViewState(location.search);
  const view = GraphView.create(byId('graph'), state.edgeWidth);
  const explorer = new Explorer(view, request, state);
  // For the browser tests and anyone watching: the page is busy while a view loads or lays out.
  explorer.subscribe((model) => document.body.toggleAttribute('data-busy', model.busy));

  const search = createSearchBox({
    label: 'Search actors, quotes and sources',
    placeholder: 'Search actors, quotes, sources  ( / )',
    request,
    visibleLabel: false,
    onChoose: (actor) => explorer.bringIn(actor.id),
    moreResults: evidenceResults(request, explorer),
  });
  byId('search').replaceChildren(search.element);

  mountStatusLine(byId('status'), byId('empty-state'), explorer);
  mountToolbar(byId('toolbar'), explorer);
  mountShareControls(byId('share'), explorer, {
    request,
    linkWithCamera: () => withCamera(explorer.link(), view.camera()),
    picture: (link) => view.exportPicture(pictureCaption(explorer.model, link), pictureLegend(explorer.model)),
  });
  mountLegend(byId('legend'), explorer);
  mountTimeSlider(byId('timeline'), explorer);
  mountPathsPanel(byId('paths'), explorer, request);
  mountAnalysisPanel(byId('analysis'), explorer);
  mountDetailsPanel(byId('details'), explorer, request);
  wireGraphInteractions(view, explorer);
  mountPanelToggles(
    document.querySelector<HTMLElement>('.view-bar')!,
    { controls: byId('controls'), details: byId('details') },
    explorer,
  );
  mountWorkbench(view, explorer, byId('workbench'));
  mountAddArticle(byId('add-article-button'), byId('add-article') as HTMLDialogElement, { explorer, request });

  const tablePanel = byId('table-panel');
  const graphPanel = byId('graph-panel');
  const cypherPanel = byId('cypher-panel');
  const cypher = mountCypherPanel(cypherPanel, explorer, { showGraph: () => tabs.show(graphPanel) });
  const tabs = createTabs(byId('view-tabs'), [
    { label: 'Graph', panel: graphPanel, onShow: () => view.resize() },
    { label: 'Table', panel: tablePanel, onShow: () => renderTables(tablePanel, explorer) },
    { label: 'Cypher', panel: cypherPanel, onShow: () => cypher.onShow() },
  ]);
  explorer.subscribe(() => {
    if (tabs.isShown(tablePanel)) renderTables(tablePanel, explorer);
  });

  const help = byId('help') as HTMLDialogElement;
  replaceContent(
    byId('help-keys'),
    ...[...SHORTCUTS, ...WORKBENCH_SHORTCUTS].map(([keys, action]) => definition(keys, action)),
  );
  byId('help-button').addEventListener('click', () => help.showModal());
  wireShortcuts(explorer, {
    focusSearch: () => search.input.focus(),
    showHelp: () => help.showModal(),
    focusDetails: () => byId('details').focus(),
    focusPaths: () => byId('paths').querySelector<HTMLElement>('input, button')?.focus(),
    focusGraph: () => {
      tabs.show(graphPanel);
      byId('graph').focus();
    },
  });

  window.addEventListener('popstate', () => explorer.restore(parseViewState(location.search)));

  // Filters need the API's vocabulary; the graph does not wait for them.
  void mountFiltersPanel(byId('filters'), explorer, request).catch((error: unknown) => {
    replaceContent(
      byId('filters'),
      h('p', { class: 'error' }, `Could not load the filter choices: ${(error as Error).message}`),
    );
  });
  const camera = parseCamera(location.search);
  await explorer.start();
  // A shared link looks where its sender looked; the layout is the same (seeded), the window may not be.
  if (camera) view.setCamera(camera);
}

void start();
