import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isActiveAsOf } from '../../client/src/graph/filters.ts';
import { parseAnalyzeArgs, runAnalyzeCommand } from '../../server/cli/analyze-command.ts';
import type { BalanceResult } from '../../server/analyses/balance.ts';
import type { BlocsResult } from '../../server/analyses/blocs.ts';
import type { ChangesResult } from '../../server/analyses/changes.ts';
import type { EvidenceQualityResult } from '../../server/analyses/evidence-quality.ts';
import type { InfluenceResult } from '../../server/analyses/influence.ts';
import type { ReachResult } from '../../server/analyses/reach.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import type { SignChangesResult } from '../../server/analyses/sign-changes.ts';
import type { App } from '../../server/app.ts';
import { cypherQuery, listMigrations } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { createTestApp } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { loadGraph, wipe, type RelationSpec } from './analyses-fixtures.ts';

// One rule for dates and windows (server/domain/date-window.ts): the API's relations(filter:),
// every analysis that takes a window, and the browser's as-of must read the same window on the
// same data. The graph puts relations of every precision around the edges of the windows below.

/** Dated relations, each with its own actors so that every analysis can tell whether it saw it. */
const DATED: { id: string; when: RelationSpec['when'] }[] = [
  { id: 'ev-2019-12-31', when: { date: '2019-12-31' } },
  { id: 'ev-2019-12', when: { date: '2019-12' } },
  { id: 'ev-2019', when: { date: '2019' } },
  { id: 'ev-2020-01-01', when: { date: '2020-01-01' } },
  { id: 'ev-2020-01-02', when: { date: '2020-01-02' } },
  { id: 'ev-2020-01', when: { date: '2020-01' } },
  { id: 'ev-2020', when: { date: '2020' } },
  { id: 'iv-2019-to-2019', when: { from: '2019', to: '2019' } },
  { id: 'iv-2018-to-2020-01', when: { from: '2018', to: '2020-01' } },
  { id: 'iv-2020-01-on', when: { from: '2020-01' } },
  { id: 'iv-2019-05-10-to-2019-05', when: { from: '2019-05-10', to: '2019-05' } },
  { id: 'iv-2019-06-15-to-2020-01-02', when: { from: '2019-06-15', to: '2020-01-02' } },
];

/**
 * Per dated relation r between actors r-a and r-b: two undated cooperative intervals r-a—r-c and
 * r-b—r-c (undated intervals pass every window), so r-a, r-b, r-c form a triad, a bloc and a
 * two-hop path exactly when r passes the window. And a copy r-flip between r-s and r-t after an
 * undated hostile interval between them, so the pair changes sign exactly when the copy passes.
 */
function windowGraph(): RelationSpec[] {
  return DATED.flatMap(({ id, when }) => [
    { id, type: 'COOPERATE', from: `${id}-a`, to: `${id}-b`, when },
    { id: `${id}-anchor-a`, type: 'SUPPORT', from: `${id}-a`, to: `${id}-c` },
    { id: `${id}-anchor-b`, type: 'SUPPORT', from: `${id}-b`, to: `${id}-c` },
    { id: `${id}-hostile`, type: 'OPPOSE', from: `${id}-s`, to: `${id}-t` },
    { id: `${id}-flip`, type: 'COOPERATE', from: `${id}-s`, to: `${id}-t`, when },
  ]);
}

type Window = { asOf?: string; asOfCertainty?: 'CERTAIN' | 'POSSIBLE'; from?: string; to?: string };

const AS_OF_WINDOWS: Window[] = [
  { asOf: '2019-12-31' },
  { asOf: '2020-01-01' },
  { asOf: '2020-01-02' },
  { asOf: '2020-01-31' },
  { asOf: '2019' },
  { asOf: '2019-06-15' },
  { asOf: '2019-06-15', asOfCertainty: 'POSSIBLE' },
  { asOf: '2020-01-15', asOfCertainty: 'POSSIBLE' },
];

const SPAN_WINDOWS: Window[] = [
  { from: '2020-01-02', to: '2020-01-31' },
  { from: '2018', to: '2018' },
  { from: '2019', to: '2019' },
  { from: '2019-05-10', to: '2019-05' },
  { from: '2019-12-31', to: '2020-01-01' },
  { from: '2020-01-02' },
  { to: '2019-12' },
];

const stripRelatesDateBounds = cypherQuery('test/strip-relates-date-bounds');

const DATED_IDS = new Set(DATED.map((relation) => relation.id));
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
const owner = (actorId: string) => actorId.replace(/-[abcst]$/, '');

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadGraph(db, windowGraph());
  app = createTestApp(db);
});

