import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { print, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.ts';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'schema');

/** The SDL of every `.graphql` file under server/graphql/schema/, merged into one document. */
export function loadTypeDefs(): string {
  const files = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.graphql')).sort();
  return print(mergeTypeDefs(files.map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8')), { sort: true }));
}

/** Builds the executable schema; a resolver for a field the SDL does not have stops start-up. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
