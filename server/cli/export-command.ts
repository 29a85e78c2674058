import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../interchange/export/export-graph.ts';
import { readExportFilter, type ExportFilter } from '../interchange/export/export-filter.ts';

export const EXPORT_USAGE = `usage: npm run --silent export -- --format graphml|gexf|cyjs|csv --out PATH
         [--as-of D] [--from D] [--to D] [--types T,...] [--min-confidence X] [--include-retracted]
  Writes the graph for Gephi (gexf), Cytoscape desktop (cyjs), yEd and networkx (graphml), or as a
  folder of four CSV files (csv: PATH is the folder). Dates are YYYY, YYYY-MM or YYYY-MM-DD.`;

export interface ExportCommand {
  readonly format: ExportFormat;
  readonly out: string;
  readonly filter: ExportFilter;
}

/**
 * Reads and checks the export command's arguments; throws an error starting "usage:" or
 * "actorgraph:" (printed as it is by runCli) before anything is read or written.
 */
export function parseExportArgs(args: readonly string[]): ExportCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        types: { type: 'string' },
        'min-confidence': { type: 'string' },
        'include-retracted': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Error(`usage: ${(error as Error).message}\n${EXPORT_USAGE}`, { cause: error });
  }
  if (parsed.help) return 'help';
  if (parsed.format === undefined) throw new Error(`usage: --format is required\n${EXPORT_USAGE}`);
  if (!isExportFormat(parsed.format)) {
    throw new Error(`actorgraph: --format must be one of ${EXPORT_FORMATS.join(', ')}, got "${parsed.format}"`);
  }
  if (parsed.out === undefined || parsed.out.trim() === '') {
    throw new Error(`usage: --out is required\n${EXPORT_USAGE}`);
  }
  const minConfidence = parsed['min-confidence'];
  const filter = readExportFilter({
    asOf: parsed['as-of'] ?? null,
    from: parsed.from ?? null,
    to: parsed.to ?? null,
    types: parsed.types
      ?.split(',')
      .map((type) => type.trim().toUpperCase())
      .filter((type) => type.length > 0),
    minConfidence: minConfidence === undefined ? null : minConfidence.trim() === '' ? NaN : Number(minConfidence),
    includeRetracted: parsed['include-retracted'] ?? false,
  });
  return { format: parsed.format, out: parsed.out, filter };
}
