import { missingAnalysisInput, toAnalysisName, toAnalysisParams } from '../graph/analysis-params.ts';
import { toOverlayLayer, type AnalysisResult } from '../graph/overlay.ts';
import type { ViewState } from '../graph/view-state.ts';
import { AnalysisOverlayDocument } from './generated/operations.ts';
import type { Request } from './graphql.ts';

/**
 * The overlay the state asks for (state.analysis), run on the server with the view's filters and
 * date; null when no analysis is chosen. Errors propagate, so the caller can say what failed.
 */
export async function loadAnalysis(state: ViewState, request: Request): Promise<AnalysisResult | null> {
  // An overlay that still needs the analyst's input (reach without an actor) asks for it instead of running.
  if (!state.analysis || missingAnalysisInput(state)) return null;
  const answer = await request(AnalysisOverlayDocument, {
    name: toAnalysisName(state.analysis),
    params: toAnalysisParams(state),
  });
  return { payload: answer.analysisOverlay, layer: toOverlayLayer(answer.analysisOverlay) };
}
