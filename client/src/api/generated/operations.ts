/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of actor this is, after the categories event datasets use. */
export type ActorKind =
  | 'ARMED_GROUP'
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'GOVERNMENT_BODY'
  | 'INTERNATIONAL_ORGANISATION'
  | 'LOCATION'
  | 'MEDIA_OUTLET'
  | 'MILITARY'
  | 'ORGANISATION'
  | 'OTHER'
  | 'PERSON'
  | 'POLITICAL_PARTY'
  | 'PROGRAMME'
  | 'SECURITY_SERVICE'
  | 'STATE';

export type AddAnnotationInput = {
  /** Who wrote it, at most 100 characters. */
  author: string;
  /** Give an id to make a retry safe: adding the same annotation again returns it unchanged. */
  id?: string | number | null | undefined;
  /** The id of an actor or a relation. */
  targetId: string | number;
  /** At most 2000 characters. */
  text: string;
};

/**
 * AUTO uses Neo4j Graph Data Science when the database has it, else BUILTIN; GDS fails with
 * GDS_UNAVAILABLE when it is missing; BUILTIN runs actorgraph's own implementation of the same
 * algorithms on the graph read with Cypher (for a Neo4j without GDS; same results, slower on big graphs).
 */
export type AnalysisEngine =
  | 'AUTO'
  | 'BUILTIN'
  | 'GDS';

/**
 * Parameters of the analyses (docs/analyses.md). Dates take YYYY, YYYY-MM or YYYY-MM-DD.
 * Every analysis reads the relations that pass the usual filter (asOf or from/to, minConfidence,
 * types); the typed fields refuse a parameter their analysis does not read (BAD_USER_INPUT), while
 * `analysisOverlay` ignores it, so one control panel can drive every overlay.
 */
export type AnalysisParams = {
  /** reach: the actor whose neighbourhood to list (with depth). */
  actorId?: string | number | null | undefined;
  /** The graph as it stood on this date (sign-changes: the history up to it; changes: the year up to it, unless from/to say otherwise). */
  asOf?: string | null | undefined;
  /** CERTAIN (default): as of asOf, what certainly held; POSSIBLE: what may have held (see RelationFilter). */
  asOfCertainty?: AsOfCertainty | null | undefined;
  /** changes: which clock to read, WORLD (started, ended), RECORDED (added, retracted, changed) or BOTH (default). */
  clock?: ChangeClock | null | undefined;
  /** reach: how many hops (1 to 6; default 2 around actorId, up to 6 between fromId and toId). */
  depth?: number | null | undefined;
  /** Which engine runs the graph algorithms (influence, blocs); default AUTO. */
  engine?: AnalysisEngine | null | undefined;
  /** Relations that overlap the window [from, to] (from the first day of `from` to the last of `to`); `changes` reports what happened in it. */
  from?: string | null | undefined;
  /** reach: the two ends of the shortest signed paths. */
  fromId?: string | number | null | undefined;
  /** Include relations whose evidence was all retracted (default false). */
  includeRetracted?: boolean | null | undefined;
  /** At most this many rows (actors, triads, pairs, relations, paths) in the result (default 200, at most 5000). */
  limit?: number | null | undefined;
  minConfidence?: number | null | undefined;
  /** Stop the analysis after this many milliseconds (QUERY_TIMEOUT); default and maximum 30000. */
  timeoutMs?: number | null | undefined;
  to?: string | null | undefined;
  toId?: string | number | null | undefined;
  types?: Array<RelationType> | null | undefined;
};

/** What an annotation is about. */
export type AnnotationTargetKind =
  | 'ACTOR'
  | 'RELATION';

/**
 * The article the draft came from: it becomes the one source every piece of evidence cites. Without
 * `sourceId` the source's id is derived from publisher, title and date (or, without both, from the
 * text), so loading the same article again lands on the same source.
 */
