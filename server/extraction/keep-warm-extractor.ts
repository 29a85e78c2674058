import type { Extractor } from './extractor.ts';

/**
 * The server's one extractor: made on the first extraction, not at start-up (the engine takes
 * seconds to load and most sessions never extract), then kept for every later request. `close()`
 * releases it only when it was made; a failed creation is tried again on the next request.
 */
export function createKeepWarmExtractor(create: () => Extractor): Extractor {
  let extractor: Extractor | undefined;
  return {
    // async, so that a failed creation is a rejected promise like any other failure.
    extract: async (text, meta) => {
      extractor ??= create();
      return extractor.extract(text, meta);
    },
    close: async () => {
      const made = extractor;
      extractor = undefined;
      await made?.close();
    },
  };
}
