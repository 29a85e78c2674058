import type { Core } from 'cytoscape';
import { holdsAsOf, type DatedRelation } from './dates.ts';
import type { ViewState } from './view-state.ts';

/** The API's RelationFilter input, with only the conditions in use. */
export interface RelationFilterInput {
  types?: string[];
  polarity?: string[];
  statuses?: string[];
  minConfidence?: number;
  sourceIds?: string[];
  asOf?: string;
}

/**
 * The filter the API applies when the view is loaded. The date is left out on purpose: the
 * time slider replays what is loaded in the browser (see applyAsOf), so dragging it is instant
 * and the relations of other dates are there to come back.
 */
export function toLoadFilter(state: ViewState): RelationFilterInput {
  const filter: RelationFilterInput = {};
  if (state.types.length > 0) filter.types = state.types;
  if (state.polarity.length > 0) filter.polarity = state.polarity;
  if (state.statuses.length > 0) filter.statuses = state.statuses;
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

export interface AsOfCounts {
  active: number;
  inactive: number;
}

/**
 * Replays the loaded graph as of a date: relations not holding then are hidden (class
 * `not-yet`), and actors left with no relation holding are dimmed (class `dormant`) rather than
 * removed, so that the picture does not jump while the slider plays.
 */
export function applyAsOf(cy: Core, asOf: string | null): AsOfCounts {
  let inactive = 0;
  cy.batch(() => {
    // Classes change only where the answer changed: one slider step restyles a handful of
    // elements, not the whole graph.
    // Per actor: how many of its relations there are, and how many hold on the date.
    const holding = new Map<string, { all: number; active: number }>();
    const count = (id: string, active: boolean) => {
      const entry = holding.get(id) ?? { all: 0, active: 0 };
      entry.all += 1;
      if (active) entry.active += 1;
      holding.set(id, entry);
    };
    cy.edges().forEach((edge) => {
      const active = isActiveAsOf(
        {
          validFrom: edge.data('validFrom'),
          datePrecision: edge.data('datePrecision'),
          validTo: edge.data('validTo'),
          validToPrecision: edge.data('validToPrecision'),
        },
        asOf,
      );
      if (edge.hasClass('not-yet') === active) edge.toggleClass('not-yet', !active);
      if (!active) inactive += 1;
      count(edge.data('source') as string, active);
      count(edge.data('target') as string, active);
    });
    cy.nodes().forEach((node) => {
      const entry = holding.get(node.id());
      const dormant = entry !== undefined && entry.active === 0;
      if (node.hasClass('dormant') !== dormant) node.toggleClass('dormant', dormant);
    });
  });
  return { active: cy.edges().length - inactive, inactive };
}
