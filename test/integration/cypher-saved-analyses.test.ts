import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { CypherError } from '../../server/cypher-console/cypher-error.ts';
import { runCypher } from '../../server/cypher-console/run-cypher.ts';
import { runSavedAnalysis } from '../../server/cypher-console/saved-analyses.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { App } from '../../server/app.ts';
import { bearer, createTestApp, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { runNpmScript } from '../support/run-npm.ts';

// Saved analyses are .cypher files in a folder: a file added to it is listed and runs at once
// on the command line and in the API, and saveAnalysis writes one (editors only, reads only).

const graphSnapshot = cypherQuery('test/graph-snapshot');
const testbed = useTestbed();
const shipped = readConfig({}).cypher;
let dir: string;
let app: App;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-saved-'));
  app = createTestApp(testbed.db, { ACTORGRAPH_SAVED_ANALYSES: dir });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ACTORS_OF_KIND = `// title: Actors of a kind
// question: Which actors are of a kind?
// param: kind String = "STATE" -- the kind (STATE, MILITARY, PERSON, ...)
MATCH (a:Actor {kind: $kind})
RETURN a.id AS id
ORDER BY id
`;

const LIST = '{ savedAnalyses { name title question params { name type default description } query } }';
const RUN =
  'query ($name: String!, $params: JSON) { runSavedAnalysis(name: $name, params: $params) { columns rows actorIds } }';
const SAVE = `mutation ($name: String!, $title: String!, $question: String!, $query: String!, $params: [SavedAnalysisParamInput!], $replace: Boolean) {
  saveAnalysis(name: $name, title: $title, question: $question, query: $query, params: $params, replace: $replace) { name title params { name type default } query }
}`;

async function statesOnTheSeed(): Promise<string[]> {
  const result = await runCypher(
    testbed.db,
    "MATCH (a:Actor {kind: 'STATE'}) RETURN a.id AS id ORDER BY id",
    {},
    shipped,
  );
  return result.rows.map((row) => row['id'] as string);
}

describe('a file added to the folder', () => {
  beforeAll(async () => {
    await writeFile(join(dir, 'actors-of-kind.cypher'), ACTORS_OF_KIND);
  });

  it('is listed by npm run analyze -- --list, marked as saved', async () => {
    const outcome = await runNpmScript('analyze', ['--list'], { ACTORGRAPH_SAVED_ANALYSES: dir });
    expect(outcome.code).toBe(0);
    const saved = outcome.stdout.split(/^saved analyses/m)[1]!;
    expect(saved).toMatch(/^\s+actors-of-kind\s+Which actors are of a kind\?$/m);
    expect(outcome.stdout.split(/^saved analyses/m)[0]).toMatch(/^\s+balance\s/m);
  });

  it('is listed by savedAnalyses with its header read', async () => {
    const result = await execute(app, LIST);
    expect(result.errors).toBeUndefined();
    expect(result.data!['savedAnalyses']).toEqual([
      {
        name: 'actors-of-kind',
        title: 'Actors of a kind',
        question: 'Which actors are of a kind?',
        params: [
          { name: 'kind', type: 'String', default: 'STATE', description: 'the kind (STATE, MILITARY, PERSON, ...)' },
        ],
        query: ACTORS_OF_KIND,
      },
    ]);
  });

  it('runs by name on the command line and through the API, with its default or a given value', async () => {
    const states = await statesOnTheSeed();
    expect(states.length).toBeGreaterThan(1);
    const cli = await runNpmScript('analyze', ['actors-of-kind', '--json'], { ACTORGRAPH_SAVED_ANALYSES: dir });
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(states.map((id) => ({ id })));
    const api = await execute(app, RUN, { name: 'actors-of-kind', params: { kind: 'STATE' } });
    expect(api.errors).toBeUndefined();
    expect(api.data!['runSavedAnalysis']).toEqual({
      columns: ['id'],
      rows: states.map((id) => ({ id })),
      actorIds: states,
    });
    const military = await execute(app, RUN, { name: 'actors-of-kind', params: { kind: 'MILITARY' } });
    expect(military.data!['runSavedAnalysis']['rows']).toContainEqual({ id: 'irgc' });
    expect(military.data!['runSavedAnalysis']['rows']).not.toContainEqual({ id: 'iran' });
  });

  it('is gone as soon as the file is', async () => {
    await writeFile(join(dir, 'short-lived.cypher'), ACTORS_OF_KIND);
    expect((await execute(app, LIST)).data!['savedAnalyses'].map((a: { name: string }) => a.name)).toContain(
      'short-lived',
    );
    await rm(join(dir, 'short-lived.cypher'));
    expect((await execute(app, LIST)).data!['savedAnalyses'].map((a: { name: string }) => a.name)).not.toContain(
      'short-lived',
    );
  });

  it('refuses an unknown name, a parameter it does not declare, and a value of the wrong type', async () => {
    const unknown = await execute(app, RUN, { name: 'no-such-analysis' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('SAVED_ANALYSIS_NOT_FOUND');
    const extra = await execute(app, RUN, { name: 'actors-of-kind', params: { kinds: 'STATE' } });
    expect(extra.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'kinds' });
    const wrongType = await execute(app, RUN, { name: 'actors-of-kind', params: { kind: 3 } });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'kind' });
    const cli = await runNpmScript('analyze', ['no-such-analysis'], { ACTORGRAPH_SAVED_ANALYSES: dir });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('ANALYSIS_NOT_FOUND: no analysis named "no-such-analysis"');
    expect(cli.stderr).toContain('saved analyses: actors-of-kind');
  });

  it('is refused with its file and line when its header is wrong, and the others still list', async () => {
    await writeFile(join(dir, 'broken.cypher'), '// title: Broken\n// question: Why?\n// param: n Number\nRETURN $n');
    const outcome = await runNpmScript('analyze', ['broken'], { ACTORGRAPH_SAVED_ANALYSES: dir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/BAD_USER_INPUT: .*broken\.cypher:3: parameter "n": unknown type "Number"/);
    const listed = await execute(app, LIST);
    expect(listed.data!['savedAnalyses'].map((a: { name: string }) => a.name)).toEqual(['actors-of-kind']);
    await rm(join(dir, 'broken.cypher'));
  });

  it('still needs a token to run when reads are private', async () => {
    const privateApp = createTestApp(testbed.db, { ACTORGRAPH_SAVED_ANALYSES: dir, ACTORGRAPH_PRIVATE_READS: 'true' });
    const anonymous = await execute(privateApp, RUN, { name: 'actors-of-kind' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await execute(privateApp, RUN, { name: 'actors-of-kind' }, bearer('reader'));
    expect(reader.errors).toBeUndefined();
  });
});

describe('saveAnalysis', () => {
  const request = {
    name: 'relations-between',
    title: 'Relations between two actors',
    question: 'Which relations join two actors, either way?',
    query:
      'MATCH (:Actor {id: $a})-[x:RELATES]-(:Actor {id: $b})\nRETURN x.id AS relation, x.type AS type\nORDER BY relation',
    params: [
      { name: 'a', type: 'String', description: 'one actor' },
      { name: 'b', type: 'String', default: 'iran', description: 'the other' },
    ],
  };

  it('is refused without a token and for a reader, writing no file', async () => {
    const anonymous = await execute(app, SAVE, request);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await execute(app, SAVE, request, bearer('reader'));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await readdir(dir)).not.toContain('relations-between.cypher');
  });

  it('refuses a query that writes, and a name that is not a slug, writing no file', async () => {
    const before = await testbed.db.read(graphSnapshot);
    const writes = await execute(
      app,
      SAVE,
      {
        ...request,
        name: 'rename-iran',
        query: "MATCH (a:Actor {id: 'iran'}) SET a.name = 'Persia' RETURN a",
        params: [],
      },
      bearer('editor'),
    );
    expect(writes.errors?.[0]?.extensions?.code).toBe('CYPHER_NOT_READ_ONLY');
    const badName = await execute(app, SAVE, { ...request, name: '../escape' }, bearer('editor'));
    expect(badName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'name' });
    const undeclared = await execute(app, SAVE, { ...request, params: [] }, bearer('editor'));
    expect(undeclared.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(undeclared.errors?.[0]?.message).toContain('uses $a');
    expect((await readdir(dir)).filter((file) => file !== 'actors-of-kind.cypher')).toEqual([]);
    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
  });

  it('writes a file that then lists and runs, and keeps it unless told to replace it', async () => {
    const saved = await execute(app, SAVE, request, bearer('editor'));
    expect(saved.errors).toBeUndefined();
    const text = await readFile(join(dir, 'relations-between.cypher'), 'utf8');
    expect(text).toBe(
      '// title: Relations between two actors\n// question: Which relations join two actors, either way?\n' +
        '// param: a String -- one actor\n// param: b String = "iran" -- the other\n' +
        `${request.query}\n`,
    );
    expect(saved.data!['saveAnalysis']).toEqual({
      name: 'relations-between',
      title: request.title,
      params: [
        { name: 'a', type: 'String', default: null },
        { name: 'b', type: 'String', default: 'iran' },
      ],
      query: text,
    });
    const listed = await execute(app, LIST);
    expect(listed.data!['savedAnalyses'].map((a: { name: string }) => a.name)).toContain('relations-between');
    const run = await execute(app, RUN, { name: 'relations-between', params: { a: 'pakistan' } });
    expect(run.data!['runSavedAnalysis']['rows']).toContainEqual({
      relation: 'pakistan-abandons-iran',
      type: 'REJECT',
    });

    const again = await execute(app, SAVE, { ...request, title: 'Another title' }, bearer('editor'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'name' });
    expect(await readFile(join(dir, 'relations-between.cypher'), 'utf8')).toBe(text);
    const replaced = await execute(app, SAVE, { ...request, title: 'Another title', replace: true }, bearer('editor'));
    expect(replaced.data!['saveAnalysis']['title']).toBe('Another title');
    expect(await readFile(join(dir, 'relations-between.cypher'), 'utf8')).toContain('// title: Another title\n');
    expect((await readdir(dir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the saved analyses that ship', () => {
  const run = (name: string, params: Record<string, unknown> = {}) =>
    runSavedAnalysis(testbed.db, shipped, name, params);

  it('relations-of-actor lists every relation of the actor, either way', async () => {
    const result = await run('relations-of-actor', { actor: 'pakistan' });
    const direct = await runCypher(
      testbed.db,
      "MATCH (:Actor {id: 'pakistan'})-[x:RELATES]-() WHERE x.status <> 'RETRACTED' RETURN x.id AS id ORDER BY id",
      {},
      shipped,
    );
    expect(result.rows.map((row) => row['relation']).sort()).toEqual(direct.rows.map((row) => row['id']));
    expect(result.rows).toContainEqual(
      expect.objectContaining({
        relation: 'pakistan-abandons-iran',
        direction: 'to',
        other: 'iran',
        validFrom: '2020-01-01',
      }),
    );
    expect(result.actorIds).toContain('iran');
  });

  it('relations-of-actor needs its actor, by name', async () => {
    const error = await run('relations-of-actor').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { param: 'actor' } });
  });

  it('turned-hostile finds Pakistan turning on Iran in 2020, on one source only', async () => {
    // The seed has Pakistan aligned with Iran (undated) and abandoning it in January 2020, both
    // from the one article: found with one source, not with the default of two.
    const oneSource = await run('turned-hostile', { actor: 'iran', minSources: 1 });
    expect(oneSource.rows).toEqual([
      {
        actor: 'pakistan',
        name: 'Pakistan',
        hostileRelations: ['pakistan-abandons-iran'],
        cooperativeBefore: ['pakistan-aligned-with-iran'],
        sources: ['seed-article'],
        sourceCount: 1,
      },
    ]);
    expect((await run('turned-hostile', { actor: 'iran' })).rows).toEqual([]);
    expect((await run('turned-hostile', { actor: 'iran', minSources: 1, after: '2021' })).rows).toEqual([]);
  });

  it('anonymous-only-claims lists exactly the claims with anonymous live evidence only', async () => {
    const result = await run('anonymous-only-claims');
    const claims = result.rows.map((row) => row['relation']);
    expect(claims.length).toBeGreaterThan(0);
    const check = await runCypher(
      testbed.db,
      `MATCH (r:Relation)<-[:SUPPORTS]-(e:Evidence) WHERE NOT coalesce(e.retracted, false)
       WITH r, collect(e.anonymous) AS anonymous WHERE none(flag IN anonymous WHERE NOT flag)
       RETURN r.id AS id ORDER BY id`,
      {},
      shipped,
    );
    expect([...claims].sort()).toEqual(check.rows.map((row) => row['id']));
  });

  it('most-attributed-sources puts the article in hand first, behind every claim', async () => {
    const result = await run('most-attributed-sources', { limit: 3 });
    expect(result.rows).toHaveLength(3);
    const claims = await runCypher(testbed.db, 'MATCH (r:Relation) RETURN count(r) AS n', {}, shipped);
    expect(result.rows[0]).toMatchObject({ source: 'seed-article', claims: claims.rows[0]!['n'] });
    const counts = result.rows.map((row) => row['claims'] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
