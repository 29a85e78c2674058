import type { Polarity, RelationFilter, RelationStatus, RelationType } from '../api/generated/operations.ts';
import { holdsAsOf, type DatedRelation } from './dates.ts';
import type { ViewState } from './view-state.ts';

/**
 * The API's RelationFilter input, with only the conditions in use. The view state holds the
 * vocabulary as the URL gave it (well-formed tokens, see view-state.ts); a token the schema does
 * not know is sent as it is, and the API refuses it by name (BAD_USER_INPUT).
 */
export type RelationFilterInput = RelationFilter;

/**
 * The filter the API applies when the view is loaded. The date is left out on purpose: the
 * time slider replays what is loaded in the browser (see visibility.ts), so dragging it is instant
 * and the relations of other dates are there to come back.
 */
export function toLoadFilter(state: ViewState): RelationFilterInput {
  const filter: RelationFilterInput = {};
  if (state.types.length > 0) filter.types = state.types as RelationType[];
  if (state.polarity.length > 0) filter.polarity = state.polarity as Polarity[];
  if (state.statuses.length > 0) filter.statuses = state.statuses as RelationStatus[];
  if (state.minConfidence !== null) filter.minConfidence = state.minConfidence;
  if (state.sourceIds.length > 0) filter.sourceIds = state.sourceIds;
  return filter;
}

/** The same filter with the date, for questions answered on the server (paths, analyses). */
export function toDatedFilter(state: ViewState): RelationFilterInput {
  return state.asOf ? { ...toLoadFilter(state), asOf: state.asOf } : toLoadFilter(state);
}

/**
 * "As of D", exactly as the API reads it: the one rule of server/domain/date-window.ts, which
 * cypher/fragments/relation-filter.cypher follows. A relation certainly held on day D: begun for
 * sure by D and not ended for sure by D, a date known to the month or year covering its whole
 * period; a relation without dates holds at every date.
 */
export function isActiveAsOf(relation: DatedRelation, asOf: string | null): boolean {
  return holdsAsOf(relation, { asOf, asOfLast: asOf, asOfPossible: false });
}
