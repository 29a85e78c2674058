import { createHash } from 'node:crypto';
import { parsePartialDate } from '../domain/dates.ts';
import { describeRelationType, signOf, type EvidenceKind } from '../domain/vocabulary.ts';
import type { ActorInput, EvidenceInput, RelationInput, SourceInput } from './document-schema.ts';

/**
 * Turns validated input into the flat parameter rows the ingest Cypher files expect: partial
 * dates split into start and precision, absent values as explicit nulls (Cypher parameters must
 * not be undefined). A null means "not given": the merges keep what the node has (docs/data-model.md,
 * "Merge rules"). Defaults from the vocabulary travel apart, in `defaults`, and are used only
 * where the node has no value yet, so a restatement that leaves a field out never resets it.
 */

export function toSourceRow(source: SourceInput) {
  const published = source.published ? parsePartialDate(source.published) : null;
  return {
    id: source.id,
    kind: source.kind ?? null,
    title: source.title,
    publisher: source.publisher,
    url: source.url ?? null,
    published: published?.start ?? null,
    publishedPrecision: published?.precision ?? null,
    author: source.author ?? null,
    language: source.language ?? null,
    dateline: source.dateline ?? null,
    description: source.description ?? null,
    cites: source.cites,
    defaults: { kind: 'ARTICLE' },
  };
}

export function toActorRow(actor: ActorInput) {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: [...new Set(actor.aliases.filter((alias) => alias !== actor.name))],
    country: actor.country ?? null,
    description: actor.description ?? null,
    wikidata: actor.wikidata ?? null,
  };
}

export function toRelationRow(relation: RelationInput) {
  const info = describeRelationType(relation.type);
  const polarity = relation.polarity ?? null;
  const when = relation.when ?? {};
  const from = when.date ?? when.from;
  const validFrom = from ? parsePartialDate(from) : null;
  const validTo = when.to ? parsePartialDate(when.to) : null;
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    polarity,
    sign: polarity === null ? null : signOf(polarity),
    intensity: relation.intensity ?? null,
    quad: info.quad,
    mode: relation.mode ?? null,
    summary: relation.summary ?? null,
    location: relation.location ?? null,
    validFrom: validFrom?.start ?? null,
    datePrecision: validFrom?.precision ?? null,
    validTo: validTo?.start ?? null,
    validToPrecision: validTo?.precision ?? null,
    /** Only a restatement with `when` changes the dates, the precision and isEvent. */
    hasWhen: relation.when !== undefined,
    isEvent: when.date !== undefined,
    dateAsWritten: when.asWritten ?? null,
    defaults: { polarity: info.polarity, sign: signOf(info.polarity), intensity: info.intensity },
  };
}

export function toEvidenceRow(relationId: string, evidence: EvidenceInput) {
  return {
    id: evidence.id ?? evidenceIdOf(relationId, evidence.source, evidence.quote),
    relationId,
    sourceId: evidence.source,
    quote: evidence.quote,
    attribution: evidence.attribution,
    attributedTo: evidence.attributedTo ?? null,
    citedSourceId: evidence.citedSource ?? null,
    anonymous: evidence.anonymous ?? null,
    stance: evidence.stance ?? null,
    status: evidence.status,
    reliability: evidence.grading?.reliability ?? null,
    credibility: evidence.grading?.credibility ?? null,
    confidence: evidence.confidence,
    note: evidence.note ?? null,
    /** Files, drafts and mutations carry quotes; the importers of coded event data say CODED. */
    kind: null as EvidenceKind | null,
    defaults: { anonymous: false, stance: 'ASSERTS', kind: 'QUOTED' as EvidenceKind },
  };
}

/**
 * The same quote from the same source for the same relation is the same evidence, so an id
 * derived from those three makes re-ingesting a file a no-op.
 */
export function evidenceIdOf(relationId: string, sourceId: string, quote: string): string {
  return `ev-${createHash('sha256')
    .update(`${relationId}\u0000${sourceId}\u0000${normaliseQuote(quote)}`)
    .digest('hex')
    .slice(0, 20)}`;
}

/** Quotes differing only in white space are the same quote (for evidence ids and their identity). */
export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
