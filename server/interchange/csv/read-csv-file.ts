import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';

/** A data row of a CSV file: its line number (the header is line 1) and its cells by column. */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvRowProblem {
  readonly line: number;
  readonly message: string;
}

/** The file as a whole cannot be read (no header, unknown or missing columns). */
export class CsvFileError extends Error {
  override readonly name = 'CsvFileError';
}

/**
 * Streams the rows of an RFC 4180 CSV file with a header row. A row that cannot be parsed (an
 * unclosed quote, a field count unlike the header's) is handed to `onProblem` with its line and
 * skipped; the rest of the file is still read. The header must name every `required` column and
 * only `known` ones, or the file is refused as a whole.
 */
export async function* readCsvFile(
  path: string,
  columns: { readonly known: readonly string[]; readonly required: readonly string[] },
  onProblem: (problem: CsvRowProblem) => void,
): AsyncGenerator<CsvRow> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        onProblem({ line: Number(error?.['lines'] ?? 0), message: `not valid CSV: ${error?.message ?? 'unreadable'}` });
        return undefined;
      },
    }),
  );
  let header: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (header === null) {
      header = record.map((name) => name.trim());
      checkHeader(header, columns);
      continue;
    }
    if (record.length !== header.length) {
      onProblem({ line: info.lines, message: `has ${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = record[i]!));
    yield { line: info.lines, cells };
  }
  if (header === null) throw new CsvFileError('is empty: a CSV file starts with a header row');
}

function checkHeader(header: readonly string[], columns: { known: readonly string[]; required: readonly string[] }) {
  const unknown = header.filter((name) => !columns.known.includes(name));
  if (unknown.length > 0) {
    throw new CsvFileError(`has unknown columns ${unknown.join(', ')} (known: ${columns.known.join(', ')})`);
  }
  const missing = columns.required.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new CsvFileError(`lacks the columns ${missing.join(', ')}`);
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  if (repeated.length > 0) throw new CsvFileError(`names the columns ${repeated.join(', ')} twice`);
}