export type ArticleInput = {
  date?: string | null | undefined;
  publisher?: string | null | undefined;
  sourceId?: string | number | null | undefined;
  /** The article's text (at most 100,000 characters); names the source when there is no title. */
  text?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/**
 * How `asOf` reads a relation whose dates are partial: a date known to the month or year covers its
 * whole period, so a relation of "2020-01" may or may not have begun by 2020-01-02.
 */
export type AsOfCertainty =
  /** What certainly held: begun for sure by the date and not ended for sure by it (the default). */
  | 'CERTAIN'
  /** What may have held: begun possibly by the date and not ended for sure before it. */
  | 'POSSIBLE';

/** What a step of an assessment does. */
export type AssessmentStepKind =
  /** The sources' weights combined. */
  | 'COMBINED'
  /** The combined weight discounted by the strongest denial. */
  | 'DENIAL_DISCOUNT'
  /** The same source also hedges, no more weakly: the hedge changes nothing. */
  | 'HEDGE_IGNORED'
  /** The same source also hedges, more weakly: its weight is lowered to the hedge. */
  | 'HEDGE_LOWERS'
  /** Retracted items are left out. */
  | 'RETRACTED'
  /** A source asserts the claim; it counts with its strongest assertion. */
  | 'SOURCE_ASSERTS'
  /** A source denies the claim. */
  | 'SOURCE_DENIES'
  /** A source only hedges: it adds nothing to assertions, and alone counts at half weight. */
  | 'SOURCE_HEDGES'
  /** The status, and why. */
  | 'STATUS';

/** The clock `changes` reads: the world's dates, the record's, or both. */
export type ChangeClock =
  | 'BOTH'
  /** When the graph learnt them: added, retracted, changed. */
  | 'RECORDED'
  /** When relations started or ended in the world. */
  | 'WORLD';

/** How precisely a date is known: an article's "two years ago" is known to the YEAR. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A reviewed draft actor: the fields of `DraftActor`; mentions may be left out. */
export type DraftActorInput = {
  aliases: Array<string>;
  country?: string | null | undefined;
  existing: boolean;
  id: string | number;
  kind: ActorKind;
  mentions?: Array<MentionInput> | null | undefined;
  name: string;
};

/** The actors and relations a reviewer accepted, as edited. */
export type DraftInput = {
  actors: Array<DraftActorInput>;
  relations: Array<DraftRelationInput>;
};

/** A reviewed draft relation: the fields of `DraftRelation`. */
export type DraftRelationInput = {
  attribution: string;
  confidence: number;
  date?: string | null | undefined;
  datePrecision?: DatePrecision | null | undefined;
  end: number;
  from: string | number;
  polarity: Polarity;
  quote: string;
  stance: Stance;
  start: number;
  status: EvidenceStatus;
  to: string | number;
  type: RelationType;
};

/** The epistemic status of a piece of evidence, as its source presents it. */
export type EvidenceStatus =
  | 'ALLEGED'
  | 'CONFIRMED'
  | 'DENIED'
  | 'REPORTED';

/** A file format the graph can be exported in (docs/interchange.md). */
export type ExportFormat =
  /** Four CSV files (actors, relations, evidence, sources) that a spreadsheet opens and `npm run import -- --format csv` loads back. */
  | 'CSV'
  /** Cytoscape JSON, as Cytoscape desktop imports it. */
  | 'CYJS'
  /** GEXF 1.3 in dynamic mode, for Gephi: each relation's time is a spell its timeline replays. */
  | 'GEXF'
  /** GraphML 1.0, for yEd, networkx and Gephi. */
  | 'GRAPHML';

export type LinkDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type LinkKind =
  | 'CAUSED'
  | 'CONTRADICTS'
  | 'IN_EXCHANGE_FOR'
  | 'PART_OF'
  | 'REPLACES'
  | 'RESPONDS_TO'
  | 'SPONSORED';

export type MentionInput = {
  end: number;
  start: number;
  text: string;
};

/** The sign of a relation: cooperative (+), hostile (-) or neutral (structural, requests). */
export type Polarity =
  | 'COOPERATIVE'
  | 'HOSTILE'
  | 'NEUTRAL';

/** Quad class of event data; STRUCTURAL for relations that are not events. */
export type QuadClass =
  | 'MATERIAL_CONFLICT'
  | 'MATERIAL_COOPERATION'
  | 'STRUCTURAL'
  | 'VERBAL_CONFLICT'
  | 'VERBAL_COOPERATION';

/**
 * Narrows relations. All given conditions must hold. Dates take YYYY, YYYY-MM or YYYY-MM-DD, and a
 * partial date covers its whole period (`2019` is any day from 2019-01-01 to 2019-12-31).
 */
export type RelationFilter = {
  /**
   * The graph as it stood on this date: relations that certainly held then (see asOfCertainty).
   * A partial date asks about any day of its period: `asOf: "2019"` is what held at some time in 2019.
   */
  asOf?: string | null | undefined;
  /** CERTAIN (default) or POSSIBLE: how asOf reads relations whose dates are partial. */
  asOfCertainty?: AsOfCertainty | null | undefined;
  /**
   * Relations that may fall in the window [from, to], which runs from the first day of `from` to the
   * last day of `to` (`to: "2019"` is up to 2019-12-31): events whose date overlaps it, intervals not
   * ended before `from` nor begun after `to`. Either end may be left open. `from` may not begin
   * after `to` ends; `from: "2019-05-10", to: "2019-05"` is a window of 22 days.
   */
  from?: string | null | undefined;
  /** Include relations whose evidence was all retracted (default false). */
  includeRetracted?: boolean | null | undefined;
  minConfidence?: number | null | undefined;
  polarity?: Array<Polarity> | null | undefined;
  /** Only relations backed by (or relayed from) one of these sources. */
  sourceIds?: Array<string | number> | null | undefined;
  statuses?: Array<RelationStatus> | null | undefined;
  to?: string | null | undefined;
  types?: Array<RelationType> | null | undefined;
};

/** A relation's standing, derived from all of its evidence. */
export type RelationStatus =
  | 'ALLEGED'
  | 'CONFIRMED'
  | 'DENIED'
  | 'DISPUTED'
  | 'REPORTED'
  | 'RETRACTED';

/**
 * Relation types: PLOVER event types (AGREE ... ATTACK, KILL) and structural relations
 * (MEMBER_OF, LEADS, PART_OF, BASED_IN, ADMINISTERS, SPEAKS_FOR) that hold over an interval.
 */
export type RelationType =
  | 'ACCUSE'
  | 'ADMINISTERS'
  | 'AGREE'
  | 'AID'
  | 'ATTACK'
  | 'BASED_IN'
  | 'COERCE'
  | 'CONCEDE'
  | 'CONSULT'
  | 'COOPERATE'
  | 'KILL'
  | 'LEADS'
  | 'MEMBER_OF'
  | 'MOBILIZE'
  | 'OPPOSE'
  | 'PART_OF'
  | 'PROTEST'
  | 'REJECT'
  | 'REQUEST'
  | 'RETREAT'
  | 'SANCTION'
  | 'SPEAKS_FOR'
  | 'SPONSOR'
  | 'SUPPORT'
  | 'THREATEN';

export type SaveViewInput = {
  author?: string | null | undefined;
  /** Positions and zoom (see SavedView.layout), at most 500,000 characters as JSON. */
  layout?: unknown;
  /** At most 100 characters; its slug is the view's id. */
  name: string;
  /** The view state as a URL query string, at most 8000 characters. */
  state: string;
};

export type SavedAnalysisParamInput = {
  default?: unknown;
  description?: string | null | undefined;
  name: string;
  type: string;
};

export type SourceKind =
  | 'ARTICLE'
  | 'DATASET'
  | 'DOCUMENT'
  | 'OTHER'
  | 'POST'
  | 'REPORT'
  | 'STATEMENT';

/** Where the source stands on the claim it carries. */
export type Stance =
  | 'ASSERTS'
  | 'DENIES'
  | 'HEDGES';

export type ActorDetailsQueryVariables = Exact<{
  id: string | number;
  filter?: RelationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ActorDetailsQuery = { actor: { description: string | null, wikidata: string | null, id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number, relations: { totalCount: number, nodes: Array<{ id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string, name: string }, to: { id: string, name: string } }> } } | null };

export type ActorNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorNodeQuery = { actor: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number } | null };

