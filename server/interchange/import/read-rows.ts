import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidInputError } from '../../ingest/errors.ts';
import type { RowOutcome } from './coded-event.ts';
import { CsvRecordReader } from './csv-records.ts';
import { parseGdeltLine } from './parse-gdelt.ts';
import { acledRowReader } from './parse-acled.ts';

export const EVENT_FORMATS = ['gdelt', 'acled'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export interface ReadRow {
  readonly line: number;
  readonly outcome: RowOutcome;
  /** Bytes of the file consumed so far (the lines read, not the stream's read-ahead), for progress. */
  readonly bytesRead: number;
}

/**
 * The rows of an event data file, one at a time, read as a stream: memory stays flat whatever
 * the size of the file. Blank lines are not rows. An ACLED file whose header lacks a required
 * column is refused whole (InvalidInputError).
 */
export async function* readEventRows(file: string, format: EventFormat): AsyncGenerator<ReadRow> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let bytesRead = 0;
  if (format === 'gdelt') {
    for await (const text of lines) {
      line++;
      bytesRead += Buffer.byteLength(text) + 1;
      if (text.trim() === '') continue;
      yield { line, outcome: parseGdeltLine(text.replace(/\r$/, ''), line), bytesRead };
    }
    return;
  }
  const records = new CsvRecordReader();
  let reader: ReturnType<typeof acledRowReader> | null = null;
  for await (const text of lines) {
    line++;
    bytesRead += Buffer.byteLength(text) + 1;
    if (text.trim() === '' && reader !== null) continue;
    const record = records.push(line === 1 ? text.replace(/^\uFEFF/, '') : text, line);
    if (!record) continue;
    if (reader === null) {
      reader = record.fields ? acledRowReader(record.fields) : { problem: record.problem ?? 'no header' };
      if ('problem' in reader) throw new InvalidInputError([{ path: 'line 1', message: reader.problem }], file);
      continue;
    }
    if ('problem' in reader) return;
    yield {
      line: record.line,
      outcome: record.fields
        ? reader.read(record.fields, record.line)
        : { kind: 'malformed', message: record.problem! },
      bytesRead,
    };
  }
  const rest = records.finish();
  if (rest) yield { line: rest.line, outcome: { kind: 'malformed', message: rest.problem! }, bytesRead };
  if (reader === null)
    throw new InvalidInputError([{ path: 'line 1', message: 'the file is empty: no header row' }], file);
}
