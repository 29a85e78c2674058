import { describe, expect, it } from 'vitest';
import type { Draft } from '../../server/extraction/draft.ts';
import type { Extractor } from '../../server/extraction/extractor.ts';
import { createKeepWarmExtractor } from '../../server/extraction/keep-warm-extractor.ts';
import { draftFieldOf } from '../../server/graphql/extraction/load-draft.ts';

/** An extractor that counts what is asked of it (the engine is not the subject here). */
function countingExtractor(log: string[]): Extractor {
  const empty: Draft = { actors: [], relations: [] };
  return {
    extract: async (text) => {
      log.push(`extract ${text}`);
      return empty;
    },
    close: async () => {
      log.push('close');
    },
  };
}

describe('the server’s keep-warm extractor', () => {
  it('is made on the first extraction and kept for the next ones', async () => {
    const log: string[] = [];
    let made = 0;
    const extractor = createKeepWarmExtractor(() => {
      made += 1;
      return countingExtractor(log);
    });
    expect(made).toBe(0);
    await extractor.extract('one', {});
    await extractor.extract('two', {});
    expect(made).toBe(1);
    expect(log).toEqual(['extract one', 'extract two']);
  });

  it('closes what it made, once, and nothing when it made nothing', async () => {
    const log: string[] = [];
    const unused = createKeepWarmExtractor(() => countingExtractor(log));
    await unused.close();
    expect(log).toEqual([]);
    const used = createKeepWarmExtractor(() => countingExtractor(log));
    await used.extract('text', {});
    await used.close();
    await used.close();
    expect(log).toEqual(['extract text', 'close']);
  });

  it('tries to make it again after a failed creation', async () => {
    let attempts = 0;
    const extractor = createKeepWarmExtractor(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('engine not ready');
      return countingExtractor([]);
    });
    await expect(extractor.extract('text', {})).rejects.toThrow('engine not ready');
    await expect(extractor.extract('text', {})).resolves.toEqual({ actors: [], relations: [] });
    expect(attempts).toBe(2);
  });
});

describe('naming a problem of a loaded draft by the field the reviewer can change', () => {
  it.each([
    ['sources[0].title', 'article.title'],
    ['sources[0].published', 'article.date'],
    ['sources[0].id', 'article.sourceId'],
    ['actors[1].country', 'draft.actors[1].country'],
    ['relations[2].from', 'draft.relations[2].from'],
    ['relations[2].evidence[0].quote', 'draft.relations[2].quote'],
    ['relations[2].evidence[0].source', 'article.sourceId'],
    ['relations[0].when.date', 'draft.relations[0].date'],
    ['relations[3].id', 'draft.relations[3]'],
    ['', 'draft'],
  ])('%s is %s', (documentPath, field) => {
    expect(draftFieldOf(documentPath)).toBe(field);
  });
});
