import type { AnalysisParams } from '../api/generated/operations.ts';
import { toDatedFilter } from './filters.ts';
import type { ViewState } from './view-state.ts';

/** The analysis parameters the view supplies: its filters and date, and for reach the focus or path ends. */
export function toAnalysisParams(state: ViewState): AnalysisParams {
  const filter = toDatedFilter(state);
  const params: AnalysisParams = {};
  if (filter.asOf) params.asOf = filter.asOf;
  if (filter.minConfidence !== undefined) params.minConfidence = filter.minConfidence;
  if (filter.types) params.types = filter.types;
  // Only reach reads the focus and the path ends; leaving them out elsewhere keeps the answer cached.
  if (state.analysis === 'reach' && state.focus) params.actorId = state.focus;
  if (state.analysis === 'reach' && state.path) {
    params.fromId = state.path.from;
    params.toId = state.path.to;
  }
  return params;
}

/** True when the overlay must be asked for again: another analysis, or other parameters for it. */
export function analysisInputsChanged(before: ViewState, after: ViewState): boolean {
  if (before.analysis !== after.analysis) return true;
  if (!after.analysis) return false;
  return JSON.stringify(toAnalysisParams(before)) !== JSON.stringify(toAnalysisParams(after));
}
