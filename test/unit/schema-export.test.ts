import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, SCHEMA_FILE } from '../../server/graphql/schema.ts';

describe('the exported schema', () => {
  it('is the committed schema.graphql (run `npm run schema:export` after changing the SDL)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === printSchemaFile(),
      'schema.graphql is out of date: run `npm run schema:export` and commit it',
    ).toBe(true);
  });

  it('keeps the root fields and arguments clients rely on', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const signature = (type: GraphQLObjectType | null | undefined, name: string) => {
      const field = type?.getFields()[name];
      return field
        ? `${name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(field.type)}`
        : `${name} missing`;
    };
    const query = schema.getQueryType();
    expect(
      ['actor', 'actors', 'relation', 'relations', 'neighborhood', 'shortestPaths', 'sources', 'timeline'].map((name) =>
        signature(query, name),
      ),
    ).toEqual([
      'actor(id: ID!): Actor',
      'actors(search: String, kinds: [ActorKind!], first: Int, after: String): ActorConnection!',
      'relation(id: ID!): Relation',
      'relations(filter: RelationFilter, first: Int, after: String): RelationConnection!',
      'neighborhood(actorId: ID!, depth: Int, filter: RelationFilter): Subgraph!',
      // avoidActorIds and avoidTypes are optional: the four arguments clients send still suffice.
      'shortestPaths(fromId: ID!, toId: ID!, maxDepth: Int, filter: RelationFilter, avoidActorIds: [ID!], avoidTypes: [RelationType!]): [Path!]!',
      'sources(first: Int, after: String): SourceConnection!',
      'timeline(actorId: ID, filter: RelationFilter): [TimelineEvent!]!',
    ]);
    const mutation = schema.getMutationType();
    expect(
      ['createActor', 'updateActor', 'addRelation', 'addEvidence', 'mergeActors', 'retractEvidence'].map((name) =>
        signature(mutation, name),
      ),
    ).toEqual([
      'createActor(input: CreateActorInput!): Actor!',
      'updateActor(id: ID!, input: UpdateActorInput!): Actor!',
      'addRelation(input: AddRelationInput!): Relation!',
      'addEvidence(relationId: ID!, input: EvidenceInput!): Evidence!',
      'mergeActors(keepId: ID!, mergeId: ID!): Actor!',
      'retractEvidence(id: ID!, reason: String): Evidence!',
    ]);
    const filter = schema.getType('RelationFilter') as unknown as { getFields(): Record<string, { type: unknown }> };
    expect(
      Object.fromEntries(Object.entries(filter.getFields()).map(([name, field]) => [name, String(field.type)])),
    ).toMatchObject({
      types: '[RelationType!]',
      polarity: '[Polarity!]',
      minConfidence: 'Float',
      asOf: 'Date',
      from: 'Date',
      to: 'Date',
      sourceIds: '[ID!]',
      statuses: '[RelationStatus!]',
    });
  });
});
