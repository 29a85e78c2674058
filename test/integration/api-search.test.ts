import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { foldName } from '../../server/graphql/search-query.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const testbed = useTestbed();

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = await execute(testbed.app, query, variables, bearer('editor'));
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function searchIds(search: string): Promise<string[]> {
  const data = await run('query ($search: String) { actors(search: $search, first: 20) { nodes { id } } }', { search });
  return data['actors'].nodes.map((node: { id: string }) => node.id);
}

describe('search that fits how names are written', () => {
  it.each([
    ['Soleimānī', 'qassem-soleimani'],
    ['Qāsem', 'qassem-soleimani'],
    ['QĀSEM SOLEIMĀNĪ', 'qassem-soleimani'],
    ["Pompeo's", 'mike-pompeo'],
    ['Pompeo’s', 'mike-pompeo'],
    ['"Pompeo," (Mike)', 'mike-pompeo'],
  ])('finds the actor first when searching "%s"', async (search, id) => {
    expect((await searchIds(search))[0]).toBe(id);
  });

  it('finds a name written with diacritics by its plain spelling', async () => {
    await run(
      'mutation { createActor(input: { id: "salah-brigade", name: "Ṣalāḥ Brigade", kind: ARMED_GROUP }) { id } }',
    );
    expect(await searchIds('Salah')).toEqual(['salah-brigade']);
    expect(await searchIds('salah brig')).toEqual(['salah-brigade']);
  });

  it('finds an alias written with diacritics by its plain spelling', async () => {
    await run(
      'mutation { createActor(input: { id: "test-quds-unit", name: "Test Unit", kind: ARMED_GROUP, aliases: ["Ḥizb al-Qūdsī"] }) { id } }',
    );
    expect(await searchIds('qudsi')).toEqual(['test-quds-unit']);
  });

  it('ranks an exact name or alias above names that only contain the words', async () => {
    const data = await run('{ actors(search: "US", first: 20) { edges { score node { id } } } }');
    const ids = data['actors'].edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids[0]).toBe('united-states');
    expect(ids).toContain('us-army-war-college');
  });

  it('ranks an exact alias first whatever its case and accents', async () => {
    expect((await searchIds('u.s.'))[0]).toBe('united-states');
    expect((await searchIds('State Department'))[0]).toBe('us-state-department');
  });

  it('pages through ranked results once each, exact matches first', async () => {
    const all = await searchIds('US');
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const data: Record<string, any> = await run(
        'query ($after: String) { actors(search: "US", first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data['actors'].nodes.map((node: { id: string }) => node.id));
      if (!data['actors'].pageInfo.hasNextPage) break;
      after = data['actors'].pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(2);
  });
});

describe('one folding rule on both sides', () => {
  it('folds stored names in Cypher exactly as it folds typed text in TypeScript', async () => {
    const texts = [
      'Soleimānī',
      'Ṣalāḥ Brigade',
      "Pompeo's",
      'Pompeo’s office',
      "States' rights",
      'U.S.',
      ' "Mike" (Pompeo) ',
      'Qur’an',
      'Ünïcödé—ÀÉÎ 2020',
    ];
    const rows = await testbed.db.read(cypherQuery('test/fold-names'), { texts });
    expect(rows.map((row) => row['folded'])).toEqual(texts.map(foldName));
  });
});
