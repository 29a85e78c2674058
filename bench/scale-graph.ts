import { ACTOR_KINDS, RELATION_TYPE_NAMES, type RelationType } from '../server/domain/vocabulary.ts';
import type {
  ActorInput,
  EvidenceInput,
  KnowledgeDocument,
  RelationInput,
  SourceInput,
} from '../server/ingest/document-schema.ts';

/**
 * The benchmark's graph at a given scale, as knowledge documents (`actorgraph/v1`), so that it
 * loads through the same ingest as any article. Deterministic: the same scale always gives the
 * same documents. Shaped like a year of coded news, never like real data:
 *   - degrees are heavy-tailed (a few hub actors take part in a large share of the relations);
 *   - every relation type of the vocabulary, so cooperative, hostile and neutral polarities mix;
 *   - ten years of dates (2015-2024), events and intervals, days, months and years;
 *   - one to five pieces of evidence per relation, some anonymous, some denying;
 *   - actors with zero to three aliases.
 * Names are invented syllable words, so searches find a handful of actors, as real names do.
 */
export const SCALES = { small: 10_000, medium: 100_000, large: 1_000_000 } as const;
export type ScaleName = keyof typeof SCALES;

export interface ScaleShape {
  readonly relations: number;
  readonly actors: number;
  readonly sources: number;
}

/** Ten relations per actor and one source per twenty relations, as in a busy news year. */
export function shapeOf(relations: number): ScaleShape {
  return {
    relations,
    actors: Math.max(50, Math.round(relations / 10)),
    sources: Math.max(20, Math.round(relations / 20)),
  };
}

/** Actor ids run from the hubs (low numbers) to the long tail. */
export const actorId = (n: number): string => `bench-actor-${n}`;

const SYLLABLES = ['ka', 'ro', 'vi', 'ta', 'mel', 'sur', 'an', 'dor', 'li', 'zen', 'qua', 'bel', 'ost', 'ni', 'ram'];
const SUFFIXES = ['Council', 'Front', 'Ministry', 'Union', 'Brigade', 'Party', 'Agency', 'Company', 'Republic'];

/** An invented word for a number: every actor gets its own name, and similar numbers share syllables. */
function wordOf(n: number, syllables: number): string {
  let word = '';
  let rest = n;
  for (let i = 0; i < syllables; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function actorName(n: number): string {
  return `${wordOf(n, 3)} ${wordOf(Math.floor(n / 7) + 11, 2)} ${SUFFIXES[n % SUFFIXES.length]}`;
}

function actorOf(n: number, random: () => number): ActorInput {
  const aliasCount = Math.floor(random() * 4);
  const aliases = Array.from({ length: aliasCount }, (_, i) => `${wordOf(n * 3 + i + 1, 4)}`);
  return {
    id: actorId(n),
    name: actorName(n),
    kind: ACTOR_KINDS[n % ACTOR_KINDS.length]!,
    aliases,
  };
}

function sourceOf(n: number): SourceInput {
  return {
    id: `bench-source-${n}`,
    title: `Bench report ${n}`,
    publisher: `Bench outlet ${n % 60}`,
    cites: [],
  };
}

/**
 * A power of a uniform draw favours low numbers: with the exponent 2.5 the first actor of 100,000
 * takes part in about 1% of all relations, the median actor in a handful.
 */
function pickActor(random: () => number, actors: number): number {
  return Math.floor(random() ** 2.5 * actors);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function relationOf(i: number, shape: ScaleShape, random: () => number): RelationInput {
  const from = pickActor(random, shape.actors);
  let to = pickActor(random, shape.actors);
  if (to === from) to = (to + 1 + Math.floor(random() * (shape.actors - 1))) % shape.actors;
  const type: RelationType = RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)]!;
  const year = 2015 + Math.floor(random() * 10);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  const start =
    precision < 0.8 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.95 ? `${year}-${pad(month)}` : `${year}`;
  const isEvent = random() < 0.7;
  const when = isEvent
    ? { date: start }
    : random() < 0.5
      ? { from: start, to: `${year + 1 + Math.floor(random() * 3)}-${pad(month)}` }
      : { from: start };
  const evidenceCount = 1 + Math.floor(random() ** 2 * 5);
  const evidence: EvidenceInput[] = Array.from({ length: evidenceCount }, (_, j) => {
    const anonymous = random() < 0.12;
    const stance = j > 0 && random() < 0.1 ? ('DENIES' as const) : ('ASSERTS' as const);
    return {
      id: `bench-evidence-${i}-${j}`,
      source: `bench-source-${Math.floor(random() * shape.sources)}`,
      quote: `Bench claim ${i}, report ${j}`,
      attribution: anonymous ? 'unnamed officials' : 'a spokesperson',
      anonymous,
      stance,
      status: random() < 0.2 ? ('ALLEGED' as const) : ('REPORTED' as const),
      confidence: Math.round((0.3 + random() * 0.65) * 100) / 100,
    };
  });
  return {
    id: `bench-relation-${i}`,
    type,
    from: actorId(from),
    to: actorId(to),
    summary: `Bench relation ${i}`,
    when,
    evidence,
    links: [],
  };
}

/**
 * The documents of a scale, in load order: first the actors and sources (in documents of at most
 * `batch` items), then the relations, `batch` per document, each referring to what came before.
 */
export function* scaleDocuments(shape: ScaleShape, batch = 5_000): Generator<KnowledgeDocument> {
  const actorRandom = seededRandom(7);
  for (let start = 0; start < shape.actors; start += batch) {
    const end = Math.min(shape.actors, start + batch);
    yield {
      format: 'actorgraph/v1',
      sources: [],
      actors: Array.from({ length: end - start }, (_, k) => actorOf(start + k, actorRandom)),
      relations: [],
    };
  }
  for (let start = 0; start < shape.sources; start += batch) {
    const end = Math.min(shape.sources, start + batch);
    yield {
      format: 'actorgraph/v1',
      sources: Array.from({ length: end - start }, (_, k) => sourceOf(start + k)),
      actors: [],
      relations: [],
    };
  }
  const random = seededRandom(42);
  for (let start = 0; start < shape.relations; start += batch) {
    const end = Math.min(shape.relations, start + batch);
    yield {
      format: 'actorgraph/v1',
      sources: [],
      actors: [],
      relations: Array.from({ length: end - start }, (_, k) => relationOf(start + k, shape, random)),
    };
  }
}

/** mulberry32: small, fast and seeded, so every run builds the same graph. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
