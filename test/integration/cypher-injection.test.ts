import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { createSchema } from '../../server/graphql/schema.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

// Cypher injection: no value is ever concatenated into Cypher. Strings made to break out of a
// Cypher literal go through every string argument of every query and into every string field of
// a knowledge file; they are stored and read back exactly, and nothing else in the graph changes.

const INJECTIONS = [
  "'",
  '"',
  '`',
  '\u0060) DETACH DELETE n //',
  "x' }) MATCH (n) DETACH DELETE n //",
  '" OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //',
  "\\' RETURN 1 //",
  '$id',
  '{id: "pakistan"}',
  'MATCH (n) DETACH DELETE n',
  "CALL db.createLabel('Pwned')",
];

const graphSnapshot = cypherQuery('test/graph-snapshot');
const testbed = useTestbed();

/** The query fields whose required arguments are all strings or ids: each can be called with only strings. */
function stringOnlyQueries(): { field: GraphQLField<unknown, unknown>; stringArgs: string[] }[] {
  const fields = Object.values(createSchema().getQueryType()!.getFields());
  return fields.flatMap((field) => {
    const isString = (type: unknown) => {
      const named = getNamedType(type as never);
      return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
    };
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    if (!required.every((arg) => isString(arg.type) && !isListType(getNullableType(arg.type)))) return [];
    const stringArgs = field.args.filter((arg) => isString(arg.type) && !isListType(getNullableType(arg.type)));
    return stringArgs.length > 0 ? [{ field, stringArgs: stringArgs.map((arg) => arg.name) }] : [];
  });
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

describe('strings that try to break out of Cypher', () => {
  const queries = stringOnlyQueries();

  it('reach every query that takes a string', () => {
    const names = queries.map(({ field }) => field.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'actors', 'relation', 'neighborhood', 'cypher']));
  });

  it.each(queries.map(({ field, stringArgs }) => [field.name, field, stringArgs] as const))(
    'are inert in every string argument of %s',
    async (_name, field, stringArgs) => {
      const before = await testbed.db.read(graphSnapshot);
      for (const injection of INJECTIONS) {
        const args = stringArgs.map((arg) => `${arg}: ${JSON.stringify(injection)}`).join(', ');
        const answer = await execute(
          testbed.app,
          `{ ${field.name}(${args}) ${selectionFor(field)} }`,
          {},
          bearer('editor'),
        );
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        // A clear refusal (not found, bad input, not read-only Cypher, a syntax error) or an answer; never a crash.
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      }
      expect(await testbed.db.read(graphSnapshot)).toEqual(before);
    },
  );

  it('are stored literally in every string field of a knowledge file, and change nothing else', async () => {
    const before = (await testbed.db.read(graphSnapshot))[0]!;
    const text = (i: number) => `${INJECTIONS[i % INJECTIONS.length]} #${i}`;
    const document = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      description: text(0),
      sources: [
        {
          id: 'injection-source',
          title: text(1),
          publisher: text(2),
          author: text(3),
          dateline: text(4),
          description: text(5),
        },
      ],
      actors: [
        {
          id: 'injection-actor',
          name: text(6),
          kind: 'ORGANISATION',
          aliases: [text(7), text(8)],
          description: text(9),
        },
      ],
      relations: [
        {
          id: 'injection-relation',
          type: 'ACCUSE',
          from: 'injection-actor',
          to: 'pakistan',
          mode: text(10),
          summary: text(11),
          when: { date: '2021-03', asWritten: text(12) },
          evidence: [
            {
              source: 'injection-source',
              quote: text(13),
              attribution: text(14),
              note: text(15),
              status: 'ALLEGED',
              confidence: 0.4,
            },
          ],
        },
      ],
    });
    await ingestDocument(testbed.db, document);

    const answer = await execute(
      testbed.app,
      `{ actor(id: "injection-actor") { name aliases description }
         relation(id: "injection-relation") { mode summary
           evidence { quote attribution note source { title publisher author dateline description } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      actor: { name: text(6), aliases: [text(7), text(8)], description: text(9) },
      relation: {
        mode: text(10),
        summary: text(11),
        evidence: [
          {
            quote: text(13),
            attribution: text(14),
            note: text(15),
            source: { title: text(1), publisher: text(2), author: text(3), dateline: text(4), description: text(5) },
          },
        ],
      },
    });

    const after = (await testbed.db.read(graphSnapshot))[0]!;
    const others = (rows: unknown, without: string) =>
      (rows as { id: string }[]).filter((row) => !row.id.startsWith(without));
    expect(others(after['actors'], 'injection')).toEqual(others(before['actors'], 'injection'));
    expect(others(after['relations'], 'injection')).toEqual(others(before['relations'], 'injection'));
    expect((after['actors'] as unknown[]).length).toBe((before['actors'] as unknown[]).length + 1);
  });

  it('are stored literally through createActor', async () => {
    const name = INJECTIONS[4]!;
    const answer = await execute(
      testbed.app,
      'mutation ($input: CreateActorInput!) { createActor(input: $input) { id name aliases description } }',
      {
        input: {
          id: 'injected-by-mutation',
          name,
          kind: 'PERSON',
          aliases: [INJECTIONS[2]!],
          description: INJECTIONS[9]!,
        },
      },
      bearer('editor'),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      createActor: { id: 'injected-by-mutation', name, aliases: [INJECTIONS[2]], description: INJECTIONS[9] },
    });
  });
});