afterAll(async () => {
  await db?.close();
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = await execute(app, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface ApiRelation {
  id: string;
  validFrom: string | null;
  datePrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
}

/** The dated relations the API's relations(filter:) returns for a window (anchors and copies left out). */
async function apiRelations(window: Window): Promise<ApiRelation[]> {
  const data = await run(
    'query ($filter: RelationFilter) { relations(filter: $filter, first: 500) { nodes { id validFrom datePrecision validTo validToPrecision } } }',
    { filter: window },
  );
  return (data['relations'].nodes as ApiRelation[])
    .filter((relation) => DATED_IDS.has(relation.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const apiIds = async (window: Window) => (await apiRelations(window)).map((relation) => relation.id);

/** Which dated relations each analysis took into account for a window, read off its result. */
const considered: Record<string, (window: Window) => Promise<string[]>> = {
  async influence(window) {
    const result = await runAnalysis<InfluenceResult>(db, 'influence', { ...window, limit: 5000 });
    return sorted(
      result.actors.filter((actor) => actor.id.endsWith('-a') && actor.degree === 2).map((a) => owner(a.id)),
    );
  },
  async blocs(window) {
    const result = await runAnalysis<BlocsResult>(db, 'blocs', { ...window, limit: 5000 });
    return sorted(result.blocs.flatMap((bloc) => bloc.relationIds).filter((id) => DATED_IDS.has(id)));
  },
  async balance(window) {
    const result = await runAnalysis<BalanceResult>(db, 'balance', { ...window, limit: 5000 });
    return sorted(result.triads.map((triad) => owner(triad.actors[0]!)));
  },
  async 'evidence-quality'(window) {
    const result = await runAnalysis<EvidenceQualityResult>(db, 'evidence-quality', { ...window, limit: 5000 });
    return sorted(result.relations.map((relation) => relation.id).filter((id) => DATED_IDS.has(id)));
  },
  async reach(window) {
    const seen: string[] = [];
    for (const id of DATED_IDS) {
      const result = await runAnalysis<ReachResult>(db, 'reach', { ...window, actorId: `${id}-a`, depth: 1 });
      if (result.actors.some((actor) => actor.id === `${id}-b`)) seen.push(id);
    }
    return sorted(seen);
  },
};

describe('the API and every analysis read the same window on the same data', () => {
  for (const window of [...AS_OF_WINDOWS, ...SPAN_WINDOWS]) {
    it(`considers the same relations as relations(filter:) for ${JSON.stringify(window)}`, async () => {
      const expected = await apiIds(window);
      const seen: Record<string, string[]> = {};
      for (const [name, read] of Object.entries(considered)) seen[name] = await read(window);
      expect(seen).toEqual(Object.fromEntries(Object.keys(considered).map((name) => [name, expected])));
    });
  }

  for (const window of SPAN_WINDOWS) {
    it(`finds sign changes exactly for the relations in ${JSON.stringify(window)}`, async () => {
      const result = await runAnalysis<SignChangesResult>(db, 'sign-changes', { ...window, limit: 5000 });
      const flipped = result.pairs.filter((pair) => pair.changes.length > 0).map((pair) => owner(pair.a));
      expect(sorted(flipped)).toEqual(await apiIds(window));
    });
  }

  for (const window of SPAN_WINDOWS.filter((w) => w.from && w.to)) {
    it(`lists as started or ended in ${JSON.stringify(window)} only relations the API has in it, and every event`, async () => {
      const result = await runAnalysis<ChangesResult>(db, 'changes', { ...window, limit: 5000 });
      const world = result.changes.filter(
        (change) => DATED_IDS.has(change.relationId) && (change.kind === 'STARTED' || change.kind === 'ENDED'),
      );
      const inWindow = await apiIds(window);
      expect(sorted(world.map((change) => change.relationId)).filter((id) => !inWindow.includes(id))).toEqual([]);
      expect(sorted(world.filter((c) => c.relationId.startsWith('ev-')).map((c) => c.relationId))).toEqual(
        inWindow.filter((id) => id.startsWith('ev-')),
      );
    });
  }

  // The browser's slider works in days, with the default reading of asOf.
  for (const day of AS_OF_WINDOWS.filter((w) => !w.asOfCertainty && w.asOf!.length === 10).map((w) => w.asOf!)) {
    it(`shows in the browser as of ${day} what the API holds as of that day`, async () => {
      const everything = await apiRelations({});
      expect(everything.filter((relation) => isActiveAsOf(relation, day)).map((relation) => relation.id)).toEqual(
        await apiIds({ asOf: day }),
      );
    });
  }
});

describe('partial dates cover their whole period (issue 14, finding 3)', () => {
  it('keeps an event dated "2020-01" in the window from 2020-01-02 to 2020-01-31', async () => {
    expect(await apiIds({ from: '2020-01-02', to: '2020-01-31' })).toContain('ev-2020-01');
  });

  it('does not show an event of January 2020 as of 2020-01-02 unless asked what may have happened', async () => {
    expect(await apiIds({ asOf: '2020-01-02' })).not.toContain('ev-2020-01');
    expect(await apiIds({ asOf: '2020-01-02', asOfCertainty: 'POSSIBLE' })).toContain('ev-2020-01');
    expect(await apiIds({ asOf: '2020-02-01' })).toContain('ev-2020-01');
  });

  it('holds an interval from 2019 to 2019 during 2019, and not after it', async () => {
    expect(await apiIds({ asOf: '2019' })).toContain('iv-2019-to-2019');
    expect(await apiIds({ asOf: '2019-06-15', asOfCertainty: 'POSSIBLE' })).toContain('iv-2019-to-2019');
    expect(await apiIds({ asOf: '2020-01-01', asOfCertainty: 'POSSIBLE' })).not.toContain('iv-2019-to-2019');
  });

  it('lists the start of an interval from 2019 to 2019 before its end on the timeline', async () => {
    const data = await run('{ timeline(actorId: "iv-2019-to-2019-a") { date datePrecision kind relation { id } } }');
    expect(
      data['timeline']
        .filter((entry: any) => entry.relation.id === 'iv-2019-to-2019')
        .map((entry: any) => `${entry.date} ${entry.datePrecision} ${entry.kind}`),
    ).toEqual(['2019-01-01 YEAR STARTED', '2019-01-01 YEAR ENDED']);
  });

  it('accepts an interval from 2019-05-10 to 2019-05, in a file and as a window', async () => {
    const data = await run('{ relation(id: "iv-2019-05-10-to-2019-05") { validFrom validTo validToPrecision } }');
    expect(data['relation']).toEqual({ validFrom: '2019-05-10', validTo: '2019-05-01', validToPrecision: 'MONTH' });
    const answer = await execute(
      app,
      '{ changes(params: { from: "2019-05-10", to: "2019-05" }) { changes { kind } } }',
    );
    expect(answer.errors).toBeUndefined();
  });

  it('gives the precision of every date a change or sign change reports', async () => {
    const data = await run(`{
      changes(params: { from: "2020-01-02", to: "2020-01-31", types: [COOPERATE] }) {
        changes { relationId kind date datePrecision }
      }
      signChanges(params: { from: "2020", to: "2020" }) {
        pairs { a changes { date datePrecision after { id validFrom datePrecision validTo validToPrecision } } }
      }
    }`);
    expect(
      data['changes'].changes
        .filter((change: any) => change.relationId === 'ev-2020-01' && change.kind === 'STARTED')
        .map((change: any) => `${change.date} ${change.datePrecision}`),
    ).toEqual(['2020-01-01 MONTH']);
    const pair = data['signChanges'].pairs.find((p: any) => p.a === 'ev-2020-s');
    expect(pair.changes.map((change: any) => `${change.date} ${change.datePrecision}`)).toEqual(['2020-01-01 YEAR']);
    expect(pair.changes[0].after).toEqual([
      { id: 'ev-2020-flip', validFrom: '2020-01-01', datePrecision: 'YEAR', validTo: null, validToPrecision: null },
    ]);
  });

  it('prints a partial date at its precision in the command line table', async () => {
    const table = await runAnalyzeCommand(
      db,
      parseAnalyzeArgs(['changes', '--from', '2020-01-02', '--to', '2020-01-31', '--types', 'COOPERATE']) as any,
    );
    expect(table).toMatch(/^2020-01 +STARTED +ev-2020-01 /m);
    expect(table).not.toMatch(/^2020-01-01 +STARTED +ev-2020-01 /m);
  });
});

describe('edges written before they carried the bounds of their dates', () => {
  it('are brought in step by migration 020, and read the same windows again', async () => {
    const windows: Window[] = [{ asOf: '2020-01-02' }, { asOf: '2019' }, { from: '2020-01-02', to: '2020-01-31' }];
    const before = await Promise.all(windows.map(apiIds));
    await db.writeTransaction((tx) => tx.run(stripRelatesDateBounds));
    const migration = listMigrations().find((m) => m.id === '020-relates-date-bounds')!;
    for (const statement of migration.statements) await db.runSchemaStatement(statement);
    expect(await Promise.all(windows.map(apiIds))).toEqual(before);
  });
});

describe('the API and the command line on the seed', () => {
  beforeAll(async () => {
    await wipe(db);
    await seedDatabase(db);
  });

  it('agree on which relations start in 2018', async () => {
    const inWindow = await run(
      '{ relations(filter: { from: "2018", to: "2018" }, first: 500) { nodes { id validFrom datePrecision } } }',
    );
    const startingIn2018 = inWindow['relations'].nodes
      .filter((relation: any) => relation.validFrom?.startsWith('2018'))
      .map((relation: any) => relation.id)
      .sort();
    const json = await runAnalyzeCommand(
      db,
      parseAnalyzeArgs(['changes', '--from', '2018', '--to', '2018', '--json']) as any,
    );
    const started = (JSON.parse(json) as ChangesResult).changes
      .filter((change) => change.kind === 'STARTED')
      .map((change) => change.relationId)
      .sort();
    expect(startingIn2018).toContain('pompeo-leads-state-department');
    expect(started).toEqual(startingIn2018);
  });
});
