import { stat } from 'node:fs/promises';
import type { Database } from '../../db/database.ts';
import { loadKnownActors } from '../../extraction/create-extractor.ts';
import type { CodedEvent } from './coded-event.ts';
import { loadBatch, type ResolvedEvent } from './load-batch.ts';
import { progressBar } from './progress-bar.ts';
import { readEventRows, type EventFormat } from './read-rows.ts';
import { ActorResolver } from './resolve-actors.ts';

export interface ImportProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface EventImportReport {
  readonly file: string;
  readonly format: EventFormat;
  /** Rows in the file (blank lines and an ACLED header aside). */
  readonly rowsRead: number;
  /** Rows written by this run. */
  readonly loaded: number;
  /** Rows an earlier run loaded: left as they are. */
  readonly alreadyLoaded: number;
  readonly skipped: number;
  /** Why rows were skipped, with how many each ("malformed", "one actor only", ...). */
  readonly skippedBecause: Readonly<Record<string, number>>;
  /** Every malformed row, by line. */
  readonly problems: readonly ImportProblem[];
  readonly relationsCreated: number;
  /** Rows that became evidence of a relation already there (stored before, or made by an earlier row). */
  readonly corroborating: number;
  readonly actorsCreated: number;
  /** True when --strict refused the file because of a malformed row: nothing was loaded. */
  readonly refused: boolean;
}

export interface EventImportOptions {
  /** Refuse the whole file when one row is malformed, instead of skipping the row. */
  readonly strict?: boolean;
  /** Rows per transaction. */
  readonly batchSize?: number;
  /** Show a progress bar on standard error (only drawn when it is a terminal). */
  readonly progress?: boolean;
}

/** Evidence ids of each format begin with its name: `gdelt-1234567`, `acled-pak1234`. */
const EVIDENCE_PREFIX: Readonly<Record<EventFormat, string>> = { gdelt: 'gdelt', acled: 'acled' };

/**
 * Imports one GDELT 2.0 events export or ACLED CSV export: rows are streamed, their actors
 * resolved against the graph, and loaded in batches, one transaction each. Each row's evidence
 * is named after the row's own id, so a run interrupted half-way is simply run again: the batches
 * it loaded are found and left alone. A malformed row is skipped and reported by line; with
 * `strict`, one malformed row refuses the file and nothing is loaded (the file is read twice:
 * first to check every row, then to load).
 */
export async function importEventFile(
  db: Database,
  file: string,
  format: EventFormat,
  options: EventImportOptions = {},
): Promise<EventImportReport> {
  const batchSize = options.batchSize ?? 1000;
  const problems: ImportProblem[] = [];
  const skippedBecause: Record<string, number> = {};
  const skip = (reason: string) => (skippedBecause[reason] = (skippedBecause[reason] ?? 0) + 1);
  let rowsRead = 0;

  if (options.strict) {
    for await (const row of readEventRows(file, format)) {
      rowsRead++;
      if (row.outcome.kind === 'malformed') problems.push({ file, line: row.line, message: row.outcome.message });
    }
    if (problems.length > 0)
      return {
        ...emptyCounts(file, format),
        rowsRead,
        skipped: rowsRead,
        skippedBecause: { 'refused (--strict)': rowsRead },
        problems,
        refused: true,
      };
    rowsRead = 0;
  }

  const resolver = new ActorResolver(await loadKnownActors(db));
  const totals = { loaded: 0, alreadyLoaded: 0, relationsCreated: 0, corroborating: 0, actorsCreated: 0 };
  const progress = options.progress ? progressBar(`${format} ${file}`, (await stat(file)).size) : null;
  let batch: ResolvedEvent[] = [];
  const flush = async () => {
    const newActors = resolver.takeNewActors();
    if (batch.length === 0 && newActors.length === 0) return;
    const rows = batch;
    batch = [];
    const result = await db.writeTransaction((tx) => loadBatch(tx, EVIDENCE_PREFIX[format], rows, newActors));
    totals.loaded += result.loaded;
    totals.alreadyLoaded += result.alreadyLoaded;
    totals.relationsCreated += result.relationsCreated;
    totals.corroborating += result.corroborating;
    totals.actorsCreated += newActors.length;
  };

  for await (const row of readEventRows(file, format)) {
    rowsRead++;
    progress?.update(row.bytesRead, rowsRead);
    const { outcome } = row;
    if (outcome.kind === 'malformed') {
      problems.push({ file, line: row.line, message: outcome.message });
      skip('malformed');
    } else if (outcome.kind === 'skipped') skip(outcome.reason);
    else {
      const resolved = resolve(resolver, outcome.event);
      if (resolved) batch.push(resolved);
      else skip('both actors are one actor');
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  progress?.finish();
  return {
    file,
    format,
    rowsRead,
    ...totals,
    skipped: Object.values(skippedBecause).reduce((sum, count) => sum + count, 0),
    skippedBecause,
    problems,
    refused: false,
  };
}

function resolve(resolver: ActorResolver, event: CodedEvent): ResolvedEvent | null {
  const fromId = resolver.resolve(event.actor1);
  const toId = resolver.resolve(event.actor2);
  return fromId === toId ? null : { event, fromId, toId };
}

function emptyCounts(file: string, format: EventFormat) {
  return { file, format, loaded: 0, alreadyLoaded: 0, relationsCreated: 0, corroborating: 0, actorsCreated: 0 };
}
