import type { Quote } from './nlp-engine.ts';

/**
 * Direct quotations, found from the text itself: any engine's tokens would do, and CoreNLP's
 * own `quote` annotator more than doubled the time per article (docs/extraction.md).
 * Straight double quotes pair in order; curly ones pair opening with closing. A quotation that
 * never closes runs to the end of its paragraph, as news style does for multi-paragraph quotes.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n' && open !== null) {
      quotes.push(quoteAt(text, open, i));
      open = null;
    } else if (c === '“' || (c === '"' && open === null)) {
      open = i;
    } else if ((c === '”' || c === '"') && open !== null) {
      quotes.push(quoteAt(text, open, i + 1));
      open = null;
    }
  }
  if (open !== null) quotes.push(quoteAt(text, open, text.length));
  return quotes;
}

function quoteAt(text: string, start: number, end: number): Quote {
  return { text: text.slice(start, end), start, end };
}
