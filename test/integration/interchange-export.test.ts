import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { overlapsWindow, readDateWindow } from '../../server/domain/date-window.ts';
import { refreshRelations } from '../../server/ingest/refresh-relations.ts';
import { runNpmScript } from '../support/run-npm.ts';
import { validateGexf, validateGraphml } from '../support/schema-validation.ts';
import { openSeededDatabase } from '../support/test-database.ts';

const expectations = cypherQuery('test/export-expectations');
const retractEvidence = cypherQuery('write/retract-evidence');

interface Expected {
  actorIds: string[];
  relationIds: string[];
  datedRelations: number;
  evidenceIds: string[];
  sourceIds: string[];
}

let db: Database;
let dir: string;
let expected: Expected;
let retractedEvidenceId: string;

beforeAll(async () => {
  db = await openSeededDatabase();
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-export-'));
  // One retracted piece of evidence beside live ones, so the export shows that it travels marked.
  const stored = (await db.read(cypherQuery('read/evidence-of-relations'), { relationIds: await relationIds() })) as {
    evidence: { id: string; relationId: string };
  }[];
  const first = stored.find(
    ({ evidence }) => stored.filter((other) => other.evidence.relationId === evidence.relationId).length > 1,
  );
  retractedEvidenceId = first!.evidence.id;
  await db.writeTransaction(async (tx) => {
    await tx.run(retractEvidence, { id: retractedEvidenceId, reason: 'the outlet corrected its report' });
    await refreshRelations(tx, [first!.evidence.relationId]);
  });
  expected = (await db.read(expectations))[0] as unknown as Expected;
});

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

async function relationIds(): Promise<string[]> {
  return ((await db.read(expectations))[0] as unknown as Expected).relationIds;
}

const exportTo = (format: string, out: string, ...filters: string[]) =>
  runNpmScript('export', ['--format', format, '--out', out, ...filters]);

const sorted = (values: Iterable<string>) => [...values].sort();

