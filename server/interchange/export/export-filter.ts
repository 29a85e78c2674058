import { DateWindowError, readDateWindow } from '../../domain/date-window.ts';
import { RELATION_TYPE_NAMES } from '../../domain/vocabulary.ts';
import type { RelationFilterParams } from '../../graphql/relation-filter.ts';

/** Which relations an export writes, as the command line gives it (every part optional). */
export interface ExportFilterInput {
  readonly asOf?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly types?: readonly string[] | null;
  readonly minConfidence?: number | null;
  readonly includeRetracted?: boolean | null;
}

/** A filter that cannot be used: the option at fault and what is wrong with it. */
export class ExportFilterError extends Error {
  constructor(
    readonly option: string,
    readonly problem: string,
  ) {
    super(`actorgraph: --${option} ${problem}`);
    this.name = 'ExportFilterError';
  }
}

/** The parameters of cypher/fragments/relation-filter.cypher, plus whether any filter is set. */
export interface ExportFilter {
  readonly params: RelationFilterParams;
  /** True when the filter narrows the relations: then only their actors are exported. */
  readonly narrowed: boolean;
}

/**
 * Checks an export filter and turns it into the relation filter's parameters. Dates follow the
 * one rule of server/domain/date-window.ts; retracted relations are left out unless asked for,
 * as in every query of the API.
 */
export function readExportFilter(input: ExportFilterInput = {}): ExportFilter {
  const types = input.types && input.types.length > 0 ? [...input.types] : null;
  for (const type of types ?? []) {
    if (!(RELATION_TYPE_NAMES as readonly string[]).includes(type)) {
      throw new ExportFilterError('types', `names an unknown relation type "${type}"`);
    }
  }
  const minConfidence = input.minConfidence ?? null;
  if (minConfidence !== null && !(Number.isFinite(minConfidence) && minConfidence >= 0 && minConfidence <= 1)) {
    throw new ExportFilterError('min-confidence', `must be a number from 0 to 1, got ${String(minConfidence)}`);
  }
  let window;
  try {
    window = readDateWindow({ asOf: input.asOf, from: input.from, to: input.to });
  } catch (error) {
    if (error instanceof DateWindowError) {
      throw new ExportFilterError(error.field === 'asOf' ? 'as-of' : error.field, error.problem);
    }
    throw error;
  }
  const params: RelationFilterParams = {
    types,
    polarity: null,
    minConfidence,
    ...window,
    sourceIds: null,
    statuses: null,
    includeRetracted: input.includeRetracted ?? false,
  };
  return exportFilterOf(params);
}

/**
 * An export filter from relation filter parameters already checked (the API's RelationFilter):
 * it narrows the relations when any part other than includeRetracted is set.
 */
export function exportFilterOf(params: RelationFilterParams): ExportFilter {
  const narrowing = [
    params.types,
    params.polarity,
    params.minConfidence,
    params.asOf,
    params.from,
    params.to,
    params.sourceIds,
    params.statuses,
  ];
  return { params, narrowed: narrowing.some((part) => part !== null) };
}