export type AnalysisOverlayQueryVariables = Exact<{
  name: string;
  params?: AnalysisParams | null | undefined;
}>;


export type AnalysisOverlayQuery = { analysisOverlay: { name: string, summary: string, relationIds: Array<string>, actors: Array<{ actorId: string, value: number | null, group: string | null, label: string | null }> } };

export type CypherQueryVariables = Exact<{
  query: string;
  params?: unknown;
}>;


export type CypherQuery = { cypher: { columns: Array<string>, rows: Array<unknown>, actorIds: Array<string>, relationIds: Array<string>, truncated: boolean, elapsedMs: number } };

export type CypherResultFieldsFragment = { columns: Array<string>, rows: Array<unknown>, actorIds: Array<string>, relationIds: Array<string>, truncated: boolean, elapsedMs: number };

export type ExportGraphQueryVariables = Exact<{
  format: ExportFormat;
  filter?: RelationFilter | null | undefined;
}>;


export type ExportGraphQuery = { export: Array<{ name: string, content: string }> };

export type ExtractDraftQueryVariables = Exact<{
  text: string;
  date?: string | null | undefined;
  publisher?: string | null | undefined;
  title?: string | null | undefined;
}>;


export type ExtractDraftQuery = { extractDraft: { actors: Array<{ id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, existing: boolean, mentions: Array<{ start: number, end: number, text: string }> }>, relations: Array<{ from: string, to: string, type: RelationType, polarity: Polarity, quote: string, start: number, end: number, attribution: string, stance: Stance, status: EvidenceStatus, date: string | null, datePrecision: DatePrecision | null, confidence: number }> } };

