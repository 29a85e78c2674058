import type { Database } from '../../server/db/database.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';

/**
 * A small invented world whose every filter result can be worked out by hand:
 *
 *   r1 north AID south          event 2019-06-01   CONFIRMED 0.9   wire-a
 *   r2 south ATTACK east        event 2020-02 at harbor  REPORTED 0.6  wire-b
 *   r3 east MEMBER_OF guild     2018 .. 2021       ALLEGED 0.4     wire-a
 *   r4 west SANCTION north      2017 .. 2020-01    CONFIRMED 0.8   wire-b relaying leak-c
 *   r5 west COOPERATE north     2020-01 ..         REPORTED 0.7    wire-a   (replaces r4)
 *   r6 north ACCUSE east        event 2021-05-10   DISPUTED 0.35   wire-a asserts 0.7, wire-b denies 0.5
 *   r7 guild BASED_IN west      undated            REPORTED 0.9    wire-b
 */
export const FIXTURE = {
  format: 'actorgraph/v1',
  sources: [
    { id: 'wire-a', kind: 'ARTICLE', title: 'Wire A on the four states', publisher: 'Wire A', published: '2021-03' },
    {
      id: 'wire-b',
      kind: 'REPORT',
      title: 'Wire B annual report',
      publisher: 'Wire B',
      published: '2022',
      cites: ['leak-c'],
    },
    { id: 'leak-c', kind: 'DOCUMENT', title: 'A leaked memo', publisher: 'Unknown ministry' },
  ],
  actors: [
    { id: 'north', name: 'Northland', kind: 'STATE', aliases: ['Borealis', 'the northern capital'] },
    { id: 'south', name: 'Southland', kind: 'STATE', aliases: ['Australis'] },
    { id: 'east', name: 'Eastland', kind: 'STATE' },
    { id: 'west', name: 'Westland', kind: 'STATE' },
    { id: 'guild', name: 'Merchants Guild', kind: 'ORGANISATION' },
    { id: 'harbor', name: 'Grey Harbor', kind: 'LOCATION' },
  ],
  relations: [
    relation('r1', 'AID', 'north', 'south', { date: '2019-06-01' }, [
      evidence('wire-a', 'north sends grain south', 'CONFIRMED', 0.9),
    ]),
    {
      ...relation('r2', 'ATTACK', 'south', 'east', { date: '2020-02' }, [
        evidence('wire-b', 'south raids the east', 'REPORTED', 0.6),
      ]),
      location: 'harbor',
    },
    relation('r3', 'MEMBER_OF', 'east', 'guild', { from: '2018', to: '2021' }, [
      evidence('wire-a', 'the east sits in the guild', 'ALLEGED', 0.4),
    ]),
    relation('r4', 'SANCTION', 'west', 'north', { from: '2017', to: '2020-01' }, [
      { ...evidence('wire-b', 'the west embargoes the north', 'CONFIRMED', 0.8), citedSource: 'leak-c' },
    ]),
    {
      ...relation('r5', 'COOPERATE', 'west', 'north', { from: '2020-01' }, [
        evidence('wire-a', 'the west and the north resume trade', 'REPORTED', 0.7),
      ]),
      links: [{ kind: 'REPLACES', relation: 'r4' }],
    },
    relation('r6', 'ACCUSE', 'north', 'east', { date: '2021-05-10' }, [
      evidence('wire-a', 'the north blames the east', 'REPORTED', 0.7),
      { ...evidence('wire-b', 'the north never blamed the east', 'REPORTED', 0.5), stance: 'DENIES' },
    ]),
    relation('r7', 'BASED_IN', 'guild', 'west', undefined, [
      evidence('wire-b', 'the guild keeps its hall in the west', 'REPORTED', 0.9),
    ]),
  ],
};

function relation(
  id: string,
  type: string,
  from: string,
  to: string,
  when: Record<string, string> | undefined,
  items: object[],
) {
  return { id, type, from, to, ...(when ? { when } : {}), evidence: items };
}

function evidence(source: string, quote: string, status: string, confidence: number) {
  return { source, quote, attribution: `${source} itself`, status, confidence };
}

export async function loadFixtureGraph(db: Database): Promise<void> {
  await ingestDocument(db, parseKnowledgeDocument(FIXTURE, 'fixture graph'));
}
