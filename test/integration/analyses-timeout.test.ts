import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { startBudget } from '../../server/analyses/budget.ts';
import { analysisQuery } from '../../server/analyses/analysis-query.ts';
import { listProjectedGraphs, newGraphName, withProjectedGraphs } from '../../server/analyses/gds.ts';
import type { InfluenceResult } from '../../server/analyses/influence.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import { writeSyntheticGraph } from '../../bench/synthetic-graph.ts';
import type { Database } from '../../server/db/database.ts';
import { createTestApp } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { openTestDatabase } from '../support/test-database.ts';

// A slow analysis is stopped at its time limit with a clear error, leaves nothing behind in
// the GDS catalog, and the next request works.

const projectUndirected = analysisQuery('gds/project-undirected');

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  // Big enough that no analysis finishes within a few milliseconds.
  await writeSyntheticGraph(db, { actors: 500, relations: 5000 });
  app = createTestApp(db);
});

afterAll(async () => {
  await db?.close();
});

async function expectNoProjectedGraphsLeft(): Promise<void> {
  // A projection still running when its transaction was stopped can register a moment later;
  // the analysis drops it in its finally, so give the catalog a moment to settle.
  for (let attempt = 0; attempt < 20 && (await listProjectedGraphs(db)).length > 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(await listProjectedGraphs(db)).toEqual([]);
}

describe('the time limit of analyses', () => {
  it('stops an analysis that takes too long with QUERY_TIMEOUT and says what to do', async () => {
    const result = await execute(app, '{ balance(params: { timeoutMs: 5 }) { total } }');
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions!.code).toBe('QUERY_TIMEOUT');
    expect(result.errors![0]!.message).toMatch(
      /^analysis "balance" took longer than 5 ms and was stopped; narrow it .* or allow more time \(timeoutMs\)$/,
    );
  });

  it('stops a GDS analysis too, drops its projected graphs, and the next request works', async () => {
    await expect(runAnalysis(db, 'influence', { engine: 'GDS', timeoutMs: 20 })).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
    });
    await expectNoProjectedGraphsLeft();
    const next = await runAnalysis<InfluenceResult>(db, 'influence', { engine: 'GDS', limit: 3 });
    expect(next.actors).toHaveLength(3);
    await expectNoProjectedGraphsLeft();
  });

  it('stops the built-in engine at its deadline as well', async () => {
    await expect(runAnalysis(db, 'influence', { engine: 'BUILTIN', timeoutMs: 30 })).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
    });
    expect((await runAnalysis<InfluenceResult>(db, 'influence', { engine: 'BUILTIN', limit: 1 })).actors).toHaveLength(
      1,
    );
  });

  it('drops a projected graph when the analysis fails for another reason', async () => {
    const graphName = newGraphName('test');
    const failing = withProjectedGraphs(db, startBudget('test', 30_000), [graphName], async (tx) => {
      await tx.run(projectUndirected, { graphName, edges: [{ a: 'syn-actor-0', b: 'syn-actor-1' }] });
      expect(await listProjectedGraphs(db)).toContain(graphName);
      throw new Error('the algorithm failed');
    });
    await expect(failing).rejects.toThrow('the algorithm failed');
    expect(await listProjectedGraphs(db)).toEqual([]);
  });

  it('keeps the API answering other requests while an analysis runs', async () => {
    const finished: string[] = [];
    const slow = execute(app, '{ blocs(params: { engine: BUILTIN }) { modularity } }').then((result) => {
      finished.push('blocs');
      return result;
    });
    const quick = await execute(app, '{ actor(id: "syn-actor-1") { id } }');
    finished.push('actor');
    expect(quick.data).toEqual({ actor: { id: 'syn-actor-1' } });
    expect((await slow).errors).toBeUndefined();
    expect(finished).toEqual(['actor', 'blocs']);
  });
});
