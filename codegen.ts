// GraphQL Code Generator: types from schema.graphql, so that no side of the API copies the schema
// by hand. `npm run codegen` rewrites the generated files, which are committed; a unit test fails
// when they are stale. Each target is one key of `generates`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // A document that does not validate against the schema fails the run instead of being skipped.
  ignoreNoDocuments: false,
  generates: {
    // The browser client: its operations live in .graphql files; each becomes a typed document, a
    // string that carries its result and variables types, so `request(OverviewDocument, ...)`
    // checks both at compile time and sends plain text (no GraphQL parser in the bundle).
    'client/src/api/generated/operations.ts': {
      documents: ['client/src/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        // Only the enums and inputs the operations use, not the whole schema.
        onlyOperationTypes: true,
        // Union types of strings, not TypeScript enums: the payloads stay plain JSON.
        enumsAsTypes: true,
        useTypeImports: true,
        // Date and DateTime travel as ISO strings (see the scalars in schema.graphql).
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;
