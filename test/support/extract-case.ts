import { createExtractor } from '../../server/extraction/create-extractor.ts';
import type { Draft, DraftRelation } from '../../server/extraction/draft.ts';
import type { KnownActor } from '../../server/extraction/extractor.ts';
import { NLP_CASES, type NlpCaseName } from '../fixtures/nlp/cases.ts';
import { createRecordedEngine } from './recorded-engine.ts';

export const PUBLISHER = 'The Test Wire';

/** The draft the extractor makes of a recorded case, as a publisher's article of the case's date. */
export async function extractCase(name: NlpCaseName, knownActors: readonly KnownActor[] = []): Promise<Draft> {
  const extractor = createExtractor({
    knownActors: () => Promise.resolve(knownActors),
    engine: createRecordedEngine(),
  });
  const { text, date } = NLP_CASES[name];
  return extractor.extract(text, { date, publisher: PUBLISHER });
}

/** A relation as "from TYPE to", the way a reviewer reads it. */
export function dyad(relation: DraftRelation): string {
  return `${relation.from} ${relation.type} ${relation.to}`;
}
