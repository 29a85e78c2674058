export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  column: number;
  direction: SortDirection;
}

/** What a cell sorts by: numbers as numbers, text in the reader's collation, blanks last. */
export type SortKey = string | number | null;

/**
 * Rows ordered by one column's keys. Stable: rows with equal keys keep their order, so a second
 * click on another column refines rather than scrambles. Blank keys go last either way.
 */
export function sortRows<T>(rows: readonly T[], keyOf: (row: T) => SortKey, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: keyOf(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : String(a.key).localeCompare(String(b.key), undefined, { numeric: true });
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** A click on a column's header: that column ascending, or the other way if it was already. */
export function nextSortOrder(current: SortOrder | null, column: number): SortOrder {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}
