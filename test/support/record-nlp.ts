// Records CoreNLP's annotations of the texts in test/fixtures/nlp/cases.ts into
// test/fixtures/nlp/<case>.json, for the extractor's unit tests (which then need no JVM).
// Run again after changing a case or the engine's annotators:
//   npx tsx test/support/record-nlp.ts [CASE...]
// Starts the local CoreNLP server if it is not running (npm run nlp:stop ends it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestAnnotations, type CoreNlpDocument } from '../../server/extraction/engine/corenlp-engine.ts';
import { startNlpServer } from '../../nlp-launcher/nlp-launcher.ts';
import { NLP_CASES, type NlpCaseName } from '../fixtures/nlp/cases.ts';
import { FIXTURE_DIR, type RecordedCase } from './recorded-engine.ts';

const wanted = process.argv.slice(2) as NlpCaseName[];
const names = wanted.length > 0 ? wanted : (Object.keys(NLP_CASES) as NlpCaseName[]);
const server = await startNlpServer();
for (const name of names) {
  const { text, date } = NLP_CASES[name];
  const document = await requestAnnotations(server.url, text, { date });
  const recorded: RecordedCase = { text, date, corenlp: keepWhatIsRead(document) };
  writeFileSync(
    join(FIXTURE_DIR, `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`),
    JSON.stringify(recorded, null, 1) + '\n',
  );
  console.log(`recorded ${name}`);
}

/** Only the fields the conversion reads (CoreNLP also sends basic and enhanced graphs, speakers, ...). */
function keepWhatIsRead(document: CoreNlpDocument): CoreNlpDocument {
  return {
    sentences: document.sentences.map((sentence) => ({
      index: sentence.index,
      tokens: sentence.tokens.map(
        ({ index, originalText, characterOffsetBegin, characterOffsetEnd, pos, lemma, ner, normalizedNER }) => ({
          index,
          originalText,
          characterOffsetBegin,
          characterOffsetEnd,
          pos,
          lemma,
          ner,
          ...(normalizedNER === undefined ? {} : { normalizedNER }),
        }),
      ),
      enhancedPlusPlusDependencies: sentence.enhancedPlusPlusDependencies.map(({ dep, governor, dependent }) => ({
        dep,
        governor,
        dependent,
      })),
      entitymentions: (sentence.entitymentions ?? []).map(
        ({ text, characterOffsetBegin, characterOffsetEnd, tokenBegin, tokenEnd, ner, normalizedNER }) => ({
          text,
          characterOffsetBegin,
          characterOffsetEnd,
          tokenBegin,
          tokenEnd,
          ner,
          ...(normalizedNER === undefined ? {} : { normalizedNER }),
        }),
      ),
    })),
  };
}
