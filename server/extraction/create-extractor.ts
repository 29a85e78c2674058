import { cypherQuery } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { createActorDirectory } from './actor-directory.ts';
import { createCoreNlpEngine } from './engine/corenlp-engine.ts';
import type { NlpEngine } from './engine/nlp-engine.ts';
import { extractDraft } from './extract-draft.ts';
import type { Extractor, KnownActor } from './extractor.ts';

/**
 * The extractor the `extract` command, the `extractDraft` query and the gold-set test use. The
 * engine is created once (by default CoreNLP, whose server starts on first use and stays warm);
 * the known actors are asked for on every extraction, so actors loaded since are found.
 */
export interface CreateExtractorOptions {
  readonly knownActors: () => Promise<readonly KnownActor[]>;
  readonly engine?: NlpEngine;
}

export function createExtractor(options: CreateExtractorOptions): Extractor {
  const engine = options.engine ?? createCoreNlpEngine();
  return {
    async extract(text, meta) {
      const [annotations, known] = await Promise.all([
        engine.annotate(text, { date: meta.date }),
        options.knownActors(),
      ]);
      return extractDraft(annotations, createActorDirectory(known), meta);
    },
    close: () => engine.close(),
  };
}

const KNOWN_ACTORS = cypherQuery('read/known-actors');

/** Every actor in the graph with what the resolver compares: names, aliases, kind and country. */
export async function loadKnownActors(database: Database): Promise<KnownActor[]> {
  const rows = await database.read(KNOWN_ACTORS);
  return rows.map((row) => ({
    id: String(row['id']),
    name: String(row['name']),
    kind: String(row['kind']),
    country: typeof row['country'] === 'string' ? row['country'] : null,
    aliases: Array.isArray(row['aliases']) ? row['aliases'].map(String) : [],
  }));
}
