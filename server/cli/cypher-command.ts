import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatTable, type Cell } from '../analyses/format-table.ts';
import { CypherError } from '../cypher-console/cypher-error.ts';
import type { CypherResult } from '../cypher-console/run-cypher.ts';

export const CYPHER_USAGE = `usage: npm run --silent cypher -- [--param name=value ...] [--json | --csv] QUERY-or-FILE.cypher

Runs one read-only Cypher query against the configured database and prints a table.
A write, a procedure outside the allowlist or LOAD CSV is refused before it runs.

  --param name=value   a query parameter ($name); the value is read as JSON when it is JSON
                       (--param depth=2, --param 'types=["AID"]'), else as text (--param id=iran)
  --json               print an array of row objects
  --csv                print CSV (a header row, then one row per result row)
  --help               this text

limits: ACTORGRAPH_CYPHER_TIMEOUT_MS (default 10000), ACTORGRAPH_CYPHER_MAX_ROWS (default 1000).
docs/cypher.md explains the graph to a query writer, with examples.`;

export type OutputFormat = 'table' | 'json' | 'csv';

export interface CypherCommand {
  readonly query: string;
  readonly params: Record<string, unknown>;
  readonly format: OutputFormat;
}

/** Reads the command line; a bad flag or value is a BAD_USER_INPUT naming it. */
export function parseCypherArgs(argv: readonly string[]): CypherCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: {
        param: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CypherError('BAD_USER_INPUT', `${(error as Error).message}\n\n${CYPHER_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new CypherError(
      'BAD_USER_INPUT',
      `${positionals.length === 0 ? 'no query given' : 'give the query as one argument (quote it)'}\n\n${CYPHER_USAGE}`,
    );
  }
  if (values.json && values.csv) throw new CypherError('BAD_USER_INPUT', '--json and --csv exclude each other');
  return {
    query: readQueryArgument(positionals[0]!),
    params: readParamFlags(values.param ?? []),
    format: values.json ? 'json' : values.csv ? 'csv' : 'table',
  };
}

function readQueryArgument(argument: string): string {
  if (argument.endsWith('.cypher')) {
    if (!existsSync(argument)) throw new CypherError('BAD_USER_INPUT', `no such file: ${argument}`);
    return readFileSync(argument, 'utf8');
  }
  return argument;
}

/** `name=value` pairs; a value that parses as JSON is that JSON, any other is text. */
export function readParamFlags(flags: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    const name = equals < 0 ? flag : flag.slice(0, equals);
    if (equals < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new CypherError('BAD_USER_INPUT', `--param ${flag}: write --param name=value`, { param: name });
    }
    params[name] = readJsonOrText(flag.slice(equals + 1));
  }
  return params;
}

function readJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The result as the format asks: rows only, so `--json` and `--csv` output can be piped. */
export function formatCypherResult(result: CypherResult, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(result.rows);
  if (format === 'csv') return toCsv(result);
  return formatTable(
    result.columns,
    result.rows.map((row) => result.columns.map((column) => toCell(row[column]))),
  );
}

/** A node reads as `Name [id]`, a relationship as `from -[TYPE id]-> to`, anything else as JSON. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined || typeof value !== 'object') return value as Cell;
  if (isNode(value)) return `${value.name ?? value.labels.join(':')} [${value.id}]`;
  if (isRelationship(value)) return `${value.from} -[${value.type}${value.id ? ` ${value.id}` : ''}]-> ${value.to}`;
  if (Array.isArray(value) && value.every((item) => isNode(item) || isRelationship(item))) {
    return value.map((item) => (isNode(item) ? `(${item.id})` : `-[${item.type}]-`)).join('');
  }
  return JSON.stringify(value);
}

function isNode(value: unknown): value is { id: unknown; name: unknown; labels: string[] } {
  return typeof value === 'object' && value !== null && 'labels' in value && Array.isArray(value.labels);
}

function isRelationship(value: unknown): value is { id: unknown; type: string; from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value && 'from' in value && 'to' in value;
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; objects as JSON. */
export function toCsv(result: Pick<CypherResult, 'columns' | 'rows'>): string {
  const cell = (value: unknown) => {
    const text =
      value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [result.columns, ...result.rows.map((row) => result.columns.map((column) => row[column]))]
    .map((cells) => cells.map(cell).join(','))
    .join('\n');
}
