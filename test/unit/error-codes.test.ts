import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_ERROR_CODES } from '../../server/analyses/analysis-error.ts';
import { ERROR_CODES } from '../../server/domain/error-codes.ts';
import { loadTypeDefs } from '../../server/graphql/schema.ts';

// One list of error codes (server/domain/error-codes.ts): the types make the API and the analyses
// use it; these tests make the SDL and the docs, which name codes in prose, agree with it.

/** Words that read as error codes: BAD_USER_INPUT, *_NOT_FOUND, *_UNAVAILABLE, *_TIMEOUT, ... */
const CODE_LIKE = /\b[A-Z]+(?:_[A-Z]+)*_(?:NOT_FOUND|UNAVAILABLE|TIMEOUT|INPUT|ERROR|FAILED)\b/g;

function codesNamedIn(text: string): string[] {
  return [...new Set(text.match(CODE_LIKE) ?? [])].sort();
}

const docs = () =>
  readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join('docs', file), 'utf8'))
    .concat(readFileSync('README.md', 'utf8'))
    .join('\n');

describe('the one list of error codes', () => {
  it('holds every code the SDL names in its descriptions', () => {
    const named = codesNamedIn(loadTypeDefs());
    expect(named).toContain('ACTOR_NOT_FOUND');
    expect(named.filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('holds every code the README and docs name', () => {
    const named = codesNamedIn(docs());
    expect(named).toContain('GDS_UNAVAILABLE');
    expect(named.filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('is what docs/analyses.md lists as the errors of an analysis', () => {
    const section = readFileSync('docs/analyses.md', 'utf8').split('### Time limits and errors')[1]!.split('\n#')[0]!;
    expect(codesNamedIn(section)).toEqual([...ANALYSIS_ERROR_CODES].sort());
  });
});