export type FilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterChoicesQuery = { types: { enumValues: Array<{ name: string }> | null } | null, polarities: { enumValues: Array<{ name: string }> | null } | null, statuses: { enumValues: Array<{ name: string }> | null } | null, sources: { totalCount: number, nodes: Array<{ id: string, title: string, publisher: string, published: string | null }> } };

export type ActorFieldsFragment = { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number };

export type RelationFieldsFragment = { id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string }, to: { id: string } };

export type RelationWithEndsFragment = { id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number }, to: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number } };

export type LoadDraftMutationVariables = Exact<{
  draft: DraftInput;
  article: ArticleInput;
}>;


export type LoadDraftMutation = { loadDraft: { sourceId: string, actorIds: Array<string>, relationIds: Array<string>, actors: number, relations: number, evidence: number } };

export type NeighbourhoodQueryVariables = Exact<{
  actorId: string | number;
  depth?: number | null | undefined;
  filter?: RelationFilter | null | undefined;
}>;


export type NeighbourhoodQuery = { neighborhood: { actors: Array<{ id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number }>, relations: Array<{ id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string }, to: { id: string } }> } };

export type OverviewQueryVariables = Exact<{
  filter?: RelationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type OverviewQuery = { relations: { totalCount: number, nodes: Array<{ id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number }, to: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number } }> } };

export type RelationDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationDetailsQuery = { relation: { quad: QuadClass, mode: string | null, summary: string | null, dateAsWritten: string | null, validToPrecision: DatePrecision | null, independentSources: number, id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string, name: string, kind: ActorKind }, to: { id: string, name: string, kind: ActorKind }, location: { id: string, name: string } | null, assessment: { status: RelationStatus, confidence: number, supportingSources: number, singleSource: boolean, anonymousOnly: boolean, disputed: boolean, steps: Array<{ kind: AssessmentStepKind, text: string, value: number | null, evidenceIds: Array<string>, source: { id: string, title: string } | null }> }, evidence: Array<{ id: string, quote: string, attribution: string, anonymous: boolean, stance: Stance, status: EvidenceStatus, confidence: number, note: string | null, retracted: boolean, retractedAt: string | null, grading: { code: string, reliability: string, credibility: number } | null, source: { id: string, title: string, publisher: string, published: string | null, publishedPrecision: DatePrecision | null, url: string | null, kind: SourceKind }, citedSource: { id: string, title: string, publisher: string } | null, attributedTo: { id: string, name: string } | null }>, linkedRelations: Array<{ kind: LinkKind, direction: LinkDirection, relation: { id: string, type: RelationType, from: { id: string, name: string }, to: { id: string, name: string } } }> } | null };

export type RelationEdgeQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationEdgeQuery = { relation: { id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number }, to: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number } } | null };

