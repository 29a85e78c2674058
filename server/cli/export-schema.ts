// npm run schema:export: writes the merged SDL of server/graphql/schema/*.graphql to the committed
// schema.graphql at the repository root. A test fails while the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { printSchemaFile, SCHEMA_FILE } from '../graphql/schema.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const text = printSchemaFile();
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // First export: there is no file yet.
  }
  const where = relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE;
  if (current === text) {
    console.log(`${where} is up to date`);
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${where}`);
});
