import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { parseAnalyzeArgs, runAnalyzeCommand } from '../../server/cli/analyze-command.ts';
import { ANALYSIS_NAMES } from '../../server/analyses/analysis.ts';
import type { Database } from '../../server/db/database.ts';
import { createTestApp } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase, testDatabaseEnv } from '../support/test-database.ts';

// Every analysis on the seed, three ways: the command line (in process, and once as a real
// `npm run analyze`), the typed GraphQL field and the overlay. They must agree.

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openSeededDatabase();
  app = createTestApp(db);
});

afterAll(async () => {
  await db?.close();
});

const EVIDENCE = 'id relationId quote attribution sourceId citedSourceId anonymous stance status confidence retracted';
const RELATION = `id type polarity sign fromId toId confidence status validFrom datePrecision validTo validToPrecision evidence { ${EVIDENCE} }`;

/** Each analysis: its command line, its GraphQL field with the same parameters, and a selection of every JSON field. */
const CASES = [
  {
    args: ['influence'],
    field: 'influence',
    params: {},
    selection:
      'engine actorCount betweennessSources actors { id degree inDegree outDegree byPolarity { cooperative hostile neutral } pagerank betweenness }',
  },
  {
    args: ['blocs'],
    field: 'blocs',
    params: {},
    selection:
      'blocs { id actorIds leaderIds size relationIds } actors { id bloc } modularity hostileRelationIds engine',
  },
  {
    args: ['balance'],
    field: 'balance',
    params: {},
    selection: `triads { actors signs balanced relations { a b sign relationIds relations { ${RELATION} } } } balanceRatio total balanced unbalanced`,
  },
  {
    args: ['sign-changes'],
    field: 'signChanges',
    params: {},
    selection: `pairs { a b changes { date datePrecision from to before { ${RELATION} } after { ${RELATION} } } }`,
  },
  {
    args: ['evidence-quality', '--min-confidence', '0.5'],
    field: 'evidenceQuality',
    params: { minConfidence: 0.5 },
    selection: `relations { id type fromId toId confidence status flags independentSources originSourceIds evidence { ${EVIDENCE} } } counts { relations singleSource disputed anonymousOnly corroborated }`,
  },
  {
    args: ['reach', '--from', 'united-states', '--to', 'baloch-militants', '--actor', 'iran', '--depth', '2'],
    field: 'reach',
    params: { fromId: 'united-states', toId: 'baloch-militants', actorId: 'iran', depth: 2 },
    selection: 'paths { actors signs sign relationIds length } actors { id distance }',
  },
  {
    args: ['changes', '--from', '2019', '--to', '2020-01-02'],
    field: 'changes',
    params: { from: '2019', to: '2020-01-02' },
    selection: 'clock changes { relationId kind date datePrecision type polarity fromId toId evidenceIds }',
  },
] as const;

async function viaCli(args: readonly string[]): Promise<unknown> {
  const command = parseAnalyzeArgs([...args, '--json']);
  if (command === 'help') throw new Error('unexpected help');
  return JSON.parse(await runAnalyzeCommand(db, command));
}

async function viaGraphQL(field: string, params: object, selection: string): Promise<unknown> {
  const result = await execute(app, `query ($params: AnalysisParams) { ${field}(params: $params) { ${selection} } }`, {
    params,
  });
  expect(result.errors).toBeUndefined();
  return result.data![field];
}

describe('every analysis on the seed', () => {
  it('covers every analysis name', () => {
    expect(CASES.map((c) => c.args[0]).sort()).toEqual([...ANALYSIS_NAMES].sort());
  });

  for (const c of CASES) {
    it(`gives the same result for ${c.args[0]} from the command line and from GraphQL`, async () => {
      const [cli, api] = [await viaCli(c.args), await viaGraphQL(c.field, c.params, c.selection)];
      expect(api).toEqual(cli);
    });

    it(`draws ${c.args[0]} as an overlay`, async () => {
      const result = await execute(
        app,
        'query ($name: String!, $params: AnalysisParams) { analysisOverlay(name: $name, params: $params) { name summary relationIds actors { actorId value group label } } }',
        { name: c.args[0], params: c.params },
      );
      expect(result.errors).toBeUndefined();
      const overlay = result.data!['analysisOverlay'];
      expect(overlay.name).toBe(c.args[0]);
      expect(overlay.summary.length).toBeGreaterThan(10);
    });
  }
});

describe('what the analyses say about the seed', () => {
  it('finds the two sign changes the article reports, from the data', async () => {
    const result = (await viaCli(['sign-changes'])) as {
      pairs: {
        a: string;
        b: string;
        changes: { date: string; from: string; to: string; before: { id: string }[]; after: { id: string }[] }[];
      }[];
    };
    expect(result.pairs.map((pair) => [pair.a, pair.b, pair.changes.map((c) => [c.date, c.from, c.to])])).toEqual([
      ['iran', 'pakistan', [['2020-01-01', 'COOPERATIVE', 'HOSTILE']]],
      ['pakistan', 'united-states', [['2020-01-01', 'HOSTILE', 'COOPERATIVE']]],
    ]);
    const usPakistan = result.pairs[1]!.changes[0]!;
    expect(usPakistan.before.map((r) => r.id)).toContain('us-suspends-imet-for-pakistan');
    expect(usPakistan.after.map((r) => r.id)).toContain('us-resumes-imet-for-pakistan');
    const pakistanIran = result.pairs[0]!.changes[0]!;
    expect([pakistanIran.before.map((r) => r.id), pakistanIran.after.map((r) => r.id)]).toEqual([
      ['pakistan-aligned-with-iran'],
      ['pakistan-abandons-iran'],
    ]);
  });

  it('shows the US and Pakistan as hostile before 2020 and cooperative after, in blocs and balance', async () => {
    const before = (await viaCli(['balance', '--as-of', '2019'])) as { triads: unknown[] };
    expect(before.triads).toEqual([]);
    const now = (await viaCli(['blocs'])) as { blocs: { actorIds: string[] }[] };
    expect(now.blocs.map((bloc) => bloc.actorIds)).toContainEqual(['pakistan', 'united-states']);
  });

  it('flags the claims resting only on anonymous sources', async () => {
    const result = (await viaCli(['evidence-quality'])) as { relations: { id: string; flags: string[] }[] };
    const anonymous = result.relations
      .filter((r) => r.flags.includes('ANONYMOUS_ONLY'))
      .map((r) => r.id)
      .sort();
    expect(anonymous).toEqual(['pakistan-blames-soleimani-for-baloch-attacks', 'us-requests-pakistan-support']);
  });

  it('runs as a real command (npm run analyze -- sign-changes --json) with the same result', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'analyze', '--', 'sign-changes', '--json'], {
      env: testDatabaseEnv(),
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual(await viaCli(['sign-changes']));
  });

  it('prints a readable table without --json', async () => {
    const command = parseAnalyzeArgs(['influence', '--limit', '3']);
    if (command === 'help') throw new Error('unexpected help');
    const table = await runAnalyzeCommand(db, command);
    expect(table.split('\n').slice(2, 4)).toEqual([
      expect.stringMatching(/^actor\s+degree\s+in\s+out\s+coop\s+hostile\s+neutral\s+pagerank\s+betweenness$/),
      expect.stringMatching(/^-+(\s+-+){8}$/),
    ]);
    expect(table).toMatch(/\(engine: GDS; betweenness exact\)$/);
  });
});
