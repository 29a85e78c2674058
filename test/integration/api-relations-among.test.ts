import { describe, expect, it } from 'vitest';
import { useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const testbed = useTestbed();

type Edge = { id: string; polarity: string; from: { id: string }; to: { id: string } };

async function allRelations(): Promise<Edge[]> {
  const result = await execute(
    testbed.app,
    '{ relations(first: 500) { nodes { id polarity from { id } to { id } } } }',
  );
  return result.data!['relations'].nodes as Edge[];
}

describe('relationsAmong', () => {
  it('returns exactly the relations whose two ends are both among the actors given', async () => {
    const among = ['pakistan', 'iran', 'united-states'];
    const expected = (await allRelations())
      .filter((relation) => among.includes(relation.from.id) && among.includes(relation.to.id))
      .map((relation) => relation.id)
      .sort();
    const result = await execute(testbed.app, 'query ($ids: [ID!]!) { relationsAmong(actorIds: $ids) { id } }', {
      ids: among,
    });
    expect(result.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(1);
    expect(result.data!['relationsAmong'].map((relation: { id: string }) => relation.id).sort()).toEqual(expected);
  });

  it('applies the relation filter', async () => {
    const among = ['pakistan', 'iran', 'united-states'];
    const result = await execute(
      testbed.app,
      'query ($ids: [ID!]!) { relationsAmong(actorIds: $ids, filter: { polarity: [HOSTILE] }) { polarity } }',
      { ids: among },
    );
    const polarities = new Set(
      result.data!['relationsAmong'].map((relation: { polarity: string }) => relation.polarity),
    );
    expect([...polarities]).toEqual(['HOSTILE']);
  });

  it('refuses more actors than a view can hold', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `actor-${i}`);
    const result = await execute(testbed.app, 'query ($ids: [ID!]!) { relationsAmong(actorIds: $ids) { id } }', {
      ids,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('actorIds: must name at most 1000 actors, got 1001');
  });
});
