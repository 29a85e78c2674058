/**
 * Turns what a person types into a search box into a query for the `actor_names` full-text
 * index, which folds accents and case when it indexes (its analyzer is `standard-folding`, see
 * `cypher/schema/030-folded-search-index.cypher`).
 *
 * Lucene's query parser does not fold prefix (`soleimānī*`) or fuzzy (`soleimānī~1`) terms, so
 * the text is folded here first, by `foldName`: the same rule as `cypher/fragments/folded-name.cypher`,
 * which the search query uses to rank exact names and aliases first. Lucene's syntax characters
 * are punctuation to `foldName`, so input is always taken literally. Each word must match,
 * exactly (boosted), as a prefix (for suggestions while typing) or with one typo ("Soleimany"
 * still finds Soleimani).
 */
export interface SearchQuery {
  /** The Lucene query for the full-text index. */
  readonly lucene: string;
  /** The whole text folded, compared with each folded name and alias to rank exact matches first. */
  readonly exact: string;
}

export function toSearchQuery(text: string): SearchQuery | null {
  const exact = foldName(text);
  const words = exact.split(' ').filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  if (words.length === 0) return null;
  const lucene = words.map((word) => `(${word}^3 OR ${word}*${word.length >= 4 ? ` OR ${word}~1` : ''})`).join(' AND ');
  return { lucene, exact };
}

/**
 * A name as search compares it: lower case, accents dropped (NFD, then no combining marks), a
 * possessive 's dropped ("Pompeo's" is Pompeo), and every run of other punctuation or space one
 * space. Letters that do not decompose (ł, ø, ß) are kept as they are.
 */
export function foldName(text: string): string {
  return `${text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'")} `
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'s /g, ' ')
    .replace(/'/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0)
    .join(' ');
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’]/g;

/**
 * The English stop words that the `standard-folding` analyzer leaves out of the index (as
 * `db.index.fulltext.listAvailableAnalyzers()` lists them). A query word among them could never
 * match exactly, and as a prefix it would match unrelated words ("the*" finds "theatre"), so it
 * is dropped: "Department of State" searches for department and state. Lucene's own operators
 * (AND, OR, NOT, TO) are among them or added, so none is ever read as an operator.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);