export type RelationsAmongQueryVariables = Exact<{
  actorIds: Array<string | number> | string | number;
  filter?: RelationFilter | null | undefined;
}>;


export type RelationsAmongQuery = { relationsAmong: Array<{ id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, from: { id: string }, to: { id: string } }> };

export type SavedAnalysesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedAnalysesQuery = { savedAnalyses: Array<{ name: string, title: string, question: string, query: string, params: Array<{ name: string, type: string, default: unknown, description: string | null }> }> };

export type RunSavedAnalysisQueryVariables = Exact<{
  name: string;
  params?: unknown;
}>;


export type RunSavedAnalysisQuery = { runSavedAnalysis: { columns: Array<string>, rows: Array<unknown>, actorIds: Array<string>, relationIds: Array<string>, truncated: boolean, elapsedMs: number } };

export type SaveAnalysisMutationVariables = Exact<{
  name: string;
  title: string;
  question: string;
  query: string;
  params?: Array<SavedAnalysisParamInput> | SavedAnalysisParamInput | null | undefined;
  replace?: boolean | null | undefined;
}>;


export type SaveAnalysisMutation = { saveAnalysis: { name: string, title: string, question: string, query: string, params: Array<{ name: string, type: string, default: unknown, description: string | null }> } };

export type SavedAnalysisFieldsFragment = { name: string, title: string, question: string, query: string, params: Array<{ name: string, type: string, default: unknown, description: string | null }> };

export type SearchActorsQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchActorsQuery = { actors: { edges: Array<{ score: number | null, node: { id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number } }> } };

export type ShortestPathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxDepth?: number | null | undefined;
  filter?: RelationFilter | null | undefined;
  avoidActorIds?: Array<string | number> | string | number | null | undefined;
  avoidTypes?: Array<RelationType> | RelationType | null | undefined;
}>;


export type ShortestPathsQuery = { shortestPaths: Array<{ length: number, actors: Array<{ id: string, name: string, kind: ActorKind, country: string | null, aliases: Array<string>, degree: number }>, relations: Array<{ id: string, type: RelationType, polarity: Polarity, intensity: number, status: RelationStatus, confidence: number, validFrom: string | null, validTo: string | null, datePrecision: DatePrecision | null, validToPrecision: DatePrecision | null, isEvent: boolean, evidenceCount: number, singleSource: boolean, anonymousOnly: boolean, evidence: Array<{ quote: string, attribution: string, stance: Stance, status: EvidenceStatus, source: { title: string, publisher: string, published: string | null, publishedPrecision: DatePrecision | null } }>, from: { id: string }, to: { id: string } }> }> };

export type AnnotationFieldsFragment = { id: string, targetId: string, targetKind: AnnotationTargetKind, text: string, author: string, createdAt: string };

export type AnnotationsQueryVariables = Exact<{
  targetId?: string | number | null | undefined;
}>;


export type AnnotationsQuery = { annotations: Array<{ id: string, targetId: string, targetKind: AnnotationTargetKind, text: string, author: string, createdAt: string }> };

export type AddAnnotationMutationVariables = Exact<{
  input: AddAnnotationInput;
}>;


export type AddAnnotationMutation = { addAnnotation: { id: string, targetId: string, targetKind: AnnotationTargetKind, text: string, author: string, createdAt: string } };

export type RemoveAnnotationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAnnotationMutation = { removeAnnotation: boolean };

export type SavedViewFieldsFragment = { id: string, name: string, state: string, layout: unknown, author: string | null, savedAt: string };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: string, name: string, state: string, layout: unknown, author: string | null, savedAt: string }> };

export type SaveViewMutationVariables = Exact<{
  input: SaveViewInput;
}>;


export type SaveViewMutation = { saveView: { id: string, name: string, state: string, layout: unknown, author: string | null, savedAt: string } };

export type DeleteViewMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteViewMutation = { deleteView: boolean };

