import { DateWindowError, readDateWindow, type AsOfCertainty, type DateWindowParams } from '../domain/date-window.ts';
import { badUserInput } from './errors.ts';

/** The RelationFilter input as GraphQL hands it over. */
export interface RelationFilterInput {
  types?: string[] | null;
  polarity?: string[] | null;
  minConfidence?: number | null;
  asOf?: string | null;
  asOfCertainty?: AsOfCertainty | null;
  from?: string | null;
  to?: string | null;
  sourceIds?: string[] | null;
  statuses?: string[] | null;
  includeRetracted?: boolean | null;
}

/** Parameters of `cypher/fragments/relation-filter.cypher`: every key present, null when unused. */
export interface RelationFilterParams extends DateWindowParams {
  types: string[] | null;
  polarity: string[] | null;
  minConfidence: number | null;
  sourceIds: string[] | null;
  statuses: string[] | null;
  includeRetracted: boolean;
}

/** Validates a filter and turns it into query parameters; bad values are BAD_USER_INPUT errors. */
export function toRelationFilterParams(
  filter: RelationFilterInput | null | undefined,
  path = 'filter',
): RelationFilterParams {
  const f = filter ?? {};
  if (f.minConfidence !== null && f.minConfidence !== undefined && !(f.minConfidence >= 0 && f.minConfidence <= 1)) {
    throw badUserInput(`${path}.minConfidence`, `must be between 0 and 1, got ${f.minConfidence}`);
  }
  return {
    types: nonEmptyOrNull(f.types),
    polarity: nonEmptyOrNull(f.polarity),
    minConfidence: f.minConfidence ?? null,
    ...readWindow(f, path),
    sourceIds: nonEmptyOrNull(f.sourceIds),
    statuses: nonEmptyOrNull(f.statuses),
    includeRetracted: f.includeRetracted ?? false,
  };
}

/** The date window, read by the one rule of server/domain/date-window.ts. */
function readWindow(filter: RelationFilterInput, path: string): DateWindowParams {
  try {
    return readDateWindow(filter, `${path}.`);
  } catch (error) {
    if (error instanceof DateWindowError) throw badUserInput(`${path}.${error.field}`, error.problem);
    throw error;
  }
}

function nonEmptyOrNull(values: string[] | null | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}
