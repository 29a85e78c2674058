import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/graphql/schema.ts';
import { DEFAULT_COST_MODEL, estimateCost } from '../../server/http/query-cost.ts';

const schema = createSchema();

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return estimateCost(schema, operation, fragments, variables);
}

describe('the cost of a request', () => {
  it('is nothing for scalars and one per object resolved', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ actor(id: "x") { id name } }')).toBe(1);
    expect(cost('{ relation(id: "x") { id from { id } to { id } } }')).toBe(3);
  });

  it('counts a page by its size, and multiplies what is under it', () => {
    const page = cost('{ actors(first: 10) { nodes { id } } }');
    const nested = cost('{ actors(first: 10) { nodes { id relations(first: 10) { nodes { id } } } } }');
    expect(page).toBe(1 + 10);
    expect(nested).toBe(1 + 10 + 10 * (1 + 10));
  });

  it('takes page sizes from variables, and the default page size when none is given', () => {
    expect(cost('query ($n: Int) { actors(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ actors { nodes { id } } }')).toBe(1 + DEFAULT_COST_MODEL.defaultPageSize);
  });

  it('grows with the depth of a neighbourhood, up to the traversal cap', () => {
    const depth = (d: number) => cost(`{ neighborhood(actorId: "x", depth: ${d}) { actors { id } } }`);
    expect(depth(2)).toBeGreaterThan(depth(1));
    expect(depth(3)).toBeGreaterThan(depth(2));
    expect(depth(4)).toBe(depth(3)); // 10^3 already reaches the cap of 1000 actors
  });

  it('counts fragments and aliases like the fields they stand for', () => {
    const plain = cost('{ actors(first: 5) { nodes { id } } }');
    const viaFragment = cost('{ ...Q } fragment Q on Query { actors(first: 5) { nodes { id } } }');
    const twice = cost('{ a: actors(first: 5) { nodes { id } } b: actors(first: 5) { nodes { id } } }');
    expect(viaFragment).toBe(plain);
    expect(twice).toBe(2 * plain);
  });
});
