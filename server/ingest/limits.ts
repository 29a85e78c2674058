/**
 * The longest text each kind of field may hold, in characters, for knowledge files and mutations
 * alike (both validate with the schemas of `document-schema.ts`). Generous for real names, titles
 * and quotes, small enough that a pasted page or a runaway script cannot bloat the graph, the
 * full-text index or every response that carries the field.
 */
export const MAX_LENGTH = {
  /** Slugs: actor, source, relation and evidence ids. */
  id: 120,
  /** Actor names and aliases, publishers, authors, datelines, attributions. */
  name: 300,
  /** Source titles. */
  title: 500,
  /** How a relation holds ("tacit", "covert"), the words a source used for a date. */
  label: 200,
  /** URLs. */
  url: 2000,
  /** Descriptions, summaries and notes. */
  text: 5000,
  /** Verbatim quotes: short, as quotes should be. */
  quote: 2000,
  /** Why a piece of evidence was retracted. */
  reason: 500,
  /** An article's text given to the extractor (a long news story is about 20,000). */
  article: 100_000,
} as const;

/** The message every over-long field gets, so it reads the same in files and mutations. */
export function tooLong(limit: number): string {
  return `must be at most ${limit} characters`;
}

/** At most this many aliases per actor, each a name. */
export const MAX_ALIASES = 100;
