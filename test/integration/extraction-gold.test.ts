import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { createExtractor, loadKnownActors } from '../../server/extraction/create-extractor.ts';
import type { Extractor } from '../../server/extraction/extractor.ts';
import { ingestFiles } from '../../server/ingest/seed.ts';
import { evaluateGoldSet, type GoldEvaluation } from '../gold/evaluate-gold-set.ts';
import { findFiguresBelowFloors, loadFloors } from '../gold/floors.ts';
import { formatArticleLines, formatFigureTable } from '../gold/format-figures.ts';
import { KNOWN_ACTORS_FILE, loadGoldSet } from '../gold/gold-set.ts';
import { openTestDatabase } from '../support/test-database.ts';

// The gold set, end to end: the known actors go into Neo4j through the ordinary ingest, the
// extractor (with its real NLP engine) reads each gold article and resolves against what the
// database holds, and the drafts are scored against the gold knowledge files. The held-out
// articles were never used to tune the extractor (test/gold/README.md); their figures are the
// ones issue 9's targets speak of. The fresh held-out articles were written after the tuning
// rounds had seen the held-out totals; they too are printed only as totals, and have no floors yet.

let db: Database;
let extractor: Extractor;
let evaluation: GoldEvaluation;

beforeAll(async () => {
  db = await openTestDatabase();
  await ingestFiles(db, [KNOWN_ACTORS_FILE]);
  extractor = createExtractor({ knownActors: () => loadKnownActors(db) });
  const knownActors = await loadKnownActors(db);
  evaluation = await evaluateGoldSet(extractor, await loadGoldSet(), knownActors);
  console.log(
    `Gold set figures (micro-averaged)\n${formatFigureTable(evaluation)}\n\n${formatArticleLines(evaluation)}`,
  );
}, 900_000);

afterAll(async () => {
  await extractor?.close();
  await db?.close();
});

describe('extraction on the gold set', () => {
  it('resolves against the known actors loaded through the ingest', async () => {
    const known = await loadKnownActors(db);
    expect(known.map((actor) => actor.id)).toContain('recep-tayyip-erdogan');
  });

  it('scores every gold article, tune, held-out and fresh held-out', () => {
    expect(evaluation.splits.tune.counts.goldRelations).toBeGreaterThan(0);
    expect(evaluation.splits.heldOut.counts.goldRelations).toBeGreaterThan(0);
    expect(evaluation.splits.heldOutFresh.counts.goldRelations).toBeGreaterThan(0);
  });

  it('keeps every figure at or above its floor in test/gold/floors.json', async () => {
    expect(findFiguresBelowFloors(evaluation, await loadFloors())).toEqual([]);
  });
});
