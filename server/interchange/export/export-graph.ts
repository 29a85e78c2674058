import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../db/database.ts';
import { CSV_FILES, type CsvFileKind } from '../csv/csv-columns.ts';
import { writeCsvFiles } from '../csv/export-csv.ts';
import type { ExportFilter } from './export-filter.ts';
import { ExportReader } from './read-export.ts';
import { BoundedTextSink, FileSink, type TextSink } from './text-sink.ts';
import { writeCyjs } from './write-cyjs.ts';
import { writeGexf } from './write-gexf.ts';
import { writeGraphml } from './write-graphml.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cyjs', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** The usual file name of each single-file format. */
export const EXPORT_FILE_NAMES: Record<Exclude<ExportFormat, 'csv'>, string> = {
  graphml: 'actorgraph.graphml',
  gexf: 'actorgraph.gexf',
  cyjs: 'actorgraph.cyjs',
};

const GRAPH_WRITERS = { graphml: writeGraphml, gexf: writeGexf, cyjs: writeCyjs } as const;

export interface ExportedFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Writes an export to disk: one file at `out` for the graph formats, the four CSV files in the
 * folder `out` for csv. Files are written under temporary names and moved into place only when
 * the whole export has succeeded, so a failed export leaves nothing behind.
 */
export async function exportToPath(
  db: Database,
  format: ExportFormat,
  filter: ExportFilter,
  out: string,
): Promise<ExportedFile[]> {
  const reader = new ExportReader(db, filter);
  const sinks: FileSink[] = [];
  const open = (path: string) => {
    const sink = new FileSink(path);
    sinks.push(sink);
    return sink;
  };
  try {
    if (format === 'csv') {
      await mkdir(out, { recursive: true });
      const opened = new Map<CsvFileKind, FileSink>();
      await writeCsvFiles(reader, (kind) => {
        const sink = opened.get(kind) ?? open(join(out, CSV_FILES[kind]));
        opened.set(kind, sink);
        return sink;
      });
    } else {
      await GRAPH_WRITERS[format](reader, open(out));
    }
    for (const sink of sinks) await sink.commit();
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.discard()));
    throw error;
  }
  return Promise.all(sinks.map(async (sink) => ({ path: sink.path, bytes: (await stat(sink.path)).size })));
}

export interface ExportedText {
  readonly name: string;
  readonly content: string;
}

/**
 * An export as text, for the API: one file for the graph formats, four for csv. Bounded: an
 * export larger than `limit` characters in all stops with `onOverflow`'s error.
 */
export async function exportToText(
  db: Database,
  format: ExportFormat,
  filter: ExportFilter,
  limit: number,
  onOverflow: (limit: number) => Error,
): Promise<ExportedText[]> {
  const reader = new ExportReader(db, filter);
  const budget = { remaining: limit, limit };
  const files: { name: string; sink: BoundedTextSink }[] = [];
  const open = (name: string): TextSink => {
    const sink = new BoundedTextSink(budget, onOverflow);
    files.push({ name, sink });
    return sink;
  };
  if (format === 'csv') {
    const opened = new Map<CsvFileKind, TextSink>();
    await writeCsvFiles(reader, (kind) => {
      const sink = opened.get(kind) ?? open(CSV_FILES[kind]);
      opened.set(kind, sink);
      return sink;
    });
  } else {
    await GRAPH_WRITERS[format](reader, open(EXPORT_FILE_NAMES[format]));
  }
  return files.map(({ name, sink }) => ({ name, content: sink.text }));
}
