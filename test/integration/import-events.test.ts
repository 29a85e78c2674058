import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { execute } from '../support/graphql-client.ts';
import { runNpmScript } from '../support/run-npm.ts';
import { useTestbed } from '../support/api-app.ts';

const snapshot = cypherQuery('test/graph-snapshot');
const testbed = useTestbed();

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/interchange/${name}`, import.meta.url));
const GDELT = fixture('gdelt-events.export.CSV');
const ACLED = fixture('acled-events.csv');

/** Runs `npm run import -- ...` against the test database, as a user would. */
const importFiles = (...args: string[]) => runNpmScript('import', args, {}, 120_000);

const graphSnapshot = async () => (await testbed.db.read(snapshot))[0];

interface ImportedRelation {
  id: string;
  type: string;
  intensity: number;
  validFrom: string | null;
  datePrecision: string | null;
  independentSources: number;
  evidenceCount: number;
  from: { id: string; name: string; kind: string; country: string | null };
  to: { id: string; name: string; kind: string; country: string | null };
  evidence: {
    kind: string;
    quote: string;
    attribution: string;
    confidence: number;
    source: { url: string | null; publisher: string; title: string };
  }[];
}

/** The relations the API serves in the window of the fixtures (2021), with their actors and evidence. */
async function relationsOf2021(): Promise<ImportedRelation[]> {
  const result = await execute<{ relations: { nodes: ImportedRelation[] } }>(
    testbed.app,
    `{ relations(filter: { from: "2021-03", to: "2021-04" }, first: 100) { nodes {
        id type intensity validFrom datePrecision independentSources evidenceCount
        from { id name kind country } to { id name kind country }
        evidence { kind quote attribution confidence source { url publisher title } } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.relations.nodes;
}

const between = (relations: ImportedRelation[], from: string, to: string, type: string) =>
  relations.filter((relation) => relation.from.id === from && relation.to.id === to && relation.type === type);

describe('npm run import -- --format gdelt', () => {
  it('with --strict, refuses a file with malformed rows, names their lines and loads nothing', async () => {
    const before = await graphSnapshot();
    const result = await importFiles('--format', 'gdelt', '--strict', GDELT);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${GDELT}:8: has 60 columns`);
    expect(result.stdout).toContain(`${GDELT}:9: SQLDATE "2021031x"`);
    expect(result.stderr).toContain('--strict refused');
    expect(await graphSnapshot()).toEqual(before);
  });

  it('loads the well-formed rows, skips the others and says why', async () => {
    const before = await countGraph(testbed.db);
    const result = await importFiles('--format', 'gdelt', GDELT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'imported ' +
        GDELT +
        ' (gdelt): 10 rows read, 6 loaded (4 new relations, 2 corroborating), 0 already loaded, 4 skipped ' +
        '(1 one actor only, 1 CAMEO 01 (public statement) is no relation type, 2 malformed), 3 new actors',
    );
    expect(result.stdout).toContain(`${GDELT}:8: has 60 columns, a GDELT 2.0 event has 61`);
    expect(result.stdout).toContain(`${GDELT}:9: SQLDATE "2021031x" is not a date written YYYYMMDD`);
    // No progress bar when standard error is not a terminal.
    expect(result.stderr).toBe('');
    expect(await countGraph(testbed.db)).toEqual({
      actors: before.actors + 3,
      relations: before.relations + 4,
      evidence: before.evidence + 6,
      sources: before.sources + 6,
    });
  });

  it('lands country codes on the states already in the graph, never on a new "UNITED STATES"', async () => {
    const relations = await relationsOf2021();
    const [sanctions] = between(relations, 'united-states', 'iran', 'SANCTION');
    expect(sanctions).toBeDefined();
    const names = relations.flatMap((relation) => [relation.from.name, relation.to.name]);
    expect(names).not.toContain('UNITED STATES');
    expect(names).not.toContain('IRAN');
    // PAKMIL is Pakistan's one military actor; IRNGOV, with no Iranian government actor, is Iran.
    expect(between(relations, 'pakistan-army', 'taliban', 'ATTACK')).toHaveLength(1);
    expect(between(relations, 'iran', 'pakistan', 'CONSULT')).toHaveLength(1);
  });

  it('creates the actors nothing in the graph is, once, named as names are written', async () => {
    const relations = await relationsOf2021();
    const [talks] = between(relations, 'united-kingdom', 'france', 'AGREE');
    expect(talks?.from).toEqual({ id: 'united-kingdom', name: 'United Kingdom', kind: 'STATE', country: 'GB' });
    expect(talks?.to).toEqual({ id: 'france', name: 'France', kind: 'STATE', country: 'FR' });
    const [clash] = between(relations, 'pakistan-army', 'taliban', 'ATTACK');
    expect(clash?.to).toEqual({ id: 'taliban', name: 'Taliban', kind: 'OTHER', country: null });
  });

  it('maps the event code, Goldstein scale and SQLDATE, and keeps the coded row as CODED evidence', async () => {
    const [sanctions] = between(await relationsOf2021(), 'united-states', 'iran', 'SANCTION');
    expect(sanctions).toMatchObject({ intensity: -8, validFrom: '2021-03-10', datePrecision: 'DAY' });
    for (const item of sanctions!.evidence) {
      expect(item).toMatchObject({ kind: 'CODED', attribution: 'GDELT 2.0 event coder', confidence: 0.3 });
      expect(item.quote).toContain('CAMEO 163');
    }
    const urls = sanctions!.evidence.map((item) => item.source.url).sort();
    expect(urls).toEqual([
      'https://news.example.org/2021/03/10/sanctions-announced',
      'https://wire.example.com/world/sanctions-widened',
      'https://www.wire.example.com/world/sanctions-widened/?utm_source=feed',
    ]);
  });

  it('makes the rows of one event one relation, counting the copy of one story once', async () => {
    const [sanctions] = between(await relationsOf2021(), 'united-states', 'iran', 'SANCTION');
    expect(sanctions).toMatchObject({ evidenceCount: 3, independentSources: 2 });
  });

  it('changes nothing when run again, and says every row was loaded before', async () => {
    const before = await graphSnapshot();
    const result = await importFiles('--format', 'gdelt', GDELT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('10 rows read, 0 loaded (0 new relations, 0 corroborating), 6 already loaded');
    expect(await graphSnapshot()).toEqual(before);
  });
});

describe('npm run import -- --format acled', () => {
  it('loads both actors, the mapped type, the date and the notes as the quote, and skips what it cannot load', async () => {
    const before = await countGraph(testbed.db);
    const result = await importFiles('--format', 'acled', ACLED);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      ' (acled): 6 rows read, 3 loaded (3 new relations, 0 corroborating), 0 already loaded, 3 skipped ' +
        '(1 ACLED "Headquarters or base established" is no relation type, 1 malformed, 1 one actor only)',
    );
    expect(result.stdout).toContain(`${ACLED}:7: event_date "someday" is not a date`);
    expect((await countGraph(testbed.db)).relations).toBe(before.relations + 3);

    const relations = await relationsOf2021();
    const group = 'unidentified-armed-group-pakistan';
    const [clash] = between(relations, 'pakistan-army', group, 'ATTACK');
    expect(clash?.to).toMatchObject({
      name: 'Unidentified Armed Group (Pakistan)',
      kind: 'ARMED_GROUP',
      country: 'PK',
    });
    expect(clash).toMatchObject({ validFrom: '2021-04-02', datePrecision: 'DAY', independentSources: 1 });
    expect(clash?.evidence).toEqual([
      {
        kind: 'CODED',
        quote:
          'On 2 April 2021, soldiers and an armed group exchanged fire near a checkpoint; no casualties were reported.',
        attribution: 'ACLED',
        confidence: 0.5,
        source: { url: null, publisher: 'Dawn', title: 'ACLED event PAK90001' },
      },
    ]);
    // A protest against "Government of Pakistan" with no such actor in the graph is one against the state.
    const [protest] = between(relations, 'protesters-pakistan', 'pakistan', 'PROTEST');
    expect(protest?.validFrom).toBe('2021-04-05');
    expect(protest?.evidence[0]?.quote).toBe(
      'On 5 April 2021, traders protested against "new taxes" outside the assembly.\nThey dispersed peacefully.',
    );
    // An attack that killed people is KILL.
    expect(between(relations, group, 'civilians-pakistan', 'KILL')).toHaveLength(1);
  });

  it('changes nothing when run again', async () => {
    const before = await graphSnapshot();
    const result = await importFiles('--format', 'acled', ACLED);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('6 rows read, 0 loaded (0 new relations, 0 corroborating), 3 already loaded');
    expect(await graphSnapshot()).toEqual(before);
  });
});

describe('npm run import usage', () => {
  it('refuses an unknown format and names the formats', async () => {
    const result = await importFiles('--format', 'xml', GDELT);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--format must be csv, gdelt or acled');
  });
});
