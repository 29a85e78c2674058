import { cypherQuery } from '../../db/cypher-files.ts';
import { sourceSchema } from '../../ingest/document-schema.ts';
import { toSourceRow } from '../../ingest/prepare-rows.ts';
import type { Context } from '../context.ts';
import type { SourceRow } from '../loaders.ts';
import { checkReferences } from './check-references.ts';
import { parseInput } from './parse-input.ts';
import { readBack, rememberWritten } from './read-back.ts';

const mergeSources = cypherQuery('ingest/merge-sources');

export async function createSource(ctx: Context, input: unknown): Promise<SourceRow> {
  const source = parseInput(sourceSchema, input, 'input');
  const row = await ctx.db.writeTransaction(async (tx) => {
    // The ingest merge creates a cited source it does not find; a curator must cite a real one.
    await checkReferences(tx, [
      { field: 'input.id', kind: 'source', id: source.id, mustBeNew: 'cite it by its id, or choose another id' },
      ...source.cites.map((id, i) => ({ field: `input.cites[${i}]`, kind: 'source' as const, id })),
    ]);
    await tx.run(mergeSources, { sources: [toSourceRow(source)] });
    return readBack(tx, 'source', source.id);
  });
  return rememberWritten(ctx, 'source', row);
}
