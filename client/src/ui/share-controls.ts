import type { Request } from '../api/graphql.ts';
import { loadEvidence } from '../api/load-evidence.ts';
import { attachEvidence, toEvidenceCsv, type SubgraphWithEvidence } from '../graph/export-evidence.ts';
import { exportVisibleSubgraph } from '../graph/export-subgraph.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent } from './dom.ts';
import { downloadBlob, exportName } from './download.ts';

export interface ShareOptions {
  request: Request;
  /** The picture with its legend and caption (view/export-picture.ts). */
  picture(link: string): Promise<Blob>;
  /** The link with the camera: where the drawing looks. */
  linkWithCamera(): string;
}

/**
 * Keeping and sharing a view: the picture as PNG (legend and caption under it), the visible
 * subgraph as JSON or CSV with its evidence and sources, and a link that reopens the view
 * looking at the same place.
 */
export function mountShareControls(container: HTMLElement, explorer: ExplorerCommands, options: ShareOptions): void {
  const said = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });
  const button = (label: string, title: string, onClick: () => Promise<void>) =>
    h(
      'button',
      {
        attrs: { type: 'button', title },
        on: {
          click: (event) => {
            const target = event.currentTarget as HTMLButtonElement;
            target.disabled = true;
            said.textContent = '';
            void onClick()
              .catch((error: unknown) => (said.textContent = `Could not export: ${(error as Error).message}`))
              .finally(() => (target.disabled = false));
          },
        },
      },
      label,
    );
  const withEvidence = async (): Promise<SubgraphWithEvidence> => {
    const subgraph = exportVisibleSubgraph(explorer.model, options.linkWithCamera());
    const evidence = await loadEvidence(
      subgraph.relations.map((relation) => relation.id),
      options.request,
    );
    return attachEvidence(subgraph, evidence);
  };
  replaceContent(
    container,
    button('Export PNG', 'The picture of the whole graph with its legend and caption', async () => {
      downloadBlob(await options.picture(options.linkWithCamera()), `${exportName()}.png`);
    }),
    button('Export JSON', 'The actors and relations in view, with their evidence and sources', async () => {
      const subgraph = await withEvidence();
      downloadBlob(new Blob([JSON.stringify(subgraph, null, 2)], { type: 'application/json' }), `${exportName()}.json`);
    }),
    button('Export CSV', 'The relations in view, one row per piece of evidence, with its source', async () => {
      downloadBlob(new Blob([toEvidenceCsv(await withEvidence())], { type: 'text/csv' }), `${exportName()}.csv`);
    }),
    button(
      'Copy link',
      'The address of this view: filters, date, focus, what was expanded, and where it looks',
      async () => {
        const link = options.linkWithCamera();
        await navigator.clipboard?.writeText(link).then(
          () => (said.textContent = 'Link copied'),
          () => (said.textContent = 'Copy the address bar: it holds the view'),
        );
        // The address bar holds it too, for a browser that refuses the clipboard.
        history.replaceState(history.state, '', link);
      },
    ),
    said,
  );
}
