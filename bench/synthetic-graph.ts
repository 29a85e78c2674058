import type { Database } from '../server/db/database.ts';
import { assessRelation } from '../server/domain/confidence.ts';
import { describeRelationType, signOf, type RelationType } from '../server/domain/vocabulary.ts';
import { analysisQuery } from '../server/analyses/analysis-query.ts';

const createActors = analysisQuery('synthetic/create-actors');
const createRelations = analysisQuery('synthetic/create-relations');

/**
 * A synthetic actor graph for benchmarks and load tests (never for the product's data): invented
 * actors `syn-actor-<n>`, relations between them chosen by a seeded generator (a few hub actors
 * draw many relations, as states do in news), dates 2000-2024, a fifth of them intervals, a tenth
 * resting on anonymous sources and one in twenty disputed. Written in batches with bulk Cypher.
 */
export interface SyntheticGraphOptions {
  readonly actors: number;
  readonly relations: number;
  readonly sources?: number;
  readonly seed?: number;
  readonly batchSize?: number;
}

const TYPES: RelationType[] = [
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'AGREE',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'SANCTION',
  'ATTACK',
  'REQUEST',
  'MEMBER_OF',
];

export async function writeSyntheticGraph(db: Database, options: SyntheticGraphOptions): Promise<void> {
  const random = seededRandom(options.seed ?? 42);
  const sourceCount = options.sources ?? 200;
  const actors = Array.from({ length: options.actors }, (_, i) => ({
    id: `syn-actor-${i}`,
    name: `Synthetic actor ${i}`,
  }));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `syn-source-${i}`,
    title: `Synthetic report ${i}`,
    publisher: `Outlet ${i % 40}`,
  }));
  await db.writeTransaction((tx) => tx.run(createActors, { actors, sources }));

  // Squaring a uniform draw favours low numbers: actor 0 takes part in far more relations than actor 9999.
  const pickActor = () => Math.floor(random() ** 2 * options.actors);
  const batchSize = options.batchSize ?? 10_000;
  for (let start = 0; start < options.relations; start += batchSize) {
    const relations: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(options.relations, start + batchSize); i++) {
      let from = pickActor();
      let to = pickActor();
      if (from === to) to = (to + 1) % options.actors;
      if (random() < 0.5) [from, to] = [to, from];
      const type = TYPES[Math.floor(random() * TYPES.length)]!;
      const info = describeRelationType(type);
      const isEvent = random() < 0.8;
      const year = 2000 + Math.floor(random() * 25);
      const month = 1 + Math.floor(random() * 12);
      const validFrom = `${year}-${String(month).padStart(2, '0')}-01`;
      const validTo = !isEvent && random() < 0.5 ? `${year + 1 + Math.floor(random() * 4)}-01-01` : null;
      const anonymous = random() < 0.1;
      const evidence = [
        {
          id: `syn-evidence-${i}-a`,
          source: `syn-source-${Math.floor(random() * sourceCount)}`,
          quote: `Synthetic claim ${i}`,
          attribution: anonymous ? 'unnamed officials' : 'the outlet',
          anonymous,
          stance: 'ASSERTS',
          status: 'REPORTED',
          confidence: Math.round((0.3 + random() * 0.65) * 100) / 100,
        },
      ];
      if (random() < 0.05) {
        evidence.push({
          ...evidence[0]!,
          id: `syn-evidence-${i}-b`,
          source: `syn-source-${Math.floor(random() * sourceCount)}`,
          stance: 'DENIES',
          anonymous: false,
          confidence: 0.4,
        });
      }
      const assessment = assessRelation(
        evidence.map((item) => ({
          stance: item.stance as 'ASSERTS' | 'DENIES',
          status: 'REPORTED',
          confidence: item.confidence,
          retracted: false,
        })),
      );
      relations.push({
        id: `syn-relation-${i}`,
        from: actors[from]!.id,
        to: actors[to]!.id,
        type,
        polarity: info.polarity,
        sign: signOf(info.polarity),
        intensity: info.intensity,
        quad: info.quad,
        summary: `Synthetic relation ${i}`,
        isEvent,
        validFrom,
        validTo,
        status: assessment.status,
        confidence: assessment.confidence,
        sourceIds: [...new Set(evidence.map((item) => item.source))].sort(),
        evidence,
      });
    }
    await db.writeTransaction((tx) => tx.run(createRelations, { relations }));
  }
}

/** A small deterministic generator (mulberry32), so every run builds the same graph. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
