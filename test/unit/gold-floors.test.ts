import { describe, expect, it } from 'vitest';
import type { GoldEvaluation } from '../gold/evaluate-gold-set.ts';
import { findFiguresBelowFloors, loadFloors, type Floors } from '../gold/floors.ts';
import { figuresOf, type ScoreCounts } from '../gold/score-draft.ts';

// Counts chosen so the figures are plain: 9 of 10 gold actors found, 6 of 10 gold relations
// matched out of 8 proposed (precision 0.75), 24 proposals over 8 sentences (3 per sentence).
const counts: ScoreCounts = {
  goldActors: 10,
  draftActors: 10,
  goldActorsFound: 9,
  draftActorsMatched: 9,
  goldActorsResolved: 8,
  goldRelations: 10,
  draftRelations: 8,
  relationsMatched: 6,
  relationsTyped: 4,
  attributionRight: 6,
  statusRight: 3,
  goldDated: 4,
  datePrecisionRight: 4,
  dateRight: 3,
  goldRelativeDated: 3,
  relativeDatePrecisionRight: 3,
  sentences: 8,
};

function evaluationWith(tune: ScoreCounts, heldOut: ScoreCounts, heldOutFresh = heldOut): GoldEvaluation {
  return {
    articles: [],
    splits: {
      tune: { counts: tune, figures: figuresOf(tune) },
      heldOut: { counts: heldOut, figures: figuresOf(heldOut) },
      heldOutFresh: { counts: heldOutFresh, figures: figuresOf(heldOutFresh) },
    },
  };
}

const floors: Floors = {
  measuredOn: '2026-12-02',
  minimum: { tune: { relationRecall: 0.6 }, heldOut: { actorRecall: 0.95, relationPrecision: 0.7 } },
  maximum: { relationsPerSentence: 3 },
};

describe('the gold floors', () => {
  it('passes figures at or above their floors', () => {
    expect(findFiguresBelowFloors(evaluationWith(counts, { ...counts, goldActorsFound: 10 }), floors)).toEqual([]);
  });

  it('holds the fresh held-out split to no floor until the lead sets them', () => {
    const poor = { ...counts, goldActorsFound: 1, relationsMatched: 1, sentences: 1 };
    expect(findFiguresBelowFloors(evaluationWith(counts, { ...counts, goldActorsFound: 10 }, poor), floors)).toEqual(
      [],
    );
  });

  it('names each figure below its floor, with its split and both values', () => {
    expect(findFiguresBelowFloors(evaluationWith(counts, counts), floors)).toEqual([
      'heldOut actorRecall is 0.900, below its floor 0.95',
    ]);
  });

  it('names too many relations per sentence', () => {
    const noisy = { ...counts, draftRelations: 25, relationsMatched: 6, goldActorsFound: 10 };
    expect(findFiguresBelowFloors(evaluationWith(counts, noisy), floors)).toEqual([
      'heldOut relationPrecision is 0.240, below its floor 0.7',
      'heldOut relationsPerSentence is 3.13, above its maximum 3',
    ]);
  });

  it('reads the floors file', async () => {
    const file = await loadFloors();
    expect(file.maximum.relationsPerSentence).toBeGreaterThan(0);
  });
});
