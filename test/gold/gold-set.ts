import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ArticleMeta } from '../../server/extraction/draft.ts';
import type { KnownActor } from '../../server/extraction/extractor.ts';
import type { KnowledgeDocument } from '../../server/ingest/document-schema.ts';
import { readKnowledgeFile } from '../../server/ingest/ingest-document.ts';

/**
 * The gold set on disk: articles written for actorgraph (`articles/<slug>.txt` with
 * `<slug>.meta.json`), what a careful analyst records from each (`expected/<slug>.yaml`), the
 * actors the graph holds before they arrive (`known-actors.yaml`) and which articles may be used
 * to tune the extractor (`split.json`). See README.md beside this file.
 */

export const GOLD_DIR = dirname(fileURLToPath(import.meta.url));
export const KNOWN_ACTORS_FILE = join(GOLD_DIR, 'known-actors.yaml');

const metaSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  publisher: z.string().min(1),
  title: z.string().min(1),
});

// `heldOutFresh` was written after the tuning rounds had looked at the `heldOut` figures, so that
// some articles stay unseen; it is only ever reported as totals (README.md).
const splitSchema = z.strictObject({
  tune: z.array(z.string()).min(1),
  heldOut: z.array(z.string()).min(1),
  heldOutFresh: z.array(z.string()).min(1),
});
export type GoldSplit = z.infer<typeof splitSchema>;
export type SplitName = keyof GoldSplit;
export const SPLIT_NAMES: readonly SplitName[] = ['tune', 'heldOut', 'heldOutFresh'];

export interface GoldArticle {
  readonly slug: string;
  readonly text: string;
  readonly meta: Required<ArticleMeta>;
  readonly gold: KnowledgeDocument;
}

export async function loadGoldSplit(): Promise<GoldSplit> {
  return splitSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, 'split.json'), 'utf8')));
}

export async function loadGoldArticle(slug: string): Promise<GoldArticle> {
  const [text, meta, gold] = await Promise.all([
    readFile(join(GOLD_DIR, 'articles', `${slug}.txt`), 'utf8'),
    readFile(join(GOLD_DIR, 'articles', `${slug}.meta.json`), 'utf8'),
    readKnowledgeFile(join(GOLD_DIR, 'expected', `${slug}.yaml`)),
  ]);
  return { slug, text, meta: metaSchema.parse(JSON.parse(meta)), gold };
}

/** Every article of the split, tune first, each tagged with the part it belongs to. */
export async function loadGoldSet(): Promise<{ split: SplitName; article: GoldArticle }[]> {
  const split = await loadGoldSplit();
  return Promise.all(
    SPLIT_NAMES.flatMap((part) =>
      split[part].map(async (slug) => ({ split: part, article: await loadGoldArticle(slug) })),
    ),
  );
}

export async function loadKnownActorsDocument(): Promise<KnowledgeDocument> {
  return readKnowledgeFile(KNOWN_ACTORS_FILE);
}

/** The known actors as the extractor's resolver sees them. */
export function toKnownActors(doc: KnowledgeDocument): KnownActor[] {
  return doc.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    country: actor.country ?? null,
    aliases: actor.aliases,
  }));
}
