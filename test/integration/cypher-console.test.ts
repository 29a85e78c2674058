import { describe, expect, it } from 'vitest';
import { CypherError } from '../../server/cypher-console/cypher-error.ts';
import { runCypher, type CypherLimits } from '../../server/cypher-console/run-cypher.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { bearer, createTestApp, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { runNpmScript } from '../support/run-npm.ts';

// The Cypher console against the seeded graph: one runner for the command line and the API,
// read-only three ways, with Neo4j's own errors and the limits from configuration.

const graphSnapshot = cypherQuery('test/graph-snapshot');
const labelNames = cypherQuery('test/label-names');

const testbed = useTestbed();
const limits: CypherLimits = { timeoutMs: 10_000, maxRows: 1_000 };

/** Everything a write could change: nodes, relationships and their properties, labels and types. */
async function snapshot() {
  return { graph: await testbed.db.read(graphSnapshot), names: await testbed.db.read(labelNames) };
}

async function refusal(work: () => Promise<unknown>): Promise<CypherError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof CypherError) return error;
    throw error;
  }
  throw new Error('expected the console to refuse the query');
}

/** Writes of every kind, each of which Neo4j would run if the console let it through. */
const WRITES: Record<string, string> = {
  CREATE: "CREATE (:Actor {id: 'console-probe', name: 'Probe'})",
  MERGE: "MERGE (a:Actor {id: 'console-probe'}) RETURN a",
  SET: "MATCH (a:Actor {id: 'iran'}) SET a.name = 'Changed' RETURN a",
  DELETE: 'MATCH (:Actor)-[x:RELATES]->(:Actor) DELETE x',
  'DETACH DELETE': 'MATCH (a:Actor) DETACH DELETE a',
  'a writing procedure': "CALL db.createLabel('ConsoleProbe')",
  'LOAD CSV': "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line",
  'a write hidden in a CALL subquery': "MATCH (a:Actor {id: 'iran'}) CALL (a) { SET a.name = 'Changed' } RETURN a.id",
  FOREACH: "MATCH (a:Actor) FOREACH (name IN [a.name] | SET a.name = name + '!')",
  'a procedure outside the allowlist': 'CALL dbms.components() YIELD name RETURN name',
  'TERMINATE TRANSACTIONS': "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
};

