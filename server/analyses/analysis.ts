import type { Database } from '../db/database.ts';
import type { NameOf } from './actor-names.ts';
import type { Budget } from './budget.ts';
import type { AnalysisParams, ParamName } from './params.ts';

/** The names the command line takes (`npm run analyze -- <name>`). */
export const ANALYSIS_NAMES = [
  'influence',
  'blocs',
  'balance',
  'sign-changes',
  'evidence-quality',
  'reach',
  'changes',
] as const;
export type AnalysisName = (typeof ANALYSIS_NAMES)[number];

/** One actor's score on a graph view: value sizes, group colours, label annotates. */
export interface ActorScore {
  actorId: string;
  value: number | null;
  group: string | null;
  label: string | null;
}

/** Any analysis's result in the one shape the graph view draws (the AnalysisOverlay type). */
export interface Overlay {
  name: AnalysisName;
  actors: ActorScore[];
  relationIds: string[];
  summary: string;
}

/**
 * One analysis: its Cypher lives in cypher/analyses/<name>.cypher (and <name>/ for helpers);
 * its module validates what it reads, runs it within a time budget and shapes the result, the
 * same for the command line (JSON or a table), the typed GraphQL field and the overlay.
 */
export interface Analysis<Result> {
  readonly name: AnalysisName;
  /** The question it answers, one line (the command line's help). */
  readonly question: string;
  /** The parameters it reads besides limit and timeoutMs. */
  readonly reads: readonly ParamName[];
  /** Checks that need several parameters (e.g. changes needs both from and to). */
  check?(params: AnalysisParams): void;
  run(db: Database, params: AnalysisParams, budget: Budget): Promise<Result>;
  toTable(result: Result): string;
  /** The overlay; its summary names actors with `nameOf` (their names, read once for the summary). */
  toOverlay(result: Result, nameOf: NameOf): Omit<Overlay, 'name'>;
}

/** Keeps each module's result type while the registry holds them side by side. */
export function defineAnalysis<Result>(analysis: Analysis<Result>): Analysis<Result> {
  return analysis;
}
