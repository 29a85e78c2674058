import { idsNamedBy, loadActorNames } from './actor-names.ts';
import type { Database } from '../db/database.ts';
import { AnalysisError } from './analysis-error.ts';
import { ANALYSIS_NAMES, type Analysis, type AnalysisName, type Overlay } from './analysis.ts';
import { balance } from './balance.ts';
import { blocs } from './blocs.ts';
import { startBudget } from './budget.ts';
import { changes } from './changes.ts';
import { evidenceQuality } from './evidence-quality.ts';
import { influence } from './influence.ts';
import { readAnalysisParams, type AnalysisInput } from './params.ts';
import { reach } from './reach.ts';
import { signChanges } from './sign-changes.ts';

/** Every analysis by its command-line name. */
export const ANALYSES: Readonly<Record<AnalysisName, Analysis<unknown>>> = {
  influence: influence as Analysis<unknown>,
  blocs: blocs as Analysis<unknown>,
  balance: balance as Analysis<unknown>,
  'sign-changes': signChanges as Analysis<unknown>,
  'evidence-quality': evidenceQuality as Analysis<unknown>,
  reach: reach as Analysis<unknown>,
  changes: changes as Analysis<unknown>,
};

export function findAnalysis(name: string): Analysis<unknown> {
  if (!(ANALYSIS_NAMES as readonly string[]).includes(name)) {
    throw new AnalysisError(
      'ANALYSIS_NOT_FOUND',
      `no analysis named "${name}"; analyses are: ${ANALYSIS_NAMES.join(', ')}`,
    );
  }
  return ANALYSES[name as AnalysisName];
}

export interface RunOptions {
  /** Drop parameters the analysis does not read instead of refusing them (the overlay does). */
  readonly lenient?: boolean;
  /** The time limit when the caller gives none (default 30 s). */
  readonly defaultTimeoutMs?: number;
  /** The longest time limit a caller may ask for (the API keeps the default, 30 s). */
  readonly maxTimeoutMs?: number;
}

/**
 * Runs an analysis by name: validates its parameters, then runs it read-only within its time
 * limit. The command line, the typed GraphQL fields and the overlay all come through here, so
 * they give the same result for the same parameters.
 */
export async function runAnalysis<Result = unknown>(
  db: Database,
  name: AnalysisName | string,
  input: AnalysisInput,
  options: RunOptions = {},
): Promise<Result> {
  const analysis = findAnalysis(name);
  const params = readAnalysisParams(input, { ...options, analysis: analysis.name, reads: analysis.reads });
  analysis.check?.(params);
  return (await analysis.run(db, params, startBudget(analysis.name, params.timeoutMs))) as Result;
}

/** Runs an analysis and draws its result as an overlay for the graph view. */
export async function runOverlay(
  db: Database,
  name: string,
  input: AnalysisInput,
  options: RunOptions = {},
): Promise<Overlay> {
  const analysis = findAnalysis(name);
  const result = await runAnalysis(db, analysis.name, input, options);
  // Summaries name actors, not ids: the overlay is written once to learn whom it names, then again.
  const nameOf = await loadActorNames(
    db,
    idsNamedBy((names) => analysis.toOverlay(result, names)),
  );
  return { name: analysis.name, ...analysis.toOverlay(result, nameOf) };
}
