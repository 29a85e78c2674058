import { z } from 'zod';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  LINK_KINDS,
  POLARITIES,
  QUAD_CLASSES,
  RELATION_STATUSES,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  STANCES,
} from '../domain/vocabulary.ts';

/**
 * The records the read queries return, as zod schemas: a row is parsed once, where it leaves the
 * database, and everything above works with these types instead of reading `row['x']` and casting.
 * Each schema follows a projection in `cypher/` (the fragment or query named on it). Neo4j keeps
 * no null properties, so an absent optional property becomes null here, and counts and flags get
 * their neutral value; properties the API does not serve (`aliasText`, `sign`, ...) are dropped.
 */

/** An optional property: absent or null in Neo4j, null in the record. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullable().default(null);
}

const text = z.string();
const count = z.number().int().nonnegative().default(0);
const flag = z.boolean().default(false);
/** Dates and date-times arrive as ISO strings (`toPlain` converts Neo4j's temporal values). */
const isoDate = z.string();
const datePrecision = z.enum(DATE_PRECISIONS);

/** `cypher/fragments/actor-fields.cypher` */
export const actorRecord = z.object({
  id: text,
  name: text,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(text).default([]),
  country: optional(text),
  description: optional(text),
  wikidata: optional(text),
  degree: count,
});
export type ActorRecord = z.output<typeof actorRecord>;

/** `cypher/fragments/relation-fields.cypher` */
export const relationRecord = z.object({
  id: text,
  type: z.enum(RELATION_TYPE_NAMES),
  polarity: z.enum(POLARITIES),
  intensity: z.number(),
  quad: z.enum(QUAD_CLASSES),
  mode: optional(text),
  summary: optional(text),
  confidence: z.number(),
  status: z.enum(RELATION_STATUSES),
  validFrom: optional(isoDate),
  validTo: optional(isoDate),
  datePrecision: optional(datePrecision),
  validToPrecision: optional(datePrecision),
  isEvent: flag,
  dateAsWritten: optional(text),
  evidenceCount: count,
  /** Copies of one story counted once (server/domain/corroboration.ts). */
  independentSources: count,
  fromId: text,
  toId: text,
  locationId: optional(text),
});
export type RelationRecord = z.output<typeof relationRecord>;

/** `cypher/fragments/evidence-fields.cypher` */
export const evidenceRecord = z.object({
  id: text,
  /** Evidence written before kinds existed is quoted. */
  kind: z.enum(EVIDENCE_KINDS).default('QUOTED'),
  quote: text,
  attribution: text,
  anonymous: flag,
  stance: z.enum(STANCES),
  status: z.enum(EVIDENCE_STATUSES),
  reliability: optional(z.enum(SOURCE_RELIABILITY)),
  credibility: optional(z.number().int()),
  confidence: z.number(),
  note: optional(text),
  retracted: flag,
  retractedAt: optional(isoDate),
  retractionReason: optional(text),
  relationId: text,
  sourceId: text,
  citedSourceId: optional(text),
  attributedToId: optional(text),
});
export type EvidenceRecord = z.output<typeof evidenceRecord>;

/** `cypher/queries/read/sources-by-id.cypher` */
export const sourceRecord = z.object({
  id: text,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  publisher: text,
  url: optional(text),
  published: optional(isoDate),
  publishedPrecision: optional(datePrecision),
  author: optional(text),
  dateline: optional(text),
  language: optional(text),
  description: optional(text),
  citesIds: z.array(text).default([]),
  evidenceCount: count,
});
export type SourceRecord = z.output<typeof sourceRecord>;

/** `cypher/queries/read/links-of-relations.cypher`: one relation's tie to another, seen from the first. */
export const linkRecord = z.object({
  kind: z.enum(LINK_KINDS),
  direction: z.enum(['OUTGOING', 'INCOMING']),
  otherId: text,
});
export type LinkRecord = z.output<typeof linkRecord>;
