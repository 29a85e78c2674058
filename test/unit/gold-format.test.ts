import { describe, expect, it } from 'vitest';
import type { ArticleEvaluation, GoldEvaluation } from '../gold/evaluate-gold-set.ts';
import { formatArticleLines, formatFigureTable } from '../gold/format-figures.ts';
import type { SplitName } from '../gold/gold-set.ts';
import { figuresOf, summarise, type ArticleScore, type ScoreCounts } from '../gold/score-draft.ts';

const counts: ScoreCounts = {
  goldActors: 4,
  draftActors: 4,
  goldActorsFound: 3,
  draftActorsMatched: 3,
  goldActorsResolved: 3,
  goldRelations: 4,
  draftRelations: 2,
  relationsMatched: 1,
  relationsTyped: 1,
  attributionRight: 1,
  statusRight: 1,
  goldDated: 0,
  datePrecisionRight: 0,
  dateRight: 0,
  goldRelativeDated: 0,
  relativeDatePrecisionRight: 0,
  sentences: 4,
};

function article(slug: string, split: SplitName): ArticleEvaluation {
  const score: ArticleScore = {
    counts,
    figures: figuresOf(counts),
    missedActors: [`${slug}-actor`],
    missedRelations: [`${slug}-relation`],
  };
  return { slug, split, score, milliseconds: 1200 };
}

const articles = [
  article('tune-story', 'tune'),
  article('secret-story', 'heldOut'),
  article('fresh-story', 'heldOutFresh'),
];
const evaluation: GoldEvaluation = {
  articles,
  splits: {
    tune: summarise([articles[0]!.score]),
    heldOut: summarise([articles[1]!.score]),
    heldOutFresh: summarise([articles[2]!.score, articles[2]!.score]),
  },
};

describe('the gold report', () => {
  it('shows every figure for the three splits, n/a where nothing was counted', () => {
    const table = formatFigureTable(evaluation);
    expect(table).toMatch(/actors found \(recall\)\s+0\.75\s+0\.75\s+0\.75\s+>= 0\.90/);
    expect(table).toMatch(/relations: dyad, direction, sign \(precision\)\s+0\.50\s+0\.50\s+0\.50/);
    expect(table).toMatch(/relative dates at the right precision\s+n\/a\s+n\/a\s+n\/a/);
  });

  it('gives the fresh held-out split its own totals', () => {
    expect(formatFigureTable(evaluation)).toContain(
      'fresh held-out: 8 gold actors, 8 gold relations, 4 proposed, 2 matched',
    );
  });

  it('lists what tune articles missed and never what held-out articles, fresh or not, missed', () => {
    const lines = formatArticleLines(evaluation);
    expect(lines).toContain('tune-story-relation');
    expect(lines).not.toContain('secret-story');
    expect(lines).not.toContain('fresh-story');
  });
});
