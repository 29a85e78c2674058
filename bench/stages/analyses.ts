import { ANALYSIS_NAMES, type AnalysisName } from '../../server/analyses/analysis.ts';
import { chooseEngine } from '../../server/analyses/gds.ts';
import type { AnalysisInput } from '../../server/analyses/params.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import type { Database } from '../../server/db/database.ts';
import { figure, type Figure } from '../figures.ts';
import type { Progress } from '../progress.ts';
import type { ScaleShape } from '../scale-graph.ts';
import { benchActors } from './api.ts';

/** The analyses that run graph algorithms on either engine (docs/analyses.md). */
const ENGINE_ANALYSES: readonly AnalysisName[] = ['influence', 'blocs'];
/** Longest an analysis may run in the bench; the API's own limit is 30 s. */
const TIMEOUT_MS = 180_000;

function paramsOf(name: AnalysisName, shape: ScaleShape): AnalysisInput {
  const { tail, farTail } = benchActors(shape);
  if (name === 'reach') return { fromId: tail, toId: farTail };
  if (name === 'changes') return { from: '2020', to: '2020-12-31' };
  return {};
}

async function timeOf(db: Database, name: AnalysisName, params: AnalysisInput): Promise<number> {
  const started = performance.now();
  try {
    await runAnalysis(db, name, { ...params, limit: 200 }, { defaultTimeoutMs: TIMEOUT_MS, maxTimeoutMs: TIMEOUT_MS });
  } catch (error) {
    console.error(`\nbench: analysis ${name} failed: ${(error as Error).message}`);
    return Number.NaN;
  }
  return performance.now() - started;
}

/**
 * `analyses.<name>`: one timed run of each analysis after one untimed run (query plans, JIT),
 * except at 1M relations.
 * Influence and blocs run on both engines: the figure is the engine AUTO picks, the baseline the
 * other one, so the choice is made by measurement (bench/README.md).
 */
export async function measureAnalyses(
  db: Database,
  shape: ScaleShape,
  scale: string,
  progress: Progress,
): Promise<Figure[]> {
  progress.stage('analyses', ANALYSIS_NAMES.length);
  const figures: Figure[] = [];
  const auto = await chooseEngine(db, 'AUTO');
  // At 1M relations one run of each is all a run can afford; the first run then includes planning.
  const warmup = shape.relations < 1_000_000;
  for (const [index, name] of ANALYSIS_NAMES.entries()) {
    progress.tick(index, name);
    const params = paramsOf(name, shape);
    if (ENGINE_ANALYSES.includes(name)) {
      const other = auto === 'GDS' ? 'BUILTIN' : 'GDS';
      if (warmup) await timeOf(db, name, { ...params, engine: auto });
      const chosenMs = await timeOf(db, name, { ...params, engine: auto });
      const otherMs = auto === other ? Number.NaN : await timeOf(db, name, { ...params, engine: other });
      figures.push(
        figure(
          `analyses.${name}`,
          scale,
          chosenMs,
          'ms (time: ratio = engine AUTO picks / the other engine, above 1 is slower)',
          Number.isFinite(otherMs) ? { name: `${other} engine, ms`, value: otherMs } : null,
          `engine ${auto} (AUTO)`,
        ),
      );
      continue;
    }
    if (warmup) await timeOf(db, name, params);
    figures.push(figure(`analyses.${name}`, scale, await timeOf(db, name, params), 'ms', null, 'engine: Cypher'));
  }
  progress.done();
  return figures;
}
