// The peer of `npm run bench`: @neo4j/graphql (a bench-only dev dependency) serving the bench's
// actors and relations from the same Neo4j as actorgraph, over graphql-yoga on PORT, so that the
// two servers answer the same question from the same data. Started and stopped by
// bench/stages/servers.ts; prints "peer ready" when it listens.
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

/** The graph as @neo4j/graphql models it: Relation nodes point FROM and TO their actors. */
const typeDefs = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]
    relationsFrom: [Relation!]! @relationship(type: "FROM", direction: IN)
    relationsTo: [Relation!]! @relationship(type: "TO", direction: IN)
  }
  type Relation @node {
    id: ID!
    type: String!
    polarity: String
    confidence: Float
    validFrom: Date
    from: [Actor!]! @relationship(type: "FROM", direction: OUT)
    to: [Actor!]! @relationship(type: "TO", direction: OUT)
  }
`;

const driver = neo4j.driver(
  process.env['NEO4J_URI']!,
  neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''),
  { maxConnectionPoolSize: 50 },
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, maskedErrors: false });
const server = createServer(yoga);
server.listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('peer ready'));
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
