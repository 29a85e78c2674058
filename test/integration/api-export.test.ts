import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useTestbed } from '../support/api-app.ts';
import { loadFixtureGraph } from '../support/fixture-graph.ts';
import { execute } from '../support/graphql-client.ts';
import { validateGexf, validateGraphml } from '../support/schema-validation.ts';

// The fixture graph of test/support/fixture-graph.ts: relations r1..r7 when nothing is filtered.
const testbed = useTestbed(loadFixtureGraph);

const EXPORT =
  'query ($format: ExportFormat!, $filter: RelationFilter) { export(format: $format, filter: $filter) { name content } }';

async function exportFiles(format: string, filter: Record<string, unknown> = {}) {
  const result = await execute(testbed.app, EXPORT, { format, filter });
  expect(result.errors).toBeUndefined();
  return result.data!['export'] as { name: string; content: string }[];
}

async function relationIds(filter: Record<string, unknown>): Promise<string[]> {
  const result = await execute(
    testbed.app,
    'query ($filter: RelationFilter) { relations(filter: $filter, first: 100) { nodes { id } } }',
    { filter },
  );
  return result.data!['relations'].nodes.map((node: { id: string }) => node.id).sort();
}

describe('the export query', () => {
  it('answers GraphML and GEXF that their schemas accept', async () => {
    const [graphml] = await exportFiles('GRAPHML');
    expect(graphml!.name).toBe('actorgraph.graphml');
    expect((await validateGraphml(graphml!.content)).errors).toEqual([]);
    const [gexf] = await exportFiles('GEXF');
    expect(gexf!.name).toBe('actorgraph.gexf');
    expect((await validateGexf(gexf!.content)).errors).toEqual([]);
  });

  it('keeps the relations the filter keeps, as the relations query does', async () => {
    for (const filter of [
      {},
      { types: ['SANCTION', 'ATTACK'] },
      { from: '2019', to: '2019' },
      { minConfidence: 0.7 },
    ]) {
      const [cyjs] = await exportFiles('CYJS', filter);
      const document = JSON.parse(cyjs!.content) as { elements: { edges: { data: { id: string } }[] } };
      expect(document.elements.edges.map((edge) => edge.data.id).sort(), JSON.stringify(filter)).toEqual(
        await relationIds(filter),
      );
    }
  });

  it('answers CSV as four named files with a header row each', async () => {
    const files = await exportFiles('CSV');
    expect(files.map((file) => file.name).sort()).toEqual([
      'actors.csv',
      'evidence.csv',
      'relations.csv',
      'sources.csv',
    ]);
    const relations = parseCsv(files.find((file) => file.name === 'relations.csv')!.content, { columns: true }) as {
      id: string;
    }[];
    expect(relations.map((row) => row.id).sort()).toEqual(await relationIds({}));
  });

  it('refuses a bad filter as BAD_USER_INPUT', async () => {
    const result = await execute(testbed.app, EXPORT, { format: 'GEXF', filter: { from: '2020', to: '2019' } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });
});
