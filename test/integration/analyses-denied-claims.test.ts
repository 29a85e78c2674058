import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceResult } from '../../server/analyses/balance.ts';
import type { BlocsResult } from '../../server/analyses/blocs.ts';
import type { EvidenceQualityResult } from '../../server/analyses/evidence-quality.ts';
import type { ReachResult } from '../../server/analyses/reach.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import type { Database } from '../../server/db/database.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// A denied claim never cancels a supported one. The seed says Soleimani sponsored the Baloch
// militants (cooperative, start unknown). A later statement denies that the two ever met: a
// CONSULT whose only evidence DENIES it, so the relation is DENIED with confidence 0. It is
// later than the sponsorship, so a rule that let the latest relations decide whatever their
// evidence would leave the pair unsigned. Each analysis below must read the seed exactly as it
// read it before the denial was loaded.

const DENIED_MEETING = {
  format: 'actorgraph/v1',
  sources: [
    {
      id: 'denial-of-a-meeting',
      kind: 'STATEMENT',
      title: 'Statement denying a meeting of Baloch militants with Soleimani',
      publisher: 'Invented publisher',
      published: '2020-02',
    },
  ],
  relations: [
    {
      id: 'baloch-militants-meet-soleimani',
      type: 'CONSULT',
      from: 'baloch-militants',
      to: 'qassem-soleimani',
      when: { date: '2020-02' },
      evidence: [
        {
          source: 'denial-of-a-meeting',
          quote: 'No such meeting ever took place',
          attribution: 'a spokesman',
          stance: 'DENIES',
          status: 'DENIED',
          confidence: 0.9,
        },
      ],
    },
  ],
};

const REACH = { fromId: 'united-states', toId: 'baloch-militants' };

let db: Database;
let before: { balance: BalanceResult; blocs: BlocsResult; reach: ReachResult };

beforeAll(async () => {
  db = await openSeededDatabase();
  before = {
    balance: await runAnalysis<BalanceResult>(db, 'balance', {}),
    blocs: await runAnalysis<BlocsResult>(db, 'blocs', {}),
    reach: await runAnalysis<ReachResult>(db, 'reach', REACH),
  };
  await ingestDocument(db, parseKnowledgeDocument(DENIED_MEETING, 'denied meeting'));
});

afterAll(async () => {
  await db?.close();
});

describe('a later claim whose only evidence denies it', () => {
  it('is in the graph, DENIED with confidence 0', async () => {
    const result = await runAnalysis<EvidenceQualityResult>(db, 'evidence-quality', { limit: 5000 });
    const denied = result.relations.find((relation) => relation.id === 'baloch-militants-meet-soleimani');
    expect(denied).toMatchObject({ status: 'DENIED', confidence: 0 });
  });

  it('leaves the triad of the militants, Pakistan and Soleimani in balance as it was', async () => {
    const triad = ['baloch-militants', 'pakistan', 'qassem-soleimani'];
    expect(before.balance.triads.map((t) => t.actors)).toContainEqual(triad);
    expect(await runAnalysis<BalanceResult>(db, 'balance', {})).toEqual(before.balance);
  });

  it('leaves the bloc of the militants and Soleimani as it was', async () => {
    expect(before.blocs.blocs.map((bloc) => bloc.actorIds)).toContainEqual(['baloch-militants', 'qassem-soleimani']);
    expect(await runAnalysis<BlocsResult>(db, 'blocs', {})).toEqual(before.blocs);
  });

  it('leaves the sign of the hop from Soleimani to the militants, and its relations, as they were', async () => {
    const throughSoleimani = (result: ReachResult) =>
      result.paths.find((path) => path.actors[1] === 'qassem-soleimani');
    expect(throughSoleimani(before.reach)?.signs).toBe('-+');
    expect(throughSoleimani(await runAnalysis<ReachResult>(db, 'reach', REACH))).toEqual(
      throughSoleimani(before.reach),
    );
  });
});
