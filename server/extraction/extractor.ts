import type { ArticleMeta, Draft } from './draft.ts';

/**
 * The seams of extraction. The NLP engine (tokens, sentences, entities, dependencies, quotes,
 * normalised times) sits behind `NlpEngine` so that another engine can replace it; the
 * extractor turns its annotations into a draft; the actor directory says which names are
 * actors already in the graph. The implementations live beside this file.
 */

/** Turns an article into a reviewable draft. Created once and kept warm: the engine loads once. */
export interface Extractor {
  extract(text: string, meta: ArticleMeta): Promise<Draft>;
  /** Releases the engine connection (does not stop a shared engine process). */
  close(): Promise<void>;
}

/** An actor already in the graph, as the resolver needs it. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
}
