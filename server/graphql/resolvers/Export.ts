import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../domain/error-codes.ts';
import { exportFilterOf } from '../../interchange/export/export-filter.ts';
import { exportToText, type ExportFormat } from '../../interchange/export/export-graph.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { toRelationFilterParams } from '../relation-filter.ts';

/** The API answers an export in one response, so it is bounded; the command line is not. */
export const EXPORT_CHARACTER_LIMIT = 20_000_000;

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(
    `The export is larger than ${limit.toLocaleString('en')} characters; narrow the filter or use npm run export.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX' satisfies ErrorCode, limit: 'exportCharacters' } },
  );
}

export const exportQueries: Pick<QueryResolvers, 'export'> = {
  async export(_, args, ctx) {
    const filter = exportFilterOf(toRelationFilterParams(args.filter));
    const format = args.format.toLowerCase() as ExportFormat;
    return exportToText(ctx.db, format, filter, EXPORT_CHARACTER_LIMIT, tooLarge);
  },
};
