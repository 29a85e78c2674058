import type { ErrorCode } from '../domain/error-codes.ts';

/**
 * The codes an analysis fails with, a part of the one list of error codes (ERROR_CODES): bad
 * parameters, an actor that does not exist, an engine that is missing, a time limit reached, an
 * analysis name that names none.
 */
export const ANALYSIS_ERROR_CODES = [
  'BAD_USER_INPUT',
  'ACTOR_NOT_FOUND',
  'GDS_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'ANALYSIS_NOT_FOUND',
] as const satisfies readonly ErrorCode[];

export type AnalysisErrorCode = (typeof ANALYSIS_ERROR_CODES)[number];

/**
 * Expected failures of an analysis, with a code the API passes on as `extensions.code` and the
 * command line prints.
 */
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