export type SearchEvidenceQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchEvidenceQuery = { searchEvidence: { quotes: Array<{ score: number, evidence: { id: string, quote: string, attribution: string, source: { id: string, title: string, publisher: string }, relation: { id: string, type: RelationType, from: { id: string, name: string }, to: { id: string, name: string } } } }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, publishedPrecision: DatePrecision | null, evidenceCount: number }>, relations: Array<{ id: string, type: RelationType, summary: string | null, from: { id: string, name: string }, to: { id: string, name: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CypherResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment CypherResultFields on CypherResult {
  columns
  rows
  actorIds
  relationIds
  truncated
  elapsedMs
}
    `, {"fragmentName":"CypherResultFields"}) as unknown as TypedDocumentString<CypherResultFieldsFragment, unknown>;
export const RelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}
    `, {"fragmentName":"RelationFields"}) as unknown as TypedDocumentString<RelationFieldsFragment, unknown>;
export const ActorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
    `, {"fragmentName":"ActorFields"}) as unknown as TypedDocumentString<ActorFieldsFragment, unknown>;
export const RelationWithEndsFragmentDoc = new TypedDocumentString(`
    fragment RelationWithEnds on Relation {
  ...RelationFields
  from {
    ...ActorFields
  }
  to {
    ...ActorFields
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`, {"fragmentName":"RelationWithEnds"}) as unknown as TypedDocumentString<RelationWithEndsFragment, unknown>;
export const SavedAnalysisFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedAnalysisFields on SavedAnalysis {
  name
  title
  question
  query
  params {
    name
    type
    default
    description
  }
}
    `, {"fragmentName":"SavedAnalysisFields"}) as unknown as TypedDocumentString<SavedAnalysisFieldsFragment, unknown>;
export const AnnotationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnnotationFields on Annotation {
  id
  targetId
  targetKind
  text
  author
  createdAt
}
    `, {"fragmentName":"AnnotationFields"}) as unknown as TypedDocumentString<AnnotationFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedViewFields on SavedView {
  id
  name
  state
  layout
  author
  savedAt
}
    `, {"fragmentName":"SavedViewFields"}) as unknown as TypedDocumentString<SavedViewFieldsFragment, unknown>;
export const ActorDetailsDocument = new TypedDocumentString(`
    query ActorDetails($id: ID!, $filter: RelationFilter, $first: Int) {
  actor(id: $id) {
    ...ActorFields
    description
    wikidata
    relations(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...RelationFields
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<ActorDetailsQuery, ActorDetailsQueryVariables>;
export const ActorNodeDocument = new TypedDocumentString(`
    query ActorNode($id: ID!) {
  actor(id: $id) {
    ...ActorFields
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}`) as unknown as TypedDocumentString<ActorNodeQuery, ActorNodeQueryVariables>;
export const AnalysisOverlayDocument = new TypedDocumentString(`
    query AnalysisOverlay($name: String!, $params: AnalysisParams) {
  analysisOverlay(name: $name, params: $params) {
    name
    summary
    relationIds
    actors {
      actorId
      value
      group
      label
    }
  }
}
    `) as unknown as TypedDocumentString<AnalysisOverlayQuery, AnalysisOverlayQueryVariables>;
export const CypherDocument = new TypedDocumentString(`
    query Cypher($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) {
    ...CypherResultFields
  }
}
    fragment CypherResultFields on CypherResult {
  columns
  rows
  actorIds
  relationIds
  truncated
  elapsedMs
}`) as unknown as TypedDocumentString<CypherQuery, CypherQueryVariables>;
export const ExportGraphDocument = new TypedDocumentString(`
    query ExportGraph($format: ExportFormat!, $filter: RelationFilter) {
  export(format: $format, filter: $filter) {
    name
    content
  }
}
    `) as unknown as TypedDocumentString<ExportGraphQuery, ExportGraphQueryVariables>;
export const ExtractDraftDocument = new TypedDocumentString(`
    query ExtractDraft($text: String!, $date: Date, $publisher: String, $title: String) {
  extractDraft(text: $text, date: $date, publisher: $publisher, title: $title) {
    actors {
      id
      name
      kind
      country
      aliases
      existing
      mentions {
        start
        end
        text
      }
    }
    relations {
      from
      to
      type
      polarity
      quote
      start
      end
      attribution
      stance
      status
      date
      datePrecision
      confidence
    }
  }
}
    `) as unknown as TypedDocumentString<ExtractDraftQuery, ExtractDraftQueryVariables>;
export const FilterChoicesDocument = new TypedDocumentString(`
    query FilterChoices {
  types: __type(name: "RelationType") {
    enumValues {
      name
    }
  }
  polarities: __type(name: "Polarity") {
    enumValues {
      name
    }
  }
  statuses: __type(name: "RelationStatus") {
    enumValues {
      name
    }
  }
  sources(first: 500) {
    totalCount
    nodes {
      id
      title
      publisher
      published
    }
  }
}
    `) as unknown as TypedDocumentString<FilterChoicesQuery, FilterChoicesQueryVariables>;
export const LoadDraftDocument = new TypedDocumentString(`
    mutation LoadDraft($draft: DraftInput!, $article: ArticleInput!) {
  loadDraft(draft: $draft, article: $article) {
    sourceId
    actorIds
    relationIds
    actors
    relations
    evidence
  }
}
    `) as unknown as TypedDocumentString<LoadDraftMutation, LoadDraftMutationVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($actorId: ID!, $depth: Int, $filter: RelationFilter) {
  neighborhood(actorId: $actorId, depth: $depth, filter: $filter) {
    actors {
      ...ActorFields
    }
    relations {
      ...RelationFields
    }
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($filter: RelationFilter, $first: Int) {
  relations(filter: $filter, first: $first) {
    totalCount
    nodes {
      ...RelationWithEnds
    }
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}
fragment RelationWithEnds on Relation {
  ...RelationFields
  from {
    ...ActorFields
  }
  to {
    ...ActorFields
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const RelationDetailsDocument = new TypedDocumentString(`
    query RelationDetails($id: ID!) {
  relation(id: $id) {
    ...RelationFields
    quad
    mode
    summary
    dateAsWritten
    validToPrecision
    independentSources
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
    }
    location {
      id
      name
    }
    assessment {
      status
      confidence
      supportingSources
      singleSource
      anonymousOnly
      disputed
      steps {
        kind
        text
        value
        evidenceIds
        source {
          id
          title
        }
      }
    }
    evidence {
      id
      quote
      attribution
      anonymous
      stance
      status
      confidence
      note
      retracted
      retractedAt
      grading {
        code
        reliability
        credibility
      }
      source {
        id
        title
        publisher
        published
        publishedPrecision
        url
        kind
      }
      citedSource {
        id
        title
        publisher
      }
      attributedTo {
        id
        name
      }
    }
    linkedRelations {
      kind
      direction
      relation {
        id
        type
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
}
    fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const RelationEdgeDocument = new TypedDocumentString(`
    query RelationEdge($id: ID!) {
  relation(id: $id) {
    ...RelationWithEnds
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}
fragment RelationWithEnds on Relation {
  ...RelationFields
  from {
    ...ActorFields
  }
  to {
    ...ActorFields
  }
}`) as unknown as TypedDocumentString<RelationEdgeQuery, RelationEdgeQueryVariables>;
export const RelationsAmongDocument = new TypedDocumentString(`
    query RelationsAmong($actorIds: [ID!]!, $filter: RelationFilter) {
  relationsAmong(actorIds: $actorIds, filter: $filter) {
    ...RelationFields
  }
}
    fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<RelationsAmongQuery, RelationsAmongQueryVariables>;
export const SavedAnalysesDocument = new TypedDocumentString(`
    query SavedAnalyses {
  savedAnalyses {
    ...SavedAnalysisFields
  }
}
    fragment SavedAnalysisFields on SavedAnalysis {
  name
  title
  question
  query
  params {
    name
    type
    default
    description
  }
}`) as unknown as TypedDocumentString<SavedAnalysesQuery, SavedAnalysesQueryVariables>;
export const RunSavedAnalysisDocument = new TypedDocumentString(`
    query RunSavedAnalysis($name: String!, $params: JSON) {
  runSavedAnalysis(name: $name, params: $params) {
    ...CypherResultFields
  }
}
    fragment CypherResultFields on CypherResult {
  columns
  rows
  actorIds
  relationIds
  truncated
  elapsedMs
}`) as unknown as TypedDocumentString<RunSavedAnalysisQuery, RunSavedAnalysisQueryVariables>;
export const SaveAnalysisDocument = new TypedDocumentString(`
    mutation SaveAnalysis($name: String!, $title: String!, $question: String!, $query: String!, $params: [SavedAnalysisParamInput!], $replace: Boolean) {
  saveAnalysis(
    name: $name
    title: $title
    question: $question
    query: $query
    params: $params
    replace: $replace
  ) {
    ...SavedAnalysisFields
  }
}
    fragment SavedAnalysisFields on SavedAnalysis {
  name
  title
  question
  query
  params {
    name
    type
    default
    description
  }
}`) as unknown as TypedDocumentString<SaveAnalysisMutation, SaveAnalysisMutationVariables>;
export const SearchActorsDocument = new TypedDocumentString(`
    query SearchActors($search: String!, $first: Int) {
  actors(search: $search, first: $first) {
    edges {
      score
      node {
        ...ActorFields
      }
    }
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}`) as unknown as TypedDocumentString<SearchActorsQuery, SearchActorsQueryVariables>;
export const ShortestPathsDocument = new TypedDocumentString(`
    query ShortestPaths($fromId: ID!, $toId: ID!, $maxDepth: Int, $filter: RelationFilter, $avoidActorIds: [ID!], $avoidTypes: [RelationType!]) {
  shortestPaths(
    fromId: $fromId
    toId: $toId
    maxDepth: $maxDepth
    filter: $filter
    avoidActorIds: $avoidActorIds
    avoidTypes: $avoidTypes
  ) {
    length
    actors {
      ...ActorFields
    }
    relations {
      ...RelationFields
      evidence {
        quote
        attribution
        stance
        status
        source {
          title
          publisher
          published
          publishedPrecision
        }
      }
    }
  }
}
    fragment ActorFields on Actor {
  id
  name
  kind
  country
  aliases
  degree
}
fragment RelationFields on Relation {
  id
  type
  polarity
  intensity
  status
  confidence
  validFrom
  validTo
  datePrecision
  validToPrecision
  isEvent
  evidenceCount
  singleSource
  anonymousOnly
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<ShortestPathsQuery, ShortestPathsQueryVariables>;
export const AnnotationsDocument = new TypedDocumentString(`
    query Annotations($targetId: ID) {
  annotations(targetId: $targetId) {
    ...AnnotationFields
  }
}
    fragment AnnotationFields on Annotation {
  id
  targetId
  targetKind
  text
  author
  createdAt
}`) as unknown as TypedDocumentString<AnnotationsQuery, AnnotationsQueryVariables>;
export const AddAnnotationDocument = new TypedDocumentString(`
    mutation AddAnnotation($input: AddAnnotationInput!) {
  addAnnotation(input: $input) {
    ...AnnotationFields
  }
}
    fragment AnnotationFields on Annotation {
  id
  targetId
  targetKind
  text
  author
  createdAt
}`) as unknown as TypedDocumentString<AddAnnotationMutation, AddAnnotationMutationVariables>;
export const RemoveAnnotationDocument = new TypedDocumentString(`
    mutation RemoveAnnotation($id: ID!) {
  removeAnnotation(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveAnnotationMutation, RemoveAnnotationMutationVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews {
  savedViews {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  state
  layout
  author
  savedAt
}`) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const SaveViewDocument = new TypedDocumentString(`
    mutation SaveView($input: SaveViewInput!) {
  saveView(input: $input) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  state
  layout
  author
  savedAt
}`) as unknown as TypedDocumentString<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteViewDocument = new TypedDocumentString(`
    mutation DeleteView($id: ID!) {
  deleteView(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteViewMutation, DeleteViewMutationVariables>;
export const SearchEvidenceDocument = new TypedDocumentString(`
    query SearchEvidence($text: String!, $first: Int) {
  searchEvidence(text: $text, first: $first) {
    quotes {
      score
      evidence {
        id
        quote
        attribution
        source {
          id
          title
          publisher
        }
        relation {
          id
          type
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
    }
    sources {
      id
      title
      publisher
      published
      publishedPrecision
      evidenceCount
    }
    relations {
      id
      type
      summary
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEvidenceQuery, SearchEvidenceQueryVariables>;