describe('npm run export', () => {
  it('writes GraphML that the GraphML schema accepts, with every actor and relation and their properties', async () => {
    const out = join(dir, 'seed.graphml');
    const outcome = await exportTo('graphml', out);
    expect(outcome.code, outcome.stderr).toBe(0);
    const xml = await readFile(out, 'utf8');

    const validation = await validateGraphml(xml);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const nodeIds = [...xml.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]!);
    const edgeIds = [...xml.matchAll(/<edge id="([^"]+)"/g)].map((match) => match[1]!);
    expect(sorted(nodeIds)).toEqual(sorted(expected.actorIds));
    expect(sorted(edgeIds)).toEqual(sorted(expected.relationIds));
    for (const key of ['kind', 'aliases', 'wikidata', 'country']) expect(xml).toContain(`attr.name="${key}"`);
    for (const key of [
      'polarity',
      'intensity',
      'datePrecision',
      'status',
      'confidence',
      'evidenceCount',
      'sourceIds',
    ]) {
      expect(xml).toContain(`<data key="relation.${key}">`);
    }
  });

  it('writes GEXF 1.3 in dynamic mode that the GEXF grammar accepts, each dated relation with its spell', async () => {
    const out = join(dir, 'seed.gexf');
    const outcome = await exportTo('gexf', out);
    expect(outcome.code, outcome.stderr).toBe(0);
    const xml = await readFile(out, 'utf8');

    const validation = await validateGexf(xml);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    expect(xml).toContain('mode="dynamic"');
    expect([...xml.matchAll(/<edge id=/g)]).toHaveLength(expected.relationIds.length);
    expect([...xml.matchAll(/<node id=/g)]).toHaveLength(expected.actorIds.length);
    expect(expected.datedRelations).toBeGreaterThan(0);
    expect([...xml.matchAll(/<spell /g)]).toHaveLength(expected.datedRelations);
    for (const [, start, end] of xml.matchAll(/<spell start="([^"]+)" end="([^"]+)"/g)) {
      expect(start! <= end!, `${start} .. ${end}`).toBe(true);
    }
  });

  it('writes Cytoscape JSON: elements.nodes and elements.edges, with properties in their JSON types', async () => {
    const out = join(dir, 'seed.cyjs');
    const outcome = await exportTo('cyjs', out);
    expect(outcome.code, outcome.stderr).toBe(0);
    const document = JSON.parse(await readFile(out, 'utf8')) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };

    const nodeIds = document.elements.nodes.map((node) => node.data['id'] as string);
    expect(sorted(nodeIds)).toEqual(sorted(expected.actorIds));
    expect(sorted(document.elements.edges.map((edge) => edge.data['id'] as string))).toEqual(
      sorted(expected.relationIds),
    );
    for (const { data } of document.elements.edges) {
      expect(nodeIds).toContain(data['source']);
      expect(nodeIds).toContain(data['target']);
      expect(data['interaction']).toBe(data['type']);
      expect(typeof data['confidence']).toBe('number');
      expect(Array.isArray(data['sourceIds'])).toBe(true);
    }
    expect(document.elements.nodes.every(({ data }) => typeof data['name'] === 'string' && data['kind'])).toBe(true);
  });

  it('writes a folder of four CSV files that a CSV parser reads back, quotes and retractions intact', async () => {
    const out = join(dir, 'seed-csv');
    const outcome = await exportTo('csv', out);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(sorted(await readdir(out))).toEqual(['actors.csv', 'evidence.csv', 'relations.csv', 'sources.csv']);
    const table = async (name: string) =>
      parseCsv(await readFile(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];

    const actors = await table('actors.csv');
    const relations = await table('relations.csv');
    const evidence = await table('evidence.csv');
    const sources = await table('sources.csv');
    expect(sorted(actors.map((row) => row['id']!))).toEqual(sorted(expected.actorIds));
    expect(sorted(relations.map((row) => row['id']!))).toEqual(sorted(expected.relationIds));
    expect(sorted(evidence.map((row) => row['id']!))).toEqual(sorted(expected.evidenceIds));
    expect(sorted(sources.map((row) => row['id']!))).toEqual(sorted(expected.sourceIds));

    const stored = (await db.read(cypherQuery('read/evidence-of-relations'), {
      relationIds: expected.relationIds,
    })) as { evidence: { id: string; quote: string } }[];
    for (const { evidence: item } of stored) {
      expect(evidence.find((row) => row['id'] === item.id)?.['quote']).toBe(item.quote);
    }
    const retracted = evidence.find((row) => row['id'] === retractedEvidenceId)!;
    expect(retracted['retracted']).toBe('true');
    expect(retracted['retractionReason']).toBe('the outlet corrected its report');
    expect(relations.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row['validFrom']!) || row['validFrom'] === '')).toBe(
      true,
    );
  });

  it('exports only the relations a filter keeps, and the actors they tie', async () => {
    const all = JSON.parse(await readFile(join(dir, 'seed.cyjs'), 'utf8')) as {
      elements: { edges: { data: Record<string, unknown> }[] };
    };
    const someType = all.elements.edges[0]!.data['type'] as string;
    const out = join(dir, 'filtered.cyjs');
    const outcome = await exportTo('cyjs', out, '--types', someType.toLowerCase(), '--min-confidence', '0.1');
    expect(outcome.code, outcome.stderr).toBe(0);
    const filtered = JSON.parse(await readFile(out, 'utf8')) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    const wanted = all.elements.edges.filter(
      ({ data }) => data['type'] === someType && (data['confidence'] as number) >= 0.1,
    );
    expect(sorted(filtered.elements.edges.map(({ data }) => data['id'] as string))).toEqual(
      sorted(wanted.map(({ data }) => data['id'] as string)),
    );
    const ends = new Set(wanted.flatMap(({ data }) => [data['source'] as string, data['target'] as string]));
    expect(sorted(filtered.elements.nodes.map(({ data }) => data['id'] as string))).toEqual(sorted(ends));
  });

  it('exports by the one date-window rule (server/domain/date-window.ts): a window keeps what may fall in it', async () => {
    const all = JSON.parse(await readFile(join(dir, 'seed.cyjs'), 'utf8')) as {
      elements: { edges: { data: Record<string, unknown> }[] };
    };
    const window = readDateWindow({ from: '2019-06', to: '2020-01' });
    const inWindow = all.elements.edges
      .map(({ data }) => data)
      .filter((data) =>
        overlapsWindow(
          {
            validFrom: (data['validFrom'] as string | undefined) ?? null,
            datePrecision: (data['datePrecision'] as string | undefined) ?? null,
            validTo: (data['validTo'] as string | undefined) ?? null,
            validToPrecision: (data['validToPrecision'] as string | undefined) ?? null,
            isEvent: data['isEvent'] === true,
          },
          window,
        ),
      )
      .map((data) => data['id'] as string);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(all.elements.edges.length);

    const out = join(dir, 'window.graphml');
    const outcome = await exportTo('graphml', out, '--from', '2019-06', '--to', '2020-01');
    expect(outcome.code, outcome.stderr).toBe(0);
    const edgeIds = [...(await readFile(out, 'utf8')).matchAll(/<edge id="([^"]+)"/g)].map((match) => match[1]!);
    expect(sorted(edgeIds)).toEqual(sorted(inWindow));
  });

  it('refuses an unknown format with a clear error and writes nothing', async () => {
    const out = join(dir, 'nothing.dot');
    const outcome = await exportTo('dot', out);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('--format must be one of graphml, gexf, cyjs, csv');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a bad date with a clear error naming the option, and writes nothing', async () => {
    const out = join(dir, 'nothing.gexf');
    const outcome = await exportTo('gexf', out, '--from', '2019-13');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('--from must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(existsSync(out)).toBe(false);
    const reversed = await exportTo('gexf', out, '--from', '2020', '--to', '2019');
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toContain('--from must not be after to');
    expect(existsSync(out)).toBe(false);
    expect((await readdir(dir)).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
