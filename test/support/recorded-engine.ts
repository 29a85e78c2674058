import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toAnnotations, type CoreNlpDocument } from '../../server/extraction/engine/corenlp-engine.ts';
import type { NlpEngine } from '../../server/extraction/engine/nlp-engine.ts';

/** CoreNLP's output for one text, as test/support/record-nlp.ts recorded it. */
export interface RecordedCase {
  readonly text: string;
  readonly date: string;
  readonly corenlp: CoreNlpDocument;
}

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'nlp');

/**
 * An `NlpEngine` that answers from recorded CoreNLP output, through the same conversion as the
 * live engine, so the extractor's unit tests run without a JVM. A text that was not recorded is
 * an error that says how to record it.
 */
export function createRecordedEngine(): NlpEngine {
  const recorded = new Map<string, RecordedCase>();
  for (const file of readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json'))) {
    const fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as RecordedCase;
    recorded.set(`${fixture.date}|${fixture.text}`, fixture);
  }
  return {
    annotate(text, options) {
      const fixture = recorded.get(`${options.date ?? ''}|${text}`);
      if (!fixture) {
        return Promise.reject(
          new Error(
            `no recorded annotations for this text and date: add it to test/fixtures/nlp/cases.ts and run npx tsx test/support/record-nlp.ts`,
          ),
        );
      }
      return Promise.resolve(toAnnotations(text, fixture.corenlp));
    },
    close: () => Promise.resolve(),
  };
}
