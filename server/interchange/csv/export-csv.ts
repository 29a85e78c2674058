import type { ExportReader } from '../export/read-export.ts';
import type { TextSink } from '../export/text-sink.ts';
import {
  ACTOR_COLUMNS,
  EVIDENCE_COLUMNS,
  RELATION_COLUMNS,
  SOURCE_COLUMNS,
  cellText,
  type CsvColumn,
  type CsvFileKind,
} from './csv-columns.ts';
import { csvRecord } from './csv-text.ts';

const header = <T>(columns: readonly CsvColumn<T>[]) => csvRecord(columns.map((column) => column.name));
const row = <T>(columns: readonly CsvColumn<T>[], record: T) =>
  csvRecord(columns.map((column) => cellText(column.value(record))));

/**
 * The CSV export: relations.csv, evidence.csv, actors.csv and sources.csv, each with a header
 * row. Relations and their evidence stream out page by page; the actors and sources follow:
 * every one when the filter leaves all relations in, otherwise those the exported relations and
 * evidence refer to (ends, places, speakers, sources and what they cite), so the folder always
 * loads back on its own (importCsvFolder).
 */
export async function writeCsvFiles(reader: ExportReader, sinkFor: (kind: CsvFileKind) => TextSink): Promise<void> {
  const relationsOut = sinkFor('relations');
  const evidenceOut = sinkFor('evidence');
  await relationsOut.write(header(RELATION_COLUMNS));
  await evidenceOut.write(header(EVIDENCE_COLUMNS));
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for await (const relations of reader.relations()) {
    for (const relation of relations) {
      await relationsOut.write(row(RELATION_COLUMNS, relation));
      actorIds.add(relation.fromId).add(relation.toId);
      if (relation.locationId) actorIds.add(relation.locationId);
    }
    for (const evidence of await reader.evidenceOf(relations)) {
      await evidenceOut.write(row(EVIDENCE_COLUMNS, evidence));
      sourceIds.add(evidence.sourceId);
      if (evidence.citedSourceId) sourceIds.add(evidence.citedSourceId);
      if (evidence.attributedToId) actorIds.add(evidence.attributedToId);
    }
  }
  const everything = !reader.filter.narrowed;
  const actorsOut = sinkFor('actors');
  await actorsOut.write(header(ACTOR_COLUMNS));
  for await (const actors of reader.actors(everything ? null : [...actorIds])) {
    for (const actor of actors) await actorsOut.write(row(ACTOR_COLUMNS, actor));
  }
  const sourcesOut = sinkFor('sources');
  await sourcesOut.write(header(SOURCE_COLUMNS));
  for await (const sources of reader.sources(everything ? null : [...sourceIds])) {
    for (const source of sources) await sourcesOut.write(row(SOURCE_COLUMNS, source));
  }
}
