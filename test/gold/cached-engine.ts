import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNlpServer } from '../../nlp-launcher/nlp-launcher.ts';
import {
  requestAnnotations,
  toAnnotations,
  type CoreNlpDocument,
} from '../../server/extraction/engine/corenlp-engine.ts';
import type { NlpEngine } from '../../server/extraction/engine/nlp-engine.ts';

/**
 * A CoreNLP engine that keeps each article's raw CoreNLP output in `folder`, keyed by a digest of
 * the date and the text, so that tuning the extractor's own rules re-runs in seconds without the
 * engine. The conversion (`toAnnotations`) still runs every time: a change there is measured too.
 * A changed article or date is a new key, so the cache cannot answer for a text it did not see.
 */
export function createCachedCoreNlpEngine(folder: string): NlpEngine {
  mkdirSync(folder, { recursive: true });
  let server: Promise<string> | null = null;
  return {
    async annotate(text, options) {
      const key = createHash('sha256')
        .update(`${options.date ?? ''}\n${text}`)
        .digest('hex')
        .slice(0, 32);
      const file = join(folder, `${key}.json`);
      if (existsSync(file)) return toAnnotations(text, JSON.parse(readFileSync(file, 'utf8')) as CoreNlpDocument);
      server ??= startNlpServer().then((started) => started.url);
      const document = await requestAnnotations(await server, text, options);
      writeFileSync(file, JSON.stringify(document));
      return toAnnotations(text, document);
    },
    close: () => Promise.resolve(),
  };
}
