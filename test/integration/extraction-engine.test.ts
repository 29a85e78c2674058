import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { createExtractor, loadKnownActors } from '../../server/extraction/create-extractor.ts';
import type { Extractor } from '../../server/extraction/extractor.ts';
import { startNlpServer, stopNlpServer, type NlpServer } from '../../nlp-launcher/nlp-launcher.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// Our own short report of a real event (Pakistan's strikes in Iran of 18 January 2024), run
// through the real CoreNLP engine, with the seeded graph's actors as the known actors.
const ARTICLE = `Pakistan strikes militant hideouts in Iran

Pakistan carried out air strikes inside Iran on Thursday, two days after Iranian missiles hit targets in Balochistan. Islamabad said the strikes targeted Baloch militants sheltering across the border, and Tehran condemned Islamabad.`;

let db: Database;
let server: NlpServer;
let extractor: Extractor;

beforeAll(async () => {
  db = await openSeededDatabase();
  server = await startNlpServer();
  extractor = createExtractor({ knownActors: () => loadKnownActors(db) });
}, 600_000);

afterAll(async () => {
  await extractor?.close();
  await db?.close();
  // Leave a server someone else started running; stop the one this test started.
  if (server && !server.reused) await stopNlpServer();
});

describe('extraction with the real engine', () => {
  it('resolves the states and groups the graph knows, and proposes who attacked whom, when, with its quote', async () => {
    const draft = await extractor.extract(ARTICLE, { date: '2024-01-19', publisher: 'The Test Wire' });

    const byId = new Map(draft.actors.map((actor) => [actor.id, actor]));
    expect(byId.get('pakistan')).toMatchObject({ existing: true, kind: 'STATE', country: 'PK' });
    expect(byId.get('iran')).toMatchObject({ existing: true, kind: 'STATE', country: 'IR' });
    expect(byId.get('baloch-militants')).toMatchObject({ existing: true, kind: 'ARMED_GROUP' });
    expect(byId.get('pakistan')?.aliases).toContain('Islamabad');

    const strikes = draft.relations.filter((r) => r.from === 'pakistan' && r.to === 'iran' && r.type === 'ATTACK');
    // The headline and the lead each carry the claim, each with its own quote.
    expect(strikes.map((r) => r.quote)).toEqual([
      'Pakistan strikes militant hideouts in Iran',
      expect.stringContaining('Pakistan carried out air strikes inside Iran on Thursday'),
    ]);
    const strike = strikes[1];
    // 2024-01-19 was a Friday: "on Thursday" is the day before.
    expect(strike).toMatchObject({
      polarity: 'HOSTILE',
      date: '2024-01-18',
      datePrecision: 'DAY',
      attribution: 'The Test Wire',
    });
    expect(ARTICLE.slice(strike?.start, strike?.end)).toBe(strike?.quote);
  });
});
