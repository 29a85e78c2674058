// npm run import -- --format csv|gdelt|acled [--strict] FILE...: loads event data (GDELT 2.0
// events exports, ACLED CSV exports) or a folder written by `npm run export -- --format csv`.
// Rows are streamed and loaded in batches; a malformed row is skipped and reported by line
// (--strict refuses the file instead); running an import again loads nothing twice.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { importEventFile, type EventImportReport } from '../interchange/import/import-events.ts';
import { EVENT_FORMATS, type EventFormat } from '../interchange/import/read-rows.ts';
import { runCli } from './run-cli.ts';

const USAGE = 'usage: npm run import -- --format csv|gdelt|acled [--strict] FILE...';
/** Malformed rows listed one by one; past this many, the summary says how many more. */
const LISTED_PROBLEMS = 20;

interface ImportArgs {
  readonly format: EventFormat | 'csv';
  readonly strict: boolean;
  readonly files: readonly string[];
}

function parseArgs(args: readonly string[]): ImportArgs {
  let format: string | undefined;
  let strict = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') continue;
    else if (arg === '--strict') strict = true;
    else if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) throw new Error(`${USAGE}\nunknown option ${arg}`);
    else files.push(arg);
  }
  if (format !== 'csv' && !EVENT_FORMATS.includes(format as EventFormat))
    throw new Error(`${USAGE}\n--format must be csv, gdelt or acled`);
  if (files.length === 0) throw new Error(`${USAGE}\nname at least one file`);
  return { format: format as ImportArgs['format'], strict, files };
}

/** The CSV importer of the export's folders (server/interchange/csv/import-csv.ts), as it is called. */
interface CsvImporter {
  importCsvFolder(
    database: Database,
    folder: string,
    options: { strict?: boolean },
  ): Promise<{
    rowsRead: number;
    loaded: number;
    skipped: number;
    problems: readonly { file: string; line: number; message: string }[];
  }>;
}

/** Loaded when asked for, so event imports work in a build without the CSV importer. */
async function csvImporter(): Promise<CsvImporter> {
  const path = '../interchange/csv/import-csv.ts';
  try {
    return (await import(path)) as CsvImporter;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND')
      throw new Error(
        'actorgraph: the CSV importer (server/interchange/csv/import-csv.ts) is not available in this build',
        { cause: error },
      );
    throw error;
  }
}

function printEventReport(report: EventImportReport): void {
  const { file, format } = report;
  const reasons = Object.entries(report.skippedBecause)
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  console.log(
    `${report.refused ? 'refused' : 'imported'} ${file} (${format}): ${report.rowsRead} rows read, ${report.loaded} loaded ` +
      `(${report.relationsCreated} new relations, ${report.corroborating} corroborating), ` +
      `${report.alreadyLoaded} already loaded, ${report.skipped} skipped${reasons ? ` (${reasons})` : ''}, ` +
      `${report.actorsCreated} new actors`,
  );
  printProblems(report.problems);
}

function printProblems(problems: readonly { file: string; line: number; message: string }[]): void {
  for (const problem of problems.slice(0, LISTED_PROBLEMS))
    console.log(`  ${problem.file}:${problem.line}: ${problem.message}`);
  if (problems.length > LISTED_PROBLEMS)
    console.log(`  ... and ${problems.length - LISTED_PROBLEMS} more malformed rows`);
}

await runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const csv = args.format === 'csv' ? await csvImporter() : null;
  const connection = await openDatabase(readConfig());
  let refused = false;
  try {
    await migrate(connection.db);
    for (const file of args.files) {
      if (csv) {
        const report = await csv.importCsvFolder(connection.db, file, { strict: args.strict });
        console.log(
          `imported ${file} (csv): ${report.rowsRead} rows read, ${report.loaded} loaded, ${report.skipped} skipped`,
        );
        printProblems(report.problems);
        refused ||= args.strict && report.problems.length > 0;
        continue;
      }
      const report = await importEventFile(connection.db, file, args.format as EventFormat, {
        strict: args.strict,
        progress: true,
      });
      printEventReport(report);
      refused ||= report.refused;
    }
  } finally {
    await connection.close();
  }
  if (refused) {
    console.error('actorgraph: a file had malformed rows and --strict refused it: nothing of it was loaded');
    process.exitCode = 1;
  }
});
