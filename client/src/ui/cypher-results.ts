import type { CypherResultPayload } from '../api/cypher.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { toTableRows, type CypherCell } from '../graph/cypher-result.ts';
import { actorNames } from '../graph/view-model.ts';
import { h, replaceContent } from './dom.ts';

/**
 * A Cypher result as a table: one column per returned column, nodes by their names (an actor's
 * name is a button that brings it into the graph), relationships by type and ends. Above it,
 * how many rows, a note when the row limit cut it, and "Draw on graph" when it touches actors
 * or relations.
 */
export function renderCypherResult(
  container: HTMLElement,
  result: CypherResultPayload,
  options: { title: string; explorer: ExplorerCommands; onDrawn: () => void },
): void {
  const { explorer } = options;
  const rows = toTableRows(result.columns, result.rows, actorNames(explorer.model));
  const status = h('p', { class: 'muted cypher-draw-status', attrs: { 'aria-live': 'polite' } });
  const touches = result.actorIds.length + result.relationIds.length > 0;
  const draw = h(
    'button',
    {
      class: 'cypher-draw',
      attrs: { type: 'button', disabled: !touches },
      on: {
        click: () => {
          draw.disabled = true;
          status.textContent = 'Drawing…';
          explorer
            .drawOnGraph(result.actorIds, result.relationIds)
            .then((outcome) => {
              status.textContent =
                outcome.leftOut > 0
                  ? `Drew ${outcome.drawn} actors; ${outcome.leftOut} more left out.`
                  : `Drew ${outcome.drawn} actors and the relations among them.`;
              options.onDrawn();
            })
            .catch((error: unknown) => {
              status.textContent = `Could not draw the result: ${(error as Error).message}`;
            })
            .finally(() => (draw.disabled = false));
        },
      },
    },
    'Draw on graph',
  );
  const cell = (value: CypherCell) => {
    if (value.kind === 'empty') return h('td', { class: 'muted' }, 'null');
    if (value.kind === 'node' && value.node.labels.includes('Actor')) {
      const id = value.node.id;
      return h(
        'td',
        {},
        h(
          'button',
          {
            class: 'link-button',
            attrs: { type: 'button', title: `${value.node.labels.join(', ')} ${id}` },
            on: {
              click: () => {
                explorer.bringIn(id);
                options.onDrawn();
              },
            },
          },
          value.text,
        ),
      );
    }
    if (value.kind === 'node')
      return h('td', { attrs: { title: `${value.node.labels.join(', ')} ${value.node.id}` } }, value.text);
    if (value.kind === 'relationship') return h('td', { attrs: { title: value.relationship.id } }, value.text);
    return h('td', {}, value.text);
  };
  replaceContent(
    container,
    h(
      'div',
      { class: 'cypher-result-bar' },
      h(
        'p',
        { class: 'cypher-summary', attrs: { role: 'status' } },
        `${options.title}: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} in ${result.elapsedMs} ms`,
        touches ? ` · ${result.actorIds.length} actors, ${result.relationIds.length} relations` : '',
      ),
      draw,
    ),
    result.truncated
      ? h(
          'p',
          { class: 'notice cypher-truncated', attrs: { role: 'note' } },
          `Only the first ${rows.length} rows: the row limit cut the result. Add LIMIT or narrow the query.`,
        )
      : null,
    status,
    result.columns.length === 0
      ? h('p', { class: 'muted' }, 'The query returns no columns.')
      : h(
          'div',
          { class: 'cypher-table-wrap' },
          h(
            'table',
            { class: 'data-table cypher-table' },
            h(
              'thead',
              {},
              h('tr', {}, ...result.columns.map((column) => h('th', { attrs: { scope: 'col' } }, column))),
            ),
            h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map(cell)))),
          ),
        ),
  );
}
