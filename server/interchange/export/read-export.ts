import { cypherQuery } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { toCypherInt } from '../../db/convert.ts';
import type { ExportFilter } from './export-filter.ts';
import {
  toExportActor,
  toExportEvidence,
  toExportRelation,
  toExportSource,
  type ExportActor,
  type ExportEvidence,
  type ExportRelation,
  type ExportSource,
} from './export-records.ts';

const relationsPage = cypherQuery('interchange/export-relations-page');
const actorsPage = cypherQuery('interchange/export-actors-page');
const sourcesPage = cypherQuery('interchange/export-sources-page');
const evidenceOfRelations = cypherQuery('read/evidence-of-relations');

/** Records read per query: large graphs stream through in pages of this size. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Reads what an export writes, in pages ordered by id (keyset paging: each page starts after the
 * last id of the one before), so no export holds the whole graph in memory. Each page is its own
 * read transaction.
 */
export class ExportReader {
  constructor(
    private readonly db: Database,
    readonly filter: ExportFilter,
    private readonly pageSize = EXPORT_PAGE_SIZE,
  ) {}

  /** The relations that pass the filter. */
  async *relations(): AsyncGenerator<ExportRelation[]> {
    yield* this.pages(async (after) => {
      const rows = await this.db.read(relationsPage, {
        ...this.filter.params,
        after,
        limit: toCypherInt(this.pageSize),
      });
      return rows.map((row) => toExportRelation(row['relation'] as Record<string, unknown>));
    });
  }

  /**
   * Actors: with `ids`, those; otherwise every actor, or, when the filter narrows the relations,
   * the actors at their ends.
   */
  async *actors(ids: readonly string[] | null = null): AsyncGenerator<ExportActor[]> {
    yield* this.pages(async (after) => {
      const rows = await this.db.read(actorsPage, {
        ...this.filter.params,
        after,
        limit: toCypherInt(this.pageSize),
        ids,
        endsOnly: ids === null && this.filter.narrowed,
      });
      return rows.map((row) => toExportActor(row['actor'] as Record<string, unknown>));
    });
  }

  /** Sources: with `ids`, those and what they cite; otherwise every source. */
  async *sources(ids: readonly string[] | null = null): AsyncGenerator<ExportSource[]> {
    yield* this.pages(async (after) => {
      const rows = await this.db.read(sourcesPage, { ids, after, limit: toCypherInt(this.pageSize) });
      return rows.map((row) => toExportSource(row['source'] as Record<string, unknown>));
    });
  }

  /** Every piece of evidence of the given relations, retracted ones included (marked). */
  async evidenceOf(relations: readonly ExportRelation[]): Promise<ExportEvidence[]> {
    if (relations.length === 0) return [];
    const rows = await this.db.read(evidenceOfRelations, { relationIds: relations.map((relation) => relation.id) });
    return rows.map((row) => toExportEvidence(row['evidence'] as Record<string, unknown>));
  }

  private async *pages<T extends { id: string }>(read: (after: string | null) => Promise<T[]>): AsyncGenerator<T[]> {
    let after: string | null = null;
    for (;;) {
      const page = await read(after);
      if (page.length === 0) return;
      yield page;
      if (page.length < this.pageSize) return;
      after = page[page.length - 1]!.id;
    }
  }
}
