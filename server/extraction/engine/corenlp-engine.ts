import { CORENLP_ANNOTATORS, startNlpServer } from '../../../nlp-launcher/nlp-launcher.ts';
import type { Annotations, AnnotateOptions, NlpEngine, Sentence } from './nlp-engine.ts';
import { findQuotes } from './quotes.ts';

/**
 * Stanford CoreNLP behind `NlpEngine`: posts the text to the local CoreNLP server (started on
 * first use by nlp-launcher/, then kept warm) and converts its JSON into actorgraph's types.
 */
export interface CoreNlpEngineOptions {
  /** A running server's URL; by default the local one, started when first needed. */
  readonly url?: string;
}

export function createCoreNlpEngine(options: CoreNlpEngineOptions = {}): NlpEngine {
  let server: Promise<string> | null = options.url ? Promise.resolve(options.url) : null;
  const serverUrl = () => {
    server ??= startNlpServer().then((started) => started.url);
    return server;
  };
  return {
    async annotate(text: string, annotateOptions: AnnotateOptions): Promise<Annotations> {
      let json: CoreNlpDocument;
      try {
        json = await requestAnnotations(await serverUrl(), text, annotateOptions);
      } catch (error) {
        // The local server was stopped (npm run nlp:stop) or died: start it again, once.
        if (options.url || !isConnectionFailure(error)) throw error;
        server = null;
        json = await requestAnnotations(await serverUrl(), text, annotateOptions);
      }
      return toAnnotations(text, json);
    },
    async close() {
      // Nothing to release: HTTP requests hold no connection, and the server is shared.
    },
  };
}

function isConnectionFailure(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return error instanceof TypeError && (cause?.code === 'ECONNREFUSED' || cause?.code === 'ECONNRESET');
}

/** Asks CoreNLP for the annotations of `text`, as its JSON output. */
export async function requestAnnotations(
  url: string,
  text: string,
  options: AnnotateOptions,
): Promise<CoreNlpDocument> {
  const properties: Record<string, string> = {
    annotators: CORENLP_ANNOTATORS,
    outputFormat: 'json',
    // A blank line ends a sentence: headlines and datelines have no full stop.
    'ssplit.newlineIsSentenceBreak': 'two',
  };
  // SUTime resolves "two years ago" or "on Friday" against the document date.
  if (options.date) properties['date'] = options.date;
  const response = await fetch(`${url}/?properties=${encodeURIComponent(JSON.stringify(properties))}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`CoreNLP answered ${response.status}: ${body.slice(0, 500)}`);
  return JSON.parse(body) as CoreNlpDocument;
}

/** The part of CoreNLP's JSON output that the conversion reads. */
export interface CoreNlpDocument {
  readonly sentences: readonly {
    readonly index: number;
    readonly tokens: readonly {
      readonly index: number;
      readonly originalText: string;
      readonly characterOffsetBegin: number;
      readonly characterOffsetEnd: number;
      readonly pos: string;
      readonly lemma: string;
      readonly ner: string;
      readonly normalizedNER?: string;
    }[];
    readonly enhancedPlusPlusDependencies: readonly {
      readonly dep: string;
      readonly governor: number;
      readonly dependent: number;
    }[];
    readonly entitymentions?: readonly {
      readonly text: string;
      readonly characterOffsetBegin: number;
      readonly characterOffsetEnd: number;
      readonly tokenBegin: number;
      readonly tokenEnd: number;
      readonly ner: string;
      readonly normalizedNER?: string;
    }[];
  }[];
}

/** CoreNLP counts tokens from 1 (0 is the root); actorgraph's types count from 0 (-1 is the root). */
export function toAnnotations(text: string, document: CoreNlpDocument): Annotations {
  const sentences: Sentence[] = document.sentences.map((sentence) => {
    const tokens = sentence.tokens.map((token) => ({
      index: token.index - 1,
      text: text.slice(token.characterOffsetBegin, token.characterOffsetEnd),
      start: token.characterOffsetBegin,
      end: token.characterOffsetEnd,
      pos: token.pos,
      lemma: token.lemma,
      ner: token.ner,
      normalizedNer: token.normalizedNER ?? null,
    }));
    return {
      index: sentence.index,
      start: tokens[0]?.start ?? 0,
      end: tokens.at(-1)?.end ?? 0,
      tokens,
      dependencies: sentence.enhancedPlusPlusDependencies.map((edge) => ({
        relation: edge.dep,
        governor: edge.governor - 1,
        dependent: edge.dependent - 1,
      })),
      entityMentions: (sentence.entitymentions ?? []).map((mention) => ({
        text: text.slice(mention.characterOffsetBegin, mention.characterOffsetEnd),
        start: mention.characterOffsetBegin,
        end: mention.characterOffsetEnd,
        tokenStart: mention.tokenBegin,
        tokenEnd: mention.tokenEnd,
        ner: mention.ner,
        normalizedNer: mention.normalizedNER ?? null,
      })),
    };
  });
  return { text, sentences, quotes: findQuotes(text) };
}
