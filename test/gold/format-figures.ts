import type { GoldEvaluation } from './evaluate-gold-set.ts';
import type { SplitName } from './gold-set.ts';
import type { ScoreFigures } from './score-draft.ts';

/** The figures in the order and words of issue 9's targets, each with its target where it has one. */
export const FIGURE_ROWS: readonly { key: keyof ScoreFigures; label: string; target: string }[] = [
  { key: 'actorRecall', label: 'actors found (recall)', target: '>= 0.90' },
  { key: 'actorPrecision', label: 'actors found (precision)', target: '' },
  { key: 'actorsResolved', label: 'actors resolved (id or country)', target: '>= 0.85' },
  { key: 'relationRecall', label: 'relations: dyad, direction, sign (recall)', target: '>= 0.60' },
  { key: 'relationPrecision', label: 'relations: dyad, direction, sign (precision)', target: '>= 0.70' },
  { key: 'typeRecall', label: 'relations: right type (recall)', target: '>= 0.50' },
  { key: 'typePrecision', label: 'relations: right type (precision)', target: '' },
  { key: 'attribution', label: 'attribution right (matched relations)', target: '>= 0.85' },
  { key: 'status', label: 'status right (matched relations)', target: '' },
  { key: 'relativeDatePrecision', label: 'relative dates at the right precision', target: '>= 0.90' },
  { key: 'datePrecision', label: 'all dates at the right precision', target: '' },
  { key: 'date', label: 'all dates right (value and precision)', target: '' },
  { key: 'relationsPerSentence', label: 'relations proposed per sentence', target: '<= 3' },
];

function formatFigure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

/**
 * A plain-text table: one row per figure, tune, held-out and fresh held-out side by side. The
 * fresh column is totals only, like the held-out one: no article of either is ever itemised.
 */
export function formatFigureTable(evaluation: GoldEvaluation): string {
  const { tune, heldOut, heldOutFresh } = evaluation.splits;
  const width = Math.max(...FIGURE_ROWS.map((row) => row.label.length));
  const header = `${'figure'.padEnd(width)}  ${'tune'.padStart(6)}  ${'held-out'.padStart(8)}  ${'fresh'.padStart(6)}  target`;
  const rows = FIGURE_ROWS.map(
    ({ key, label, target }) =>
      `${label.padEnd(width)}  ${formatFigure(tune.figures[key]).padStart(6)}  ${formatFigure(heldOut.figures[key]).padStart(8)}  ${formatFigure(heldOutFresh.figures[key]).padStart(6)}  ${target}`,
  );
  const counts = (part: SplitName) => {
    const c = evaluation.splits[part].counts;
    return `${c.goldActors} gold actors, ${c.goldRelations} gold relations, ${c.draftRelations} proposed, ${c.relationsMatched} matched`;
  };
  return [
    header,
    '-'.repeat(header.length),
    ...rows,
    '',
    `tune: ${counts('tune')}`,
    `held-out: ${counts('heldOut')}`,
    `fresh held-out: ${counts('heldOutFresh')}`,
  ].join('\n');
}

/**
 * What each tune article missed, for reading a drop in the figures. Held-out articles (fresh or
 * not) are left out on purpose: their misses must not guide tuning (README.md), so only their totals are shown.
 */
export function formatArticleLines(evaluation: GoldEvaluation): string {
  return evaluation.articles
    .filter(({ split }) => split === 'tune')
    .map(({ slug, score, milliseconds }) => {
      const { figures } = score;
      return [
        `tune ${slug}`,
        `  actors ${formatFigure(figures.actorRecall)}, relations R ${formatFigure(figures.relationRecall)} P ${formatFigure(figures.relationPrecision)}, ${Math.round(milliseconds)} ms`,
        `  missed actors: ${score.missedActors.join(', ') || '-'}`,
        `  missed relations: ${score.missedRelations.join(', ') || '-'}`,
      ].join('\n');
    })
    .join('\n');
}
