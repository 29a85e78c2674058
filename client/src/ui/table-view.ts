import { formatDate } from '../graph/dates.ts';
import type { ActorNodeData, RelationEdgeData } from '../graph/elements.ts';
import { actorNames, visibleRelations } from '../graph/view-model.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { kindStyleOf, POLARITY_STYLES } from '../graph/kind-style.ts';
import { h, replaceContent } from './dom.ts';

/**
 * The graph as text: the actors and relations drawn right now (after the date and hides), in two
 * tables a screen reader or a keyboard can go through. Names are buttons that select, as a click
 * in the graph would.
 */
export function renderTables(container: HTMLElement, explorer: ExplorerCommands): void {
  const { model } = explorer;
  // Every loaded actor is drawn (an actor with no relation holding on the date is dimmed, not
  // hidden); a relation is drawn when it holds on the date.
  const nodes = [...model.actors].sort((a, b) => a.label.localeCompare(b.label));
  const edges = visibleRelations(model);
  const sortedEdges = [...edges].sort(
    (a, b) => (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') || a.id.localeCompare(b.id),
  );
  const inView = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) inView.set(end, (inView.get(end) ?? 0) + 1);
  const names = actorNames(model);
  const button = (text: string, onClick: () => void) =>
    h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: onClick } }, text);
  const name = (id: string) => names.get(id) ?? id;
  // Under an analysis overlay, each actor's score is a column: the text twin of size and colour.
  const analysis = explorer.model.analysis?.payload ?? null;
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
        ...nodes.map((node: ActorNodeData) =>
          h(
            'tr',
            { dataset: { id: node.id }, class: node.id === model.state.focus ? 'current' : '' },
            h(
              'th',
              { attrs: { scope: 'row' } },
              button(node.label, () => explorer.focusActor(node.id, { centre: true })),
            ),
            h('td', {}, kindStyleOf(node.kind).label),
            h('td', {}, node.country ?? ''),
            h('td', {}, String(inView.get(node.id) ?? 0)),
            analysis ? h('td', {}, scoreText(node.id)) : null,
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
        ...sortedEdges.map((edge: RelationEdgeData) =>
          h(
            'tr',
            { dataset: { id: edge.id }, class: edge.id === model.state.relation ? 'current' : '' },
            h('td', {}, name(edge.source)),
            h(
              'th',
              { attrs: { scope: 'row' } },
              button(edge.label, () => explorer.selectRelation(edge.id)),
            ),
            h('td', {}, name(edge.target)),
            h('td', {}, POLARITY_STYLES[edge.polarity]?.label ?? edge.polarity),
            h('td', {}, edge.status.toLowerCase()),
            h('td', {}, `${Math.round(edge.confidence * 100)}%`),
            h('td', {}, formatDate(edge.validFrom, edge.datePrecision)),
            h('td', {}, String(edge.evidenceCount)),
          ),
        ),
      ),
    ),
  );
}
