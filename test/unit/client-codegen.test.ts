import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

// The client's types are generated from schema.graphql and its .graphql operations by
// `npm run codegen`, and committed. This runs the same generation in memory (formatted as the
// codegen hook formats the files) and compares: a schema or an operation changed without running
// codegen leaves the committed types stale, and this fails, naming the file.
const clientTargets = Object.fromEntries(
  Object.entries(config.generates).filter(([path]) => path.startsWith('client/')),
);

describe("the client's generated types", () => {
  it('have a target under client/ in codegen.ts', () => {
    expect(Object.keys(clientTargets).length).toBeGreaterThan(0);
  });

  it('are what npm run codegen generates now', async () => {
    const outputs = await generate({ ...config, generates: clientTargets, hooks: {}, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(clientTargets).length);
    for (const output of outputs) {
      const expected = await format(output.content, {
        ...(await resolveConfig(output.filename)),
        filepath: output.filename,
      });
      const committed = readFileSync(output.filename, 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(expected);
    }
  });
});
