/**
 * What the extractor needs from an NLP engine, in actorgraph's own types, so that the engine
 * (Stanford CoreNLP today, see corenlp-engine.ts) can be replaced without touching the extractor.
 *
 * All offsets are UTF-16 code-unit offsets into the text as given: `text.slice(start, end)`.
 * Token indexes are 0-based within their sentence.
 */

export interface Token {
  readonly index: number;
  /** The token as written in the text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Penn Treebank part of speech (NN, NNP, VBD, ...). */
  readonly pos: string;
  readonly lemma: string;
  /** Fine-grained named-entity class (PERSON, COUNTRY, CITY, NATIONALITY, TITLE, DATE, ...) or 'O'. */
  readonly ner: string;
  /** The normalised value of a DATE/TIME/NUMBER token (a TIMEX value such as 2018, 2020-W02), or null. */
  readonly normalizedNer: string | null;
}

/** A Universal Dependencies edge; `governor` is -1 for the root. */
export interface Dependency {
  readonly relation: string;
  readonly governor: number;
  readonly dependent: number;
}

/** A named-entity mention: consecutive tokens [tokenStart, tokenEnd) of one class. */
export interface EntityMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly ner: string;
  readonly normalizedNer: string | null;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** Enhanced dependencies (conj propagated, prepositions in the relation name: obl:against). */
  readonly dependencies: readonly Dependency[];
  readonly entityMentions: readonly EntityMention[];
}

/** A passage between quotation marks; start/end include the marks. */
export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Annotations {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
}

export interface AnnotateOptions {
  /** The article's date (YYYY-MM-DD): the engine resolves relative times against it. */
  readonly date?: string | undefined;
}

export interface NlpEngine {
  annotate(text: string, options: AnnotateOptions): Promise<Annotations>;
  /** Releases this client; a shared engine process keeps running (npm run nlp:stop ends it). */
  close(): Promise<void>;
}
