import { formatDate } from '../graph/dates.ts';
import type { ActorNodeData, RelationEdgeData } from '../graph/elements.ts';
import { actorNames, visibleRelations } from '../graph/view-model.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { kindStyleOf, POLARITY_STYLES } from '../graph/kind-style.ts';
import { h, replaceContent } from './dom.ts';
import { sortableTable, type Column } from './sortable-table.ts';

/**
 * The graph as text: the actors and relations drawn right now (after the date and hides), in two
 * tables a screen reader or a keyboard can go through, each sortable by any column. Names are
 * buttons that select, as a click in the graph would; the evidence column opens a relation's
 * evidence.
 */
export function renderTables(container: HTMLElement, explorer: ExplorerCommands): void {
  const { model } = explorer;
  const redraw = () => renderTables(container, explorer);
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
  const button = (text: string, onClick: () => void, label?: string) =>
    h('button', { class: 'link-button', attrs: { type: 'button', 'aria-label': label }, on: { click: onClick } }, text);
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

  const actorColumns: Column<ActorNodeData>[] = [
    {
      title: 'Actor',
      rowHeader: true,
      key: (node) => node.label,
      cell: (node) => button(node.label, () => explorer.focusActor(node.id, { centre: true })),
    },
    { title: 'Kind', key: (node) => kindStyleOf(node.kind).label, cell: (node) => kindStyleOf(node.kind).label },
    { title: 'Country', key: (node) => node.country, cell: (node) => node.country ?? '' },
    {
      title: 'Relations in view',
      key: (node) => inView.get(node.id) ?? 0,
      cell: (node) => String(inView.get(node.id) ?? 0),
    },
  ];
  if (analysis)
    actorColumns.push({
      title: `Analysis: ${analysis.name}`,
      key: (node) => scores.get(node.id)?.value ?? scoreText(node.id) ?? null,
      cell: (node) => scoreText(node.id),
    });

  const relationColumns: Column<RelationEdgeData>[] = [
    { title: 'From', key: (edge) => name(edge.source), cell: (edge) => name(edge.source) },
    {
      title: 'Relation',
      rowHeader: true,
      key: (edge) => edge.label,
      cell: (edge) => button(edge.label, () => explorer.selectRelation(edge.id)),
    },
    { title: 'To', key: (edge) => name(edge.target), cell: (edge) => name(edge.target) },
    {
      title: 'Polarity',
      key: (edge) => POLARITY_STYLES[edge.polarity]?.label ?? edge.polarity,
      cell: (edge) => POLARITY_STYLES[edge.polarity]?.label ?? edge.polarity,
    },
    { title: 'Status', key: (edge) => edge.status.toLowerCase(), cell: (edge) => edge.status.toLowerCase() },
    {
      title: 'Confidence',
      key: (edge) => edge.confidence,
      cell: (edge) => `${Math.round(edge.confidence * 100)}%`,
    },
    {
      title: 'When',
      key: (edge) => edge.validFrom,
      cell: (edge) => formatDate(edge.validFrom, edge.datePrecision),
    },
    {
      title: 'Evidence',
      key: (edge) => edge.evidenceCount,
      cell: (edge) =>
        button(
          `${edge.evidenceCount} ${edge.evidenceCount === 1 ? 'item' : 'items'}`,
          () => explorer.selectRelation(edge.id),
          `Read the ${edge.evidenceCount} evidence items of ${name(edge.source)} ${edge.label} ${name(edge.target)}`,
        ),
    },
  ];

  replaceContent(
    container,
    sortableTable({
      id: 'actors-table',
      caption: `Actors in view (${nodes.length})`,
      columns: actorColumns,
      rows: nodes,
      rowAttributes: (node) => ({ dataset: { id: node.id }, class: node.id === model.state.focus ? 'current' : '' }),
      redraw,
    }),
    sortableTable({
      id: 'relations-table',
      caption: `Relations in view (${edges.length})`,
      columns: relationColumns,
      rows: sortedEdges,
      rowAttributes: (edge) => ({
        dataset: { id: edge.id },
        class: edge.id === model.state.relation ? 'current' : '',
      }),
      redraw,
    }),
  );
}
