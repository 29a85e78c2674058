import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface GeneratedFile {
  filename: string;
  content: string;
}

/** Runs every target of codegen.ts in memory, as `npm run codegen` would, without writing. */
async function generateInMemory(): Promise<GeneratedFile[]> {
  return (await generate({ ...config, cwd: ROOT, silent: true }, false)) as GeneratedFile[];
}

describe('the generated types', () => {
  it('are the committed files (run `npm run codegen` after changing the SDL or codegen.ts)', async () => {
    const outputs = await generateInMemory();
    expect(outputs.map((output) => output.filename).sort()).toEqual(Object.keys(config.generates).sort());
    const stale = outputs
      .filter((output) => readFileSync(join(ROOT, output.filename), 'utf8') !== output.content)
      .map((output) => output.filename);
    expect(stale, `out of date: ${stale.join(', ')}; run \`npm run codegen\` and commit the result`).toEqual([]);
  });

  it('type the parents of Actor, Relation, Evidence and Source as the records read from Neo4j', () => {
    const generated = readFileSync(join(ROOT, 'server/graphql/generated/resolvers-types.ts'), 'utf8');
    const parents = /export type ResolversParentTypes = \{\n([\s\S]*?)\n\};/.exec(generated)?.[1] ?? '';
    const parentOf = (type: string) => new RegExp(`^  ${type}: (.+);$`, 'm').exec(parents)?.[1];
    expect(['Actor', 'Relation', 'Evidence', 'Source', 'RelationLink'].map(parentOf)).toEqual([
      'ActorRecord',
      'RelationRecord',
      'EvidenceRecord',
      'SourceRecord',
      'LinkRecord',
    ]);
  });
});
