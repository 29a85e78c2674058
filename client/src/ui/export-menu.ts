import type { ExportFormat } from '../api/generated/operations.ts';
import { ExportGraphDocument } from '../api/generated/operations.ts';
import { requestGraphQL } from '../api/graphql.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { toDatedFilter } from '../graph/filters.ts';
import { h, uniqueId } from './dom.ts';
import { downloadBlob, exportName } from './download.ts';

const FORMATS: readonly { format: ExportFormat; label: string; type: string }[] = [
  { format: 'GEXF', label: 'GEXF (Gephi)', type: 'application/gexf+xml' },
  { format: 'CYJS', label: 'Cytoscape JSON', type: 'application/json' },
  { format: 'GRAPHML', label: 'GraphML (yEd, networkx)', type: 'application/graphml+xml' },
  { format: 'CSV', label: 'CSV (spreadsheet)', type: 'text/csv' },
];

/**
 * The name a downloaded file gets: the export's own name ("actorgraph.gexf", "relations.csv")
 * behind the time stamp of the download, so exports taken at different times sort and never clash.
 */
export function downloadName(fileName: string, now: Date = new Date()): string {
  const base = exportName(now);
  return fileName.startsWith('actorgraph.') ? `${base}${fileName.slice('actorgraph'.length)}` : `${base}-${fileName}`;
}

/**
 * A format menu and an Export button: downloads the graph in that format from the API (the same
 * export as `npm run export`), filtered as the view is (types, polarity, statuses, confidence,
 * sources and the as-of date). CSV comes as four files.
 */
export function createExportMenu(explorer: ExplorerCommands): HTMLElement {
  const formatId = uniqueId('export-format');
  const select = h(
    'select',
    { attrs: { id: formatId } },
    ...FORMATS.map(({ format, label }) => h('option', { attrs: { value: format } }, label)),
  );
  const button = h(
    'button',
    { attrs: { type: 'button', title: 'Download the graph, filtered as the view is, for another tool' } },
    'Export',
  );
  button.addEventListener('click', () => {
    const chosen = FORMATS.find(({ format }) => format === select.value) ?? FORMATS[0]!;
    button.disabled = true;
    button.textContent = 'Exporting…';
    requestGraphQL(ExportGraphDocument, { format: chosen.format, filter: toDatedFilter(explorer.model.state) })
      .then((data) => {
        for (const file of data.export)
          downloadBlob(new Blob([file.content], { type: chosen.type }), downloadName(file.name));
        button.title = `Exported ${data.export.map((file) => file.name).join(', ')}`;
      })
      .catch((error: unknown) => {
        button.title = `The export failed: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        button.disabled = false;
        button.textContent = 'Export';
      });
  });
  return h('span', { class: 'tool' }, h('label', { attrs: { for: formatId } }, 'Export as '), select, button);
}
