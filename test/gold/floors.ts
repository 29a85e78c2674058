import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { GoldEvaluation } from './evaluate-gold-set.ts';
import { GOLD_DIR } from './gold-set.ts';
import type { ScoreFigures } from './score-draft.ts';

/**
 * The figures the extractor must keep (floors.json): a minimum per figure and split, set a little
 * below what was measured, and a maximum for relations per sentence (more is noise for a reviewer).
 * The fresh held-out split has no floors yet: the lead sets them from its first totals.
 */
const figureFloors = z.partialRecord(
  z.enum([
    'actorPrecision',
    'actorRecall',
    'actorsResolved',
    'relationPrecision',
    'relationRecall',
    'typePrecision',
    'typeRecall',
    'attribution',
    'status',
    'datePrecision',
    'date',
    'relativeDatePrecision',
  ]),
  z.number().min(0).max(1),
);

const floorsSchema = z.strictObject({
  measuredOn: z.string().nullable(),
  minimum: z.strictObject({ tune: figureFloors, heldOut: figureFloors }),
  maximum: z.strictObject({ relationsPerSentence: z.number().positive() }),
});
export type Floors = z.infer<typeof floorsSchema>;

export async function loadFloors(): Promise<Floors> {
  return floorsSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, 'floors.json'), 'utf8')));
}

/** Every figure below its floor (or above its ceiling), as a sentence naming it and both values. */
export function findFiguresBelowFloors(evaluation: GoldEvaluation, floors: Floors): string[] {
  const problems: string[] = [];
  for (const split of ['tune', 'heldOut'] as const) {
    const figures: ScoreFigures = evaluation.splits[split].figures;
    for (const [key, floor] of Object.entries(floors.minimum[split]) as [keyof ScoreFigures, number][]) {
      const value = figures[key];
      if (value !== null && value < floor)
        problems.push(`${split} ${key} is ${value.toFixed(3)}, below its floor ${floor}`);
    }
    const perSentence = figures.relationsPerSentence;
    if (perSentence !== null && perSentence > floors.maximum.relationsPerSentence) {
      problems.push(
        `${split} relationsPerSentence is ${perSentence.toFixed(2)}, above its maximum ${floors.maximum.relationsPerSentence}`,
      );
    }
  }
  return problems;
}
