// Where the NLP engine lives, and the environment variables that move it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NLP_LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
export const NLP_TARGET_DIR = join(NLP_LAUNCHER_DIR, 'target');
const REPO_DIR = resolve(NLP_LAUNCHER_DIR, '..');

/**
 * The annotators the server preloads and every request asks for. Chosen by measurement
 * (docs/extraction.md): coreference and quote attribution more than doubled the time per article.
 */
export const CORENLP_ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse';

/** A 4 GB heap holds the tagger, the three NER models, SUTime and the parser with room to spare. */
export const DEFAULT_NLP_HEAP = '4g';

/** `.data/nlp` in the repo (git-ignored), or NLP_DATA_DIR: pid file and server log. */
export function defaultNlpDataDir(): string {
  const fromEnv = process.env['NLP_DATA_DIR'];
  return fromEnv ? resolve(fromEnv) : join(REPO_DIR, '.data', 'nlp');
}

export function nlpFiles(dataDir: string) {
  return {
    log: join(dataDir, 'corenlp.log'),
    pidFile: join(dataDir, 'corenlp.pid.json'),
  };
}
