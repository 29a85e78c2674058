import { foldName } from '../graphql/search-query.ts';

/**
 * Comparing names as the article writes them with names in the graph and the country dataset:
 * folded (case, accents and punctuation dropped, by the same rule as search), and with a tolerance
 * for transliterations ("Suleimani" and "Soleimani", "Qasem" and "Qassem") that is a rule, not a list.
 */
export { foldName };

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/** Consonants in order, doubled letters once: transliterations mostly differ in vowels and doubling. */
function consonantSkeleton(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * True when two folded words are spellings of one name: the same first letter and either the
 * same consonant skeleton (Soleimani/Suleimani, Qassem/Qasem) or one edit apart for words of
 * seven letters or more. Short words must match exactly: "Iran" and "Iraq" are one edit apart.
 */
export function isSpellingVariantWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  if (consonantSkeleton(a) === consonantSkeleton(b) && Math.abs(a.length - b.length) <= 2) return true;
  return Math.min(a.length, b.length) >= 7 && editDistance(a, b) <= 1;
}

/** Folded names word by word; the same number of words, each a spelling variant of the other. */
export function isSpellingVariant(foldedA: string, foldedB: string): boolean {
  const a = foldedA.split(' ');
  const b = foldedB.split(' ');
  return a.length === b.length && a.every((word, i) => isSpellingVariantWord(word, b[i] as string));
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'al']);

/** "Iranian Revolutionary Guard Corps" → "IRGC": the initials of its capitalised words. */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((word) => word.length > 0 && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  return words.map((word) => word[0]).join('');
}

/** An abbreviation as written: 2-6 capitals, dots allowed ("IRGC", "U.S."). */
export function isAbbreviation(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters);
}

/** "Pakistan's" → "Pakistan", "the Kremlin" → "Kremlin": the name without what only frames it. */
export function bareName(text: string): string {
  return text
    .replace(/^(the)\s+/i, '')
    .replace(/['’]s?$/u, '')
    .trim();
}
