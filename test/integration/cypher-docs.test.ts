import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCypher, type CypherResult } from '../../server/cypher-console/run-cypher.ts';
import { useTestbed } from '../support/api-app.ts';

// Every ```cypher example of docs/cypher.md runs against the seed through the console's runner
// (read-only, as a reader would run it), returns rows, and shows what its question asks.

const testbed = useTestbed();
const limits = { timeoutMs: 10_000, maxRows: 1_000 };

/** The examples, each marked `<!-- example: name -->` just above its ```cypher block. */
function examplesOf(markdown: string): Map<string, string> {
  const examples = new Map<string, string>();
  for (const match of markdown.matchAll(/<!-- example: ([a-z0-9-]+) -->\n```cypher\n([\s\S]*?)\n```/g)) {
    examples.set(match[1]!, match[2]!);
  }
  return examples;
}

type Row = Record<string, unknown>;
const column = (rows: Row[], name: string) => rows.map((row) => row[name]);
const descending = (values: unknown[]) => [...(values as number[])].sort((a, b) => b - a);
const run = (query: string) => runCypher(testbed.db, query, {}, limits);

/** What each example must show, beyond returning rows. */
const EXPECTATIONS: Record<string, (result: CypherResult) => Promise<void> | void> = {
  'fulltext-search': ({ rows }) => {
    expect(rows[0]).toMatchObject({ id: 'qassem-soleimani', name: 'Qassem Soleimani' });
  },
  'hostile-to-iran': async ({ rows }) => {
    const hostile = await run("MATCH (:Actor {id: 'iran'})-[x:RELATES {polarity: 'HOSTILE'}]-() RETURN count(x) AS n");
    expect(rows).toHaveLength(hostile.rows[0]!['n'] as number);
    expect(rows).toContainEqual(expect.objectContaining({ actor: 'Pakistan', type: 'REJECT', direction: 'to Iran' }));
    expect(column(rows, 'confidence')).toEqual(descending(column(rows, 'confidence')));
  },
  'evidence-of-a-claim': ({ rows }) => {
    for (const row of rows) expect(row['quote']).toEqual(expect.stringMatching(/\w+ \w+/));
    expect(rows).toContainEqual(expect.objectContaining({ anonymous: true, relays: 'Asian Lite', status: 'ALLEGED' }));
  },
  'as-of-a-date': ({ rows }) => {
    for (const since of column(rows, 'since') as (string | null)[]) {
      if (since !== null) expect(since <= '2019-06-30').toBe(true);
    }
    expect(rows).toContainEqual(expect.objectContaining({ type: 'SANCTION', to: 'Pakistan' }));
    expect(rows).not.toContainEqual(expect.objectContaining({ type: 'AID', to: 'Pakistan' }));
  },
  'events-in-a-window': ({ rows }) => {
    for (const date of column(rows, 'date') as string[]) expect(date.startsWith('2020-01')).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ type: 'KILL', to: 'Qassem Soleimani', precision: 'DAY' }));
  },
  'shortest-chain': ({ rows }) => {
    const [row] = rows as { actors: string[]; types: string[]; hops: number }[];
    expect(row!.actors[0]).toBe('Qamar Javed Bajwa');
    expect(row!.actors.at(-1)).toBe('Qassem Soleimani');
    expect(row!.types).toHaveLength(row!.hops);
    expect(row!.actors).toHaveLength(row!.hops + 1);
  },
  'hedged-or-denied': ({ rows }) => {
    for (const stances of column(rows, 'stances') as string[][]) {
      expect(stances.some((stance) => stance === 'HEDGES' || stance === 'DENIES')).toBe(true);
    }
  },
  speakers: ({ rows }) => {
    expect(column(rows, 'claims')).toEqual(descending(column(rows, 'claims')));
    for (const row of rows) expect(row['claims'] as number).toBeGreaterThanOrEqual(row['anonymous'] as number);
    expect(rows).toContainEqual(expect.objectContaining({ speaker: 'Mike Pompeo' }));
  },
  'single-source-claims': ({ rows, relationIds }) => {
    // The resumption of IMET is confirmed by the US announcement and The News International.
    expect(column(rows, 'claim')).not.toContain('us-resumes-imet-for-pakistan');
    expect(column(rows, 'onlySource')).not.toContain(null);
    expect(relationIds).toEqual([...(column(rows, 'claim') as string[])].sort());
  },
  'pair-over-time': ({ rows }) => {
    for (const by of column(rows, 'by')) expect(['pakistan', 'united-states']).toContain(by);
    expect(rows).toContainEqual(
      expect.objectContaining({ type: 'SANCTION', from: '2018-01-01', precision: 'YEAR', to: '2020-01-01' }),
    );
    const dates = column(rows, 'from') as string[];
    expect(dates).toEqual([...dates].sort());
  },
  'linked-claims': ({ rows }) => {
    expect(rows).toContainEqual({
      claim: 'pakistan-supports-us-strike-on-iran',
      kind: 'IN_EXCHANGE_FOR',
      linkedTo: 'us-resumes-imet-for-pakistan',
    });
  },
  'mixed-pairs': ({ rows }) => {
    for (const polarities of column(rows, 'polarities') as string[][]) {
      expect(polarities).toEqual(expect.arrayContaining(['COOPERATIVE', 'HOSTILE']));
    }
    expect(rows).toContainEqual(expect.objectContaining({ actor: 'Iran', other: 'Pakistan' }));
  },
  'most-relations': async ({ rows }) => {
    expect(column(rows, 'relations')).toEqual(descending(column(rows, 'relations')));
    const top = rows[0]!['actor'] as string;
    const direct = await runCypher(
      testbed.db,
      'MATCH (:Actor {id: $id})-[x:RELATES]-() RETURN count(x) AS n',
      { id: top },
      limits,
    );
    expect(rows[0]!['relations']).toBe(direct.rows[0]!['n']);
  },
};

const examples = examplesOf(readFileSync('docs/cypher.md', 'utf8'));

describe('the examples of docs/cypher.md', () => {
  it('number at least ten, each with what it must show', () => {
    expect(examples.size).toBeGreaterThanOrEqual(10);
    expect([...examples.keys()].sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  for (const [name, query] of examples) {
    it(`${name} runs read-only on the seed and answers its question`, async () => {
      const result = await run(query);
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.truncated).toBe(false);
      await EXPECTATIONS[name]!(result);
    });
  }
});
