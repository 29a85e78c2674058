import { z } from 'zod';
import {
  ACTOR_KINDS,
  EVIDENCE_STATUSES,
  INFORMATION_CREDIBILITY,
  LINK_KINDS,
  POLARITIES,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  STANCES,
  type RelationType,
} from '../domain/vocabulary.ts';
import { parsePartialDate } from '../domain/dates.ts';
import { MAX_ALIASES, MAX_LENGTH, tooLong } from './limits.ts';
import { isPossibleInterval } from '../domain/date-window.ts';

/**
 * The format of an actorgraph knowledge file (`format: actorgraph/v1`): what one article,
 * report or statement says, as sources, actors and relations with their evidence.
 * The seed is such a file, and so is every later article; `npm run ingest` reads them all.
 */

/** Stable ids are slugs: lower-case words joined by hyphens ("qassem-soleimani"). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters and digits joined by single hyphens')
  .max(MAX_LENGTH.id, tooLong(MAX_LENGTH.id));

/** YAML reads a bare year (`2018`) as a number; a year is still a partial date. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().refine((text) => parsePartialDate(text) !== null, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** Every string field has a length limit (`limits.ts`), named in its message. */
const text = (limit: number) => nonEmpty.max(limit, tooLong(limit));

/** The message for a relation from an actor to itself, the same in files and in addRelation. */
export const SELF_RELATION_MESSAGE = 'must differ from from (a relation ties two different actors)';

export const sourceSchema = z.strictObject({
  id: slug,
  /** ARTICLE when a new source leaves it out; a restated source keeps the kind it has. */
  kind: z.enum(SOURCE_KINDS).optional(),
  title: text(MAX_LENGTH.title),
  publisher: text(MAX_LENGTH.name),
  url: z.url().max(MAX_LENGTH.url, tooLong(MAX_LENGTH.url)).optional(),
  published: partialDate.optional(),
  author: text(MAX_LENGTH.name).optional(),
  language: z.string().min(2).max(8).optional(),
  dateline: text(MAX_LENGTH.name).optional(),
  /** Another source this one relays (a report citing a leaked letter, a syndicated wire story). */
  cites: z.array(slug).default([]),
  description: text(MAX_LENGTH.text).optional(),
});

export const actorSchema = z.strictObject({
  id: slug,
  name: text(MAX_LENGTH.name),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(text(MAX_LENGTH.name)).max(MAX_ALIASES, `must list at most ${MAX_ALIASES} aliases`).default([]),
  /** ISO 3166-1 alpha-2 code of the country the actor belongs to, when it belongs to one. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "PK"')
    .optional(),
  description: text(MAX_LENGTH.text).optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata id such as "Q843"')
    .optional(),
});

export const gradingSchema = z.strictObject({
  reliability: z.enum(SOURCE_RELIABILITY),
  credibility: z
    .number()
    .int()
    .min(INFORMATION_CREDIBILITY[0])
    .max(INFORMATION_CREDIBILITY[INFORMATION_CREDIBILITY.length - 1]!),
});

export const evidenceSchema = z.strictObject({
  id: slug.optional(),
  source: slug,
  quote: nonEmpty.max(MAX_LENGTH.quote, `must be a short verbatim quote (at most ${MAX_LENGTH.quote} characters)`),
  /** Who asserts the claim according to the source, as the source gives it. */
  attribution: text(MAX_LENGTH.name),
  /** The actor the claim is attributed to, when it is one in the graph. */
  attributedTo: slug.optional(),
  /** The source this evidence was relayed from (the report the article cites). */
  citedSource: slug.optional(),
  /** True when the claim rests on unnamed sources ("intelligence sources"). */
  /** False for new evidence that leaves it out; restated evidence keeps what it has. */
  anonymous: z.boolean().optional(),
  /** ASSERTS for new evidence that leaves it out; restated evidence keeps what it has. */
  stance: z.enum(STANCES).optional(),
  status: z.enum(EVIDENCE_STATUSES),
  grading: gradingSchema.optional(),
  confidence: z.number().min(0).max(1),
  note: text(MAX_LENGTH.text).optional(),
});

export const whenSchema = z
  .strictObject({
    /** The day, month or year of an event (a point in time). */
    date: partialDate.optional(),
    /** The start and end of a state of affairs (an interval); `to` is when it stopped holding. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** The words the source used ("two years ago", "earlier this week"). */
    asWritten: text(MAX_LENGTH.label).optional(),
  })
  .refine((when) => !(when.date && (when.from || when.to)), 'give either date or from/to, not both')
  .refine(
    // Compared by periods (server/domain/date-window.ts): from 2019-05-10 to 2019-05 is possible.
    (when) => !when.from || !when.to || isPossibleInterval(when.from, when.to),
    'from must not be after to',
  );

export const linkSchema = z.strictObject({
  kind: z.enum(LINK_KINDS),
  relation: slug,
});

export const relationSchema = z.strictObject({
  id: slug,
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  from: slug,
  to: slug,
  polarity: z.enum(POLARITIES).optional(),
  intensity: z.number().min(-10).max(10).optional(),
  /** How the relation holds: tacit, covert, public, negated, hypothetical, ... */
  mode: text(MAX_LENGTH.label).optional(),
  summary: text(MAX_LENGTH.text).optional(),
  location: slug.optional(),
  when: whenSchema.optional(),
  evidence: z.array(evidenceSchema).min(1, 'a relation needs at least one piece of evidence'),
  links: z.array(linkSchema).default([]),
});

export const knowledgeDocumentSchema = z.strictObject({
  format: z.literal('actorgraph/v1'),
  description: text(MAX_LENGTH.text).optional(),
  sources: z.array(sourceSchema).default([]),
  actors: z.array(actorSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type KnowledgeDocument = z.infer<typeof knowledgeDocumentSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
