import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../server/domain/dates.ts';
import { loadGoldSet, loadGoldSplit, loadKnownActorsDocument } from '../gold/gold-set.ts';

// The gold set is data other tests measure the extractor with: every gold file must be a valid
// knowledge file, and every quote must be the article's own words.
const goldSet = await loadGoldSet();
const known = await loadKnownActorsDocument();
const knownById = new Map(known.actors.map((actor) => [actor.id, actor]));

describe('the gold set', () => {
  it('has at least ten articles to tune on, four held out and five fresh held out, none in two parts', async () => {
    const split = await loadGoldSplit();
    expect(split.tune.length).toBeGreaterThanOrEqual(10);
    expect(split.heldOut.length).toBeGreaterThanOrEqual(4);
    expect(split.heldOutFresh.length).toBeGreaterThanOrEqual(5);
    const all = [...split.tune, ...split.heldOut, ...split.heldOutFresh];
    expect(all.filter((slug, index) => all.indexOf(slug) !== index)).toEqual([]);
  });

  it('keeps each article short: 250 to 500 words', () => {
    for (const { article } of goldSet) {
      const words = article.text.split(/\s+/).filter((word) => word.length > 0).length;
      expect([article.slug, words >= 250 && words <= 500]).toEqual([article.slug, true]);
    }
  });

  describe.each(goldSet.map(({ article }) => [article.slug, article] as const))('%s', (_slug, article) => {
    it('names its source as the article, with the article date and publisher', () => {
      const [source] = article.gold.sources;
      expect(source?.published).toBe(article.meta.date);
      expect(source?.publisher).toBe(article.meta.publisher);
      expect(source?.title).toBe(article.meta.title);
    });

    it('quotes the article verbatim in every piece of evidence', () => {
      const notInText = article.gold.relations.flatMap((relation) =>
        relation.evidence.filter(({ quote }) => !article.text.includes(quote)).map(({ quote }) => quote),
      );
      expect(notInText).toEqual([]);
    });

    it('declares every actor its relations tie', () => {
      const declared = new Set(article.gold.actors.map((actor) => actor.id));
      const undeclared = article.gold.relations.flatMap(({ from, to }) => [from, to]).filter((id) => !declared.has(id));
      expect(undeclared).toEqual([]);
    });

    it('names each actor as the article does', () => {
      const folded = article.text.toLowerCase();
      const unnamed = article.gold.actors.filter(
        (actor) => ![actor.name, ...actor.aliases].some((name) => folded.includes(name.toLowerCase())),
      );
      // Names with diacritics the article writes without (Erdoğan / Erdogan) are in the aliases.
      expect(unnamed.map((actor) => actor.id)).toEqual([]);
    });

    it('lists every known actor the article names, unless only inside a longer name it lists', () => {
      const listedNames = article.gold.actors.flatMap((actor) => [actor.name, ...actor.aliases]);
      const omitted = known.actors
        .filter((actor) => !article.gold.actors.some((listed) => listed.id === actor.id))
        .filter((actor) =>
          [actor.name, ...actor.aliases].some((name) =>
            occurrencesOfWord(name, article.text).some(
              (at) =>
                !listedNames.some((longer) => longer.length > name.length && covers(longer, article.text, at, name)),
            ),
          ),
        );
      expect(omitted.map((actor) => actor.id)).toEqual([]);
    });

    it('gives a known actor the kind and country the graph knows it by', () => {
      const mismatched = article.gold.actors
        .filter((actor) => knownById.has(actor.id))
        .filter((actor) => {
          const knownActor = knownById.get(actor.id);
          return knownActor?.kind !== actor.kind || knownActor?.country !== actor.country;
        });
      expect(mismatched.map((actor) => actor.id)).toEqual([]);
    });

    it('dates no relation after the article', () => {
      const published = parsePartialDate(article.meta.date)?.start ?? '';
      const late = article.gold.relations.filter(({ when }) => {
        const written = when?.date ?? when?.from;
        const start = written === undefined ? null : parsePartialDate(written)?.start;
        return start !== null && start !== undefined && start > published;
      });
      expect(late.map((relation) => relation.id)).toEqual([]);
    });
  });
});

/** Where `name` occurs in `text` as whole words, case as written ("U.S." but not "us"). */
function occurrencesOfWord(name: string, text: string): number[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/** True when an occurrence of `longer` in `text` spans the occurrence of `name` at `at`. */
function covers(longer: string, text: string, at: number, name: string): boolean {
  for (let start = text.indexOf(longer); start >= 0; start = text.indexOf(longer, start + 1)) {
    if (start <= at && at + name.length <= start + longer.length) return true;
  }
  return false;
}
