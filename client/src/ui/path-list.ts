import type { PathPayload } from '../api/payloads.ts';
import { formatDate } from '../graph/dates.ts';
import { toEdgeLabel } from '../graph/elements.ts';
import { describePath, describePathInWords } from '../graph/paths.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h } from './dom.ts';

/** The paths found, hop by hop: who did what to whom, when, and the quotes behind each hop. */
export function renderPathList(paths: readonly PathPayload[], explorer: ExplorerCommands): HTMLElement {
  return h('ol', { class: 'paths' }, ...paths.map((path, index) => renderPath(path, index, explorer)));
}

function renderPath(path: PathPayload, index: number, explorer: ExplorerCommands): HTMLElement {
  const hops = describePath(path);
  return h(
    'li',
    { class: 'path' },
    h(
      'details',
      { attrs: { open: index === 0 } },
      h('summary', {}, describePathInWords(path)),
      h(
        'ol',
        { class: 'hops' },
        ...hops.map((hop) =>
          h(
            'li',
            { class: 'hop' },
            h(
              'button',
              {
                class: 'link-button',
                attrs: { type: 'button' },
                on: { click: () => explorer.selectRelation(hop.relation.id) },
              },
              hop.forward
                ? `${hop.from.name} ${toEdgeLabel(hop.relation)} → ${hop.to.name}`
                : `${hop.to.name} ${toEdgeLabel(hop.relation)} → ${hop.from.name}`,
            ),
            h(
              'span',
              { class: 'muted' },
              ` · ${formatDate(hop.relation.validFrom, hop.relation.datePrecision)} · ${hop.relation.status.toLowerCase()}`,
            ),
            ...hop.relation.evidence.map((item) =>
              h(
                'blockquote',
                { class: 'hop-quote' },
                item.quote,
                h(
                  'footer',
                  {},
                  `${item.attribution} (${item.source.publisher}, ${formatDate(item.source.published)}; ${item.stance.toLowerCase()})`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
