/**
 * Expected failures of an analysis, with a code the API passes on as `extensions.code` and the
 * command line prints: bad parameters, an actor that does not exist, an engine that is missing,
 * a time limit reached.
 */
export type AnalysisErrorCode =
  'BAD_USER_INPUT' | 'ACTOR_NOT_FOUND' | 'GDS_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'ANALYSIS_NOT_FOUND';

export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';
  constructor(
    readonly code: AnalysisErrorCode,
    message: string,
    /** The parameter at fault, when one is. */
    readonly param?: string,
  ) {
    super(message);
  }
}
