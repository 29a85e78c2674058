import { draftSchema } from '../../server/extraction/draft.ts';
import type { Extractor, KnownActor } from '../../server/extraction/extractor.ts';
import { SPLIT_NAMES, type GoldArticle, type SplitName } from './gold-set.ts';
import { scoreDraft, summarise, type ArticleScore, type ScoreCounts, type ScoreFigures } from './score-draft.ts';

export interface ArticleEvaluation {
  readonly slug: string;
  readonly split: SplitName;
  readonly score: ArticleScore;
  /** Wall-clock time of the extraction, for the report (speed is measured by the benchmark). */
  readonly milliseconds: number;
}

export interface GoldEvaluation {
  readonly articles: readonly ArticleEvaluation[];
  readonly splits: Record<SplitName, { counts: ScoreCounts; figures: ScoreFigures }>;
}

/**
 * Runs the extractor on every gold article, one after another (the engine is shared), checks each
 * draft against the draft contract, and scores it against the article's gold knowledge.
 */
export async function evaluateGoldSet(
  extractor: Extractor,
  goldSet: readonly { split: SplitName; article: GoldArticle }[],
  knownActors: readonly KnownActor[],
): Promise<GoldEvaluation> {
  const articles: ArticleEvaluation[] = [];
  for (const { split, article } of goldSet) {
    const started = performance.now();
    const draft = draftSchema.parse(await extractor.extract(article.text, article.meta));
    const milliseconds = performance.now() - started;
    const score = scoreDraft({ draft, gold: article.gold, knownActors, text: article.text });
    articles.push({ slug: article.slug, split, score, milliseconds });
  }
  const ofSplit = (split: SplitName) =>
    summarise(articles.filter((article) => article.split === split).map((article) => article.score));
  const splits = Object.fromEntries(SPLIT_NAMES.map((split) => [split, ofSplit(split)])) as GoldEvaluation['splits'];
  return { articles, splits };
}
