/**
 * Plain-text tables for the command line: a header, a rule, left-aligned text and right-aligned
 * numbers, columns as wide as their widest cell.
 */
export type Cell = string | number | boolean | null | undefined;

export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '(none)';
  const text = rows.map((row) => row.map(formatCell));
  const numeric = headers.map((_, column) =>
    rows.every((row) => typeof row[column] === 'number' || row[column] == null),
  );
  const widths = headers.map((header, column) => Math.max(header.length, ...text.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...text.map(line)].join('\n');
}

export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4);
  return String(value);
}

/** A titled block: the title, then the body indented by nothing, then a blank line. */
export function section(title: string, body: string): string {
  return `${title}\n${body}\n`;
}