describe('a write is refused before it runs', () => {
  for (const [kind, query] of Object.entries(WRITES)) {
    it(`refuses ${kind} in the runner with CYPHER_NOT_READ_ONLY and changes nothing`, async () => {
      const before = await snapshot();
      const error = await refusal(() => runCypher(testbed.db, query, {}, limits));
      expect(error.code).toBe('CYPHER_NOT_READ_ONLY');
      // The plan check refuses it ("nothing was run"), not the read transaction after it started.
      expect(error.message).toContain('nothing was run');
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses every one of them through the API, with the code and no data', async () => {
    const before = await snapshot();
    for (const query of Object.values(WRITES)) {
      const result = await execute(
        testbed.app,
        'query ($q: String!) { cypher(query: $q) { rows } }',
        { q: query },
        bearer('reader'),
      );
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('CYPHER_NOT_READ_ONLY');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses every one of them on the command line, exit code 1 and the code on stderr', async () => {
    const before = await snapshot();
    for (const query of Object.values(WRITES)) {
      const outcome = await runNpmScript('cypher', ['--json', query]);
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain('actorgraph: CYPHER_NOT_READ_ONLY: ');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets the allowed read-only procedures run (full-text search, the schema names)', async () => {
    const search = await runCypher(
      testbed.db,
      "CALL db.index.fulltext.queryNodes('actor_names', 'Soleimani') YIELD node RETURN node.id AS id LIMIT 1",
      {},
      limits,
    );
    expect(search.rows).toEqual([{ id: 'qassem-soleimani' }]);
    const labels = await runCypher(testbed.db, 'CALL db.labels() YIELD label RETURN label', {}, limits);
    expect(labels.rows).toContainEqual({ label: 'Relation' });
  });
});

describe('errors come back as Neo4j gives them, with their position', () => {
  it('gives a syntax error its line and column in the text as written', async () => {
    const error = await refusal(() => runCypher(testbed.db, 'MATCH (a:Actor)\nRETRUN a.name', {}, limits));
    expect(error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(error.details.position).toEqual({ line: 2, column: 1, offset: 16 });
    expect(error.message).toMatch(/^Invalid input 'RETRUN'.*\(line 2, column 1 \(offset: 16\)\)/);
  });

  it('refuses a second statement smuggled after a semicolon, running neither', async () => {
    const before = await snapshot();
    const error = await refusal(() =>
      runCypher(testbed.db, "MATCH (a:Actor) RETURN count(a); CREATE (:Actor {id: 'console-probe'})", {}, limits),
    );
    expect(error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(error.message).toContain('Expected exactly one statement per query but got: 2');
    expect(error.details.position).toEqual({ line: 1, column: 1, offset: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('passes the position on through the API, without a stack', async () => {
    const result = await execute(
      testbed.app,
      'query ($q: String!) { cypher(query: $q) { rows } }',
      { q: 'MATCH (a:Actor) RETURN b' },
      bearer('reader'),
    );
    const [error] = result.errors!;
    expect(error!.extensions?.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(error!.extensions?.['position']).toEqual({ line: 1, column: 24, offset: 23 });
    expect(error!.message).toContain('Variable `b` not defined');
    expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('stops a slow query at the time limit with QUERY_TIMEOUT', async () => {
    // Five-fold cartesian product of every node (about 90^5 rows) with a filter no row passes.
    const slow = "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'none' RETURN count(*) AS n";
    const error = await refusal(() => runCypher(testbed.db, slow, {}, { timeoutMs: 300, maxRows: 10 }));
    expect(error.code).toBe('QUERY_TIMEOUT');
  });
});

describe('results are plain JSON, limited and linked to the graph', () => {
  it('cuts the result at the row limit and says so', async () => {
    const actors = (await countGraph(testbed.db)).actors;
    const query = 'MATCH (a:Actor) RETURN a.id AS id ORDER BY id';
    const cut = await runCypher(testbed.db, query, {}, { timeoutMs: 10_000, maxRows: actors - 1 });
    expect(cut.rows).toHaveLength(actors - 1);
    expect(cut.truncated).toBe(true);
    const whole = await runCypher(testbed.db, query, {}, { timeoutMs: 10_000, maxRows: actors });
    expect(whole.rows).toHaveLength(actors);
    expect(whole.truncated).toBe(false);
  });

  it('shows nodes, relationships and paths by their ids and names, dates as ISO text, integers as numbers', async () => {
    const result = await runCypher(
      testbed.db,
      `MATCH path = (from:Actor {id: $from})-[x:RELATES {id: $relation}]->(to:Actor)
       RETURN from, x, path, x.validFrom AS validFrom, size(from.aliases) AS aliases`,
      { from: 'united-states', relation: 'us-kills-soleimani' },
      limits,
    );
    expect(result.columns).toEqual(['from', 'x', 'path', 'validFrom', 'aliases']);
    const [row] = result.rows;
    const from = { id: 'united-states', name: 'United States', labels: ['Actor'] };
    const x = { id: 'us-kills-soleimani', type: 'RELATES', from: 'united-states', to: 'qassem-soleimani' };
    expect(row).toEqual({
      from,
      x,
      path: [from, x, { id: 'qassem-soleimani', name: 'Qassem Soleimani', labels: ['Actor'] }],
      validFrom: '2020-01-03',
      aliases: expect.any(Number),
    });
    expect(result.actorIds).toEqual(['qassem-soleimani', 'united-states']);
    expect(result.relationIds).toEqual(['us-kills-soleimani']);
  });

  it('names a relationship whose ends are not in the result by their ids', async () => {
    const result = await runCypher(
      testbed.db,
      "MATCH ()-[x:RELATES {id: 'irgc-part-of-iran'}]->() RETURN x",
      {},
      limits,
    );
    expect(result.rows).toEqual([{ x: { id: 'irgc-part-of-iran', type: 'RELATES', from: 'irgc', to: 'iran' } }]);
  });

  it('counts actors and relations returned only by their ids as touched, each once', async () => {
    const result = await runCypher(
      testbed.db,
      `MATCH (claim:Relation)-[:FROM]->(from:Actor) WHERE from.id = $actor
       RETURN from.id AS actor, claim.id AS relation, claim.type AS type`,
      { actor: 'pakistan' },
      limits,
    );
    expect(result.rows.length).toBeGreaterThan(1);
    expect(result.actorIds).toEqual(['pakistan']);
    expect(result.relationIds).toEqual([...new Set(result.rows.map((row) => row['relation'] as string))].sort());
  });

  it('takes a JSON integer parameter as an integer (LIMIT $n)', async () => {
    const result = await runCypher(testbed.db, 'MATCH (a:Actor) RETURN a.id AS id LIMIT $n', { n: 2 }, limits);
    expect(result.rows).toHaveLength(2);
  });
});

describe('who may run ad-hoc Cypher', () => {
  const QUERY = '{ cypher(query: "MATCH (a:Actor) RETURN count(a) AS actors") { columns rows truncated actorIds } }';

  it('needs a token of any role', async () => {
    const anonymous = await execute(testbed.app, QUERY);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await execute(testbed.app, QUERY, {}, bearer('reader'));
    expect(reader.errors).toBeUndefined();
    expect(reader.data!['cypher']).toEqual({
      columns: ['actors'],
      rows: [{ actors: (await countGraph(testbed.db)).actors }],
      truncated: false,
      actorIds: [],
    });
  });

  it('needs none when the operator opens it (ACTORGRAPH_OPEN_CYPHER=true)', async () => {
    const open = createTestApp(testbed.db, { ACTORGRAPH_OPEN_CYPHER: 'true' });
    const result = await execute(open, QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data!['cypher']['rows']).toHaveLength(1);
  });

  it('takes the row limit from ACTORGRAPH_CYPHER_MAX_ROWS', async () => {
    const small = createTestApp(testbed.db, { ACTORGRAPH_CYPHER_MAX_ROWS: '3' });
    const result = await execute(
      small,
      '{ cypher(query: "MATCH (a:Actor) RETURN a") { rows truncated actorIds } }',
      {},
      bearer('reader'),
    );
    expect(result.data!['cypher']['rows']).toHaveLength(3);
    expect(result.data!['cypher']['truncated']).toBe(true);
    expect(result.data!['cypher']['actorIds']).toHaveLength(3);
  });
});

describe('npm run cypher', () => {
  it('prints [{"actors":17}] for the count of actors on the seed, as JSON', async () => {
    const actors = (await countGraph(testbed.db)).actors;
    const outcome = await runNpmScript('cypher', ['--json', 'MATCH (a:Actor) RETURN count(a) AS actors']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.trim()).toBe(`[{"actors":${actors}}]`);
    expect(actors).toBe(17);
  });

  it('reads parameters, prints CSV with quoting and a table by default', async () => {
    const query = 'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.id AS id, $note AS note, $n + 1 AS next';
    const csv = await runNpmScript('cypher', [
      '--csv',
      '--param',
      'id=iran',
      '--param',
      'note=say "hi", then go',
      '--param',
      'n=41',
      query,
    ]);
    expect(csv.stdout.trim().split('\n')).toEqual(['name,id,note,next', 'Iran,iran,"say ""hi"", then go",42']);
    const table = await runNpmScript('cypher', ['--param', 'id=iran', 'MATCH (a:Actor {id: $id}) RETURN a']);
    expect(table.stdout.trim().split('\n')).toEqual(['a', '-----------', 'Iran [iran]']);
  });

  it('shows a syntax error with its position and exits 1', async () => {
    const outcome = await runNpmScript('cypher', ['MATCH (a:Actor) RETRUN a']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /^actorgraph: CYPHER_SYNTAX_ERROR: Invalid input 'RETRUN'.*\(line 1, column 17 \(offset: 16\)\)/,
    );
    expect(outcome.stderr).not.toMatch(/\s+at .*\(.*:\d+:\d+\)/);
  });
});
