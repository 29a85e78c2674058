/**
 * Turns what a person types into a search box into a Lucene query for the `actor_names`
 * full-text index. Lucene's syntax characters are escaped, so input is always taken literally;
 * each word must match, exactly (boosted), as a prefix (for suggestions while typing) or with
 * one typo ("Soleimany" still finds Soleimani).
 */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function toLuceneQuery(text: string): string | null {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0 && !LUCENE_OPERATORS.has(word));
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^3 OR ${word}*${word.length >= 4 ? ` OR ${word}~1` : ''})`).join(' AND ');
}

const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);
