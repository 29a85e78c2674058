import type { AnalysisParams } from '../api/generated/operations.ts';
import { toDatedFilter } from './filters.ts';
import type { ViewState } from './view-state.ts';

/**
 * The overlay choices that are not analyses of their own: `changes` reads the world's dates (when
 * relations started or ended), `changes-recorded` the same analysis on the record's clock.
 */
export const RECORDED_CHANGES = 'changes-recorded';

/** The analysis the API runs for the overlay the view chose. */
export function toAnalysisName(choice: string): string {
  return choice === RECORDED_CHANGES ? 'changes' : choice;
}

/**
 * What the chosen overlay still needs from the analyst before it can run, in words; null when it
 * can run. Reach needs an actor (the focus) or the two ends of a path, so it asks instead of failing.
 */
export function missingAnalysisInput(state: ViewState): string | null {
  if (state.analysis === 'reach' && !state.focus && !state.path)
    return 'Reach needs an actor: choose one below (or focus an actor on the graph), or find a path between two.';
  return null;
}

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
  if (state.analysis === 'changes') params.clock = 'WORLD';
  if (state.analysis === RECORDED_CHANGES) params.clock = 'RECORDED';
  return params;
}

/** True when the overlay must be asked for again: another analysis, or other parameters for it. */
export function analysisInputsChanged(before: ViewState, after: ViewState): boolean {
  if (before.analysis !== after.analysis) return true;
  if (!after.analysis) return false;
  return JSON.stringify(toAnalysisParams(before)) !== JSON.stringify(toAnalysisParams(after));
}
