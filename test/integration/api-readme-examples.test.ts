import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// Runs every example of README.md's "Example queries" section against the seed, exactly as
// written, so that an example that stops working fails the build. An example is a fenced block
// (graphql, or sh with a curl command) right after a marker comment `<!-- example: name -->`.

const README = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const SECTION = /## Example queries\n([\s\S]*?)\n## /.exec(README)?.[1] ?? '';

interface Example {
  name: string;
  language: string;
  code: string;
}

const EXAMPLES: Example[] = [...SECTION.matchAll(/<!-- example: ([a-z0-9-]+) -->\n```(\w+)\n([\s\S]*?)```/g)].map(
  (match) => ({
    name: match[1]!,
    language: match[2]!,
    code: match[3]!,
  }),
);

/** The tokens the README tells the server to start with. */
const TOKENS_ENV = /ACTORGRAPH_TOKENS="([^"]+)"/.exec(SECTION)?.[1] ?? '';
const EDITOR_TOKEN =
  TOKENS_ENV.split(',')
    .find((entry) => entry.endsWith(':editor'))
    ?.split(':')[0] ?? '';

type Data = Record<string, any>;

/** What each example must show, besides running without errors. */
const EXPECTATIONS: Record<string, (data: Data) => void> = {
  'search-by-alias': (data) => {
    expect(data['suleimani'].edges[0].node.id).toBe('qassem-soleimani');
    expect(data['washington'].edges[0].node.id).toBe('united-states');
    expect(data['guard'].edges[0].node.id).toBe('irgc');
  },
  'as-of': (data) => {
    expect(data['in2019'].nodes.map((node: { id: string }) => node.id)).toEqual(['us-suspends-imet-for-pakistan']);
    expect(data['in2020'].nodes.map((node: { id: string }) => node.id)).toEqual(['us-resumes-imet-for-pakistan']);
  },
  neighborhood: (data) => {
    const { actors, relations } = data['neighborhood'];
    expect(actors.map((actor: { id: string }) => actor.id)).toEqual(
      expect.arrayContaining(['qassem-soleimani', 'united-states', 'pakistan', 'iran']),
    );
    expect(relations.length).toBeGreaterThan(3);
    expect(relations.every((relation: { polarity: string }) => relation.polarity === 'HOSTILE')).toBe(true);
  },
  'shortest-paths': (data) => {
    const [path, ...others] = data['shortestPaths'];
    expect(others).toEqual([]);
    expect(path.length).toBe(4);
    expect(path.hops.map((hop: any) => hop.from.name)[0]).toBe('Qamar Javed Bajwa');
    expect(path.hops.at(-1).to.name).toBe('Qassem Soleimani');
    expect(path.hops.every((hop: any) => hop.relation.evidence.length > 0)).toBe(true);
  },
  'create-actor-with-curl': (data) => {
    expect(data['createActor']).toEqual({ id: 'quds-force', name: 'Quds Force', aliases: ['IRGC-QF'] });
  },
  'add-relation': (data) => {
    expect(data['createSource']).toEqual({ id: 'example-wire-2020-01-08' });
    expect(data['addRelation']).toMatchObject({
      type: 'ATTACK',
      status: 'REPORTED',
      confidence: 0.8,
      from: { name: 'Iran' },
      to: { name: 'United States' },
      evidence: [{ source: { publisher: 'Example Wire' } }],
    });
  },
};

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openSeededDatabase();
  app = createApp({ db, config: readConfig({ NODE_ENV: 'test', ACTORGRAPH_TOKENS: TOKENS_ENV }) });
});

afterAll(async () => {
  await db?.close();
});

/** The request a README example makes: a GraphQL block as a POST (with the editor token for a mutation), or its curl command. */
function requestOf(example: Example): { path: string; headers: Record<string, string>; body: string } {
  if (example.language === 'graphql') {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (example.code.trimStart().startsWith('mutation')) headers['authorization'] = `Bearer ${EDITOR_TOKEN}`;
    return { path: '/graphql', headers, body: JSON.stringify({ query: example.code }) };
  }
  const command = example.code.replace(/\\\n\s*/g, ' ');
  const url = /curl\s+(?:-s\s+)?(\S+)/.exec(command)?.[1] ?? '';
  const headers = Object.fromEntries(
    [...command.matchAll(/-H '([^:']+):\s*([^']*)'/g)].map((match) => [match[1]!.toLowerCase(), match[2]!]),
  );
  const body = /-d '([^']*)'/.exec(command)?.[1] ?? '';
  return { path: new URL(url).pathname, headers, body };
}

describe('the README examples', () => {
  it('are all there, each with what it must show', () => {
    expect(EXAMPLES.map((example) => example.name)).toEqual(Object.keys(EXPECTATIONS));
    expect(EDITOR_TOKEN.length).toBeGreaterThanOrEqual(16);
  });

  it.each(EXAMPLES.map((example) => [example.name, example] as const))('run as written: %s', async (name, example) => {
    const request = requestOf(example);
    const response = await app.yoga.fetch(`http://localhost:4000${request.path}`, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json', ...request.headers },
      body: request.body,
    });
    const result = (await response.json()) as { data?: Data; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    expect(response.status).toBe(200);
    EXPECTATIONS[name]!(result.data!);
  });
});
