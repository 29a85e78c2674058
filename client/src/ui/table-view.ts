import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { formatDate } from '../graph/dates.ts';
import type { Explorer } from '../explorer.ts';
import { kindStyleOf, POLARITY_STYLES } from '../view/kind-style.ts';
import { h, replaceContent } from './dom.ts';

/**
 * The graph as text: the actors and relations drawn right now (after the date and hides), in two
 * tables a screen reader or a keyboard can go through. Names are buttons that select, as a click
 * in the graph would.
 */
export function renderTables(container: HTMLElement, explorer: Explorer): void {
  const cy = explorer.cy;
  const nodes = cy
    .nodes()
    .filter((node: NodeSingular) => node.visible())
    .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
  const edges = cy.edges().filter((edge) => edge.visible());
  const sortedEdges = edges.sort(
    (a, b) =>
      String(a.data('validFrom') ?? '9999').localeCompare(String(b.data('validFrom') ?? '9999')) ||
      a.id().localeCompare(b.id()),
  );
  const button = (text: string, onClick: () => void) =>
    h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: onClick } }, text);
  const name = (node: NodeSingular) => String(node.data('label'));
  // Under an analysis overlay, each actor's score is a column: the text twin of size and colour.
  const analysis = explorer.analysis?.payload ?? null;
  const scores = new Map(analysis?.actors.map((score) => [score.actorId, score]) ?? []);
  const scoreText = (id: string) => {
    const score = scores.get(id);
    return score
      ? [
          ...new Set([
            score.label,
            score.group,
            score.value !== null ? String(Math.round(score.value * 1000) / 1000) : null,
          ]),
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
  };
  replaceContent(
    container,
    h(
      'table',
      { class: 'data-table', attrs: { id: 'actors-table' } },
      h('caption', {}, `Actors in view (${nodes.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Actor', 'Kind', 'Country', 'Relations in view', ...(analysis ? [`Analysis: ${analysis.name}`] : [])].map(
            (title) => h('th', { attrs: { scope: 'col' } }, title),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...nodes.map((node: NodeSingular) =>
          h(
            'tr',
            { dataset: { id: node.id() }, class: node.id() === explorer.state.focus ? 'current' : '' },
            h(
              'th',
              { attrs: { scope: 'row' } },
              button(name(node), () => explorer.focusActor(node.id(), { centre: true })),
            ),
            h('td', {}, kindStyleOf(String(node.data('kind'))).label),
            h('td', {}, String(node.data('country') ?? '')),
            h('td', {}, String(node.connectedEdges().filter((edge: EdgeSingular) => edge.visible()).length)),
            analysis ? h('td', {}, scoreText(node.id())) : null,
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data-table', attrs: { id: 'relations-table' } },
      h('caption', {}, `Relations in view (${edges.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['From', 'Relation', 'To', 'Polarity', 'Status', 'Confidence', 'When', 'Evidence'].map((title) =>
            h('th', { attrs: { scope: 'col' } }, title),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...sortedEdges.map((edge: EdgeSingular) =>
          h(
            'tr',
            { dataset: { id: edge.id() }, class: edge.id() === explorer.state.relation ? 'current' : '' },
            h('td', {}, name(edge.source())),
            h(
              'th',
              { attrs: { scope: 'row' } },
              button(String(edge.data('label')), () => explorer.selectRelation(edge.id())),
            ),
            h('td', {}, name(edge.target())),
            h('td', {}, POLARITY_STYLES[String(edge.data('polarity'))]?.label ?? String(edge.data('polarity'))),
            h('td', {}, String(edge.data('status')).toLowerCase()),
            h('td', {}, `${Math.round(Number(edge.data('confidence')) * 100)}%`),
            h(
              'td',
              {},
              formatDate(edge.data('validFrom') as string | null, edge.data('datePrecision') as string | null),
            ),
            h('td', {}, String(edge.data('evidenceCount'))),
          ),
        ),
      ),
    ),
  );
}
