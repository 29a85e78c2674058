import { nextSortOrder, sortRows, type SortKey, type SortOrder } from '../graph/sort-rows.ts';
import { h, type Child } from './dom.ts';

export interface Column<T> {
  title: string;
  /** What the column sorts by. */
  key(row: T): SortKey;
  cell(row: T): Child;
  /** The row's header cell (th scope=row), for the column that names the row. */
  rowHeader?: boolean;
}

/** The order each table was last sorted in, by table id: tables are drawn again on every change. */
const orders = new Map<string, SortOrder>();

/**
 * A table whose column headers sort it: a click (or Enter on the header's button) sorts by that
 * column, a second click the other way; the header says so with aria-sort, as screen readers
 * expect. `redraw` is called after a click so the caller draws the table again.
 */
export function sortableTable<T>(options: {
  id: string;
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowAttributes(row: T): { dataset: Record<string, string>; class: string };
  redraw(): void;
}): HTMLTableElement {
  const order = orders.get(options.id) ?? null;
  const column = order ? options.columns[order.column] : undefined;
  const rows = order && column ? sortRows(options.rows, (row) => column.key(row), order.direction) : options.rows;
  return h(
    'table',
    { class: 'data-table sortable', attrs: { id: options.id } },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...options.columns.map((header, index) =>
          h(
            'th',
            { attrs: { scope: 'col', 'aria-sort': order?.column === index ? order.direction : 'none' } },
            h(
              'button',
              {
                class: 'sort-button',
                attrs: { type: 'button', title: `Sort by ${header.title.toLowerCase()}` },
                on: {
                  click: () => {
                    orders.set(options.id, nextSortOrder(orders.get(options.id) ?? null, index));
                    options.redraw();
                    document.querySelector<HTMLElement>(`#${options.id} th:nth-child(${index + 1}) button`)?.focus();
                  },
                },
              },
              header.title,
              h('span', { class: 'sort-mark', attrs: { 'aria-hidden': 'true' } }, sortMark(order, index)),
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          options.rowAttributes(row),
          ...options.columns.map((column) =>
            column.rowHeader ? h('th', { attrs: { scope: 'row' } }, column.cell(row)) : h('td', {}, column.cell(row)),
          ),
        ),
      ),
    ),
  );
}

function sortMark(order: SortOrder | null, column: number): string {
  if (order?.column !== column) return ' ↕';
  return order.direction === 'ascending' ? ' ▲' : ' ▼';
}
