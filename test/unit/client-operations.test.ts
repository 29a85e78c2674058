import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// Every operation the browser sends is in a .graphql file under client/, checked here against the
// schema the API publishes (schema.graphql), as the API would check it: an operation naming a
// field the schema does not have fails here, not in an analyst's browser.
const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

const documents = new Map<string, DocumentNode>(
  graphqlFiles('client')
    .sort()
    .map((file) => [file, parse(readFileSync(file, 'utf8'))]),
);
// Fragments are shared between files, so all files are validated together, as the one document
// the operations and their fragments make; each error is then laid at the file it points into.
const everything: DocumentNode = {
  kind: 'Document' as DocumentNode['kind'],
  definitions: [...documents.values()].flatMap((d) => d.definitions),
};
const errors = validate(schema, everything);

describe("the client's operations", () => {
  it('live in .graphql files under client/', () => {
    const operations = everything.definitions.filter((definition) => definition.kind === 'OperationDefinition');
    expect(documents.size).toBeGreaterThan(0);
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each([...documents.keys()])('%s validates against schema.graphql', (file) => {
    const source = documents.get(file)?.loc?.source;
    const own = errors.filter((error) => (error.nodes ?? []).some((node) => node.loc?.source === source));
    expect(own.map((error) => error.message)).toEqual([]);
  });

  it('validate as a whole: every fragment used is defined once, every one defined is used', () => {
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('would refuse an operation that asks for a field the schema does not have', () => {
    const wrong = parse('query Wrong { actor(id: "x") { id nickname } }');
    expect(validate(schema, wrong).map((error) => error.message)).toEqual([
      'Cannot query field "nickname" on type "Actor". Did you mean "name"?',
    ]);
  });
});
