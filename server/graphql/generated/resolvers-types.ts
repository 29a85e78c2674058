import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRecord, RelationRecord, EvidenceRecord, SourceRecord, LinkRecord } from '../../db/records.ts';
import type { RelationDerivation, AssessmentStep as AssessmentStepRecord } from '../../domain/confidence.ts';
import type { InfluenceActor as InfluenceActorResult } from '../../analyses/influence.ts';
import type { AnalysisRelation as AnalysisRelationResult, AnalysisEvidence as AnalysisEvidenceResult } from '../../analyses/analysis-relations.ts';
import type { RelationChange as RelationChangeResult } from '../../analyses/changes.ts';
import type { EvidenceQualityRelation as EvidenceQualityRelationResult } from '../../analyses/evidence-quality.ts';
import type { CypherResult as CypherResultRecord } from '../../cypher-console/run-cypher.ts';
import type { SavedAnalysis as SavedAnalysisRecord } from '../../cypher-console/saved-analysis-file.ts';
import type { SubgraphIds, PathIds, HopIds } from '../resolvers/traversal.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, written YYYY-MM-DD (on output, the first day of its period: see the precision
   * next to it); where the API accepts a date it also takes YYYY or YYYY-MM, which covers every day
   * of that year or month.
   */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: a Cypher parameter map, a row of a Cypher result (an object keyed by column). */
  JSON: { input: unknown; output: unknown; }
};

/** A state, body, group, person or programme that takes part in relations. */
export type Actor = {
  __typename?: 'Actor';
  /** Other names, including metonyms such as a capital standing for its state. */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the actor's country, where it has one. */
  country?: Maybe<Scalars['String']['output']>;
  /** Number of relations (either side, before filters). */
  degree: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. `qassem-soleimani`. */
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  /** Relations in which this actor takes part, either side, oldest first (undated last, then by id). */
  relations: RelationConnection;
  /** Wikidata id (QID) for a stable identity across datasets. */
  wikidata?: Maybe<Scalars['String']['output']>;
};


/** A state, body, group, person or programme that takes part in relations. */
export type ActorRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
  /** Full-text relevance when the list was searched (an exact name or alias ranks first whatever its score), else null. */
  score?: Maybe<Scalars['Float']['output']>;
};

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

/** One actor's score in an analysis overlay. */
export type ActorScore = {
  __typename?: 'ActorScore';
  actorId: Scalars['ID']['output'];
  /** For colouring (e.g. the bloc id). */
  group?: Maybe<Scalars['String']['output']>;
  /** A short text to show next to the actor. */
  label?: Maybe<Scalars['String']['output']>;
  /** For sizing (e.g. PageRank, or the number of flagged relations). */
  value?: Maybe<Scalars['Float']['output']>;
};

export type AddAnnotationInput = {
  /** Who wrote it, at most 100 characters. */
  author: Scalars['String']['input'];
  /** Give an id to make a retry safe: adding the same annotation again returns it unchanged. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The id of an actor or a relation. */
  targetId: Scalars['ID']['input'];
  /** At most 2000 characters. */
  text: Scalars['String']['input'];
};

export type AddRelationInput = {
  /** At least one piece of evidence. */
  evidence: Array<EvidenceInput>;
  /** The acting actor's id. */
  from: Scalars['ID']['input'];
  /** A slug; derived from from, type, to and date when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** From -10 to +10; defaults to the type's intensity. */
  intensity?: InputMaybe<Scalars['Float']['input']>;
  links?: InputMaybe<Array<RelationLinkInput>>;
  /** The id of the place (an actor of kind LOCATION) where an event took place. */
  location?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the type's polarity. */
  polarity?: InputMaybe<Polarity>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The id of the actor acted upon. */
  to: Scalars['ID']['input'];
  type: RelationType;
  when?: InputMaybe<WhenInput>;
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

/** A piece of evidence as the analyses report it: enough to read the claim and weigh it. */
export type AnalysisEvidence = {
  __typename?: 'AnalysisEvidence';
  anonymous: Scalars['Boolean']['output'];
  attribution: Scalars['String']['output'];
  /** The source the quote was relayed from, if any. */
  citedSourceId?: Maybe<Scalars['ID']['output']>;
  confidence: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  relationId: Scalars['ID']['output'];
  retracted: Scalars['Boolean']['output'];
  /** Where the quote was found. */
  sourceId: Scalars['ID']['output'];
  stance: Stance;
  status: EvidenceStatus;
};

/** Any analysis's result in one shape a graph view can draw. */
export type AnalysisOverlay = {
  __typename?: 'AnalysisOverlay';
  actors: Array<ActorScore>;
  name: Scalars['String']['output'];
  /** Relations to highlight (unbalanced triad edges, flipped relations, single-source claims...). */
  relationIds: Array<Scalars['ID']['output']>;
  /** One or two sentences saying what the overlay shows. */
  summary: Scalars['String']['output'];
};

/**
 * Parameters of the analyses (docs/analyses.md). Dates take YYYY, YYYY-MM or YYYY-MM-DD.
 * Every analysis reads the relations that pass the usual filter (asOf or from/to, minConfidence,
 * types); the typed fields refuse a parameter their analysis does not read (BAD_USER_INPUT), while
 * `analysisOverlay` ignores it, so one control panel can drive every overlay.
 */
export type AnalysisParams = {
  /** reach: the actor whose neighbourhood to list (with depth). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The graph as it stood on this date (sign-changes: the history up to it; changes: the year up to it, unless from/to say otherwise). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** CERTAIN (default): as of asOf, what certainly held; POSSIBLE: what may have held (see RelationFilter). */
  asOfCertainty?: InputMaybe<AsOfCertainty>;
  /** changes: which clock to read, WORLD (started, ended), RECORDED (added, retracted, changed) or BOTH (default). */
  clock?: InputMaybe<ChangeClock>;
  /** reach: how many hops (1 to 6; default 2 around actorId, up to 6 between fromId and toId). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Which engine runs the graph algorithms (influence, blocs); default AUTO. */
  engine?: InputMaybe<AnalysisEngine>;
  /** Relations that overlap the window [from, to] (from the first day of `from` to the last of `to`); `changes` reports what happened in it. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** reach: the two ends of the shortest signed paths. */
  fromId?: InputMaybe<Scalars['ID']['input']>;
  /** Include relations whose evidence was all retracted (default false). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most this many rows (actors, triads, pairs, relations, paths) in the result (default 200, at most 5000). */
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Stop the analysis after this many milliseconds (QUERY_TIMEOUT); default and maximum 30000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  toId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A relation as the analyses report it, with its evidence. */
export type AnalysisRelation = {
  __typename?: 'AnalysisRelation';
  confidence: Scalars['Float']['output'];
  /** How much of validFrom is known: YEAR means any day of that year. */
  datePrecision?: Maybe<DatePrecision>;
  evidence: Array<AnalysisEvidence>;
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  polarity: Polarity;
  /** The full relation, for fields the analysis does not copy. */
  relation?: Maybe<Relation>;
  /** +1 cooperative, -1 hostile, 0 neutral. */
  sign: Scalars['Int']['output'];
  status: RelationStatus;
  toId: Scalars['ID']['output'];
  type: RelationType;
  /** An event's date, or the start of an interval: the first day of its period (see datePrecision). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** When an interval stopped holding: the first day of its period (see validToPrecision). */
  validTo?: Maybe<Scalars['Date']['output']>;
  validToPrecision?: Maybe<DatePrecision>;
};

/** A note an analyst left on an actor or a relation, with who wrote it and when. */
export type Annotation = {
  __typename?: 'Annotation';
  author: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The id of the actor or relation it is about. */
  targetId: Scalars['ID']['output'];
  targetKind: AnnotationTargetKind;
  text: Scalars['String']['output'];
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
  date?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The article's text (at most 100,000 characters); names the source when there is no title. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
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

/** One step of a relation's assessment. */
export type AssessmentStep = {
  __typename?: 'AssessmentStep';
  /** The evidence items the step is about. */
  evidenceIds: Array<Scalars['ID']['output']>;
  kind: AssessmentStepKind;
  /** The source the step is about; null for the steps that combine sources. */
  source?: Maybe<Source>;
  /** The step in words. */
  text: Scalars['String']['output'];
  /** The confidence the step arrives at, from 0 to 1; null where it sets none. */
  value?: Maybe<Scalars['Float']['output']>;
};

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

export type BalanceResult = {
  __typename?: 'BalanceResult';
  /** Balanced triads over all triads (null when there is none). */
  balanceRatio?: Maybe<Scalars['Float']['output']>;
  balanced: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** Unbalanced triads first. */
  triads: Array<Triad>;
  unbalanced: Scalars['Int']['output'];
};

export type Bloc = {
  __typename?: 'Bloc';
  actorIds: Array<Scalars['ID']['output']>;
  /** bloc-1 is the largest. */
  id: Scalars['String']['output'];
  /** Its leading members (most cooperative ties inside the bloc first), after whom the overlay names it. */
  leaderIds: Array<Scalars['ID']['output']>;
  /** Cooperative relations inside the bloc. */
  relationIds: Array<Scalars['ID']['output']>;
  size: Scalars['Int']['output'];
};

export type BlocMember = {
  __typename?: 'BlocMember';
  bloc: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type BlocsResult = {
  __typename?: 'BlocsResult';
  actors: Array<BlocMember>;
  blocs: Array<Bloc>;
  engine: Scalars['String']['output'];
  /** Hostile relations between actors of different blocs. */
  hostileRelationIds: Array<Scalars['ID']['output']>;
  /** Modularity of the partition over the cooperative graph (null when it has no edges). */
  modularity?: Maybe<Scalars['Float']['output']>;
};

/** The clock `changes` reads: the world's dates, the record's, or both. */
export type ChangeClock =
  | 'BOTH'
  /** When the graph learnt them: added, retracted, changed. */
  | 'RECORDED'
  /** When relations started or ended in the world. */
  | 'WORLD';

export type ChangeKind =
  /** The relation was first recorded in the graph in the window. */
  | 'ADDED'
  /** A relation recorded before the window gained or lost evidence in it. */
  | 'CHANGED'
  /** The state of affairs stopped holding in the window (validTo). */
  | 'ENDED'
  /** The relation's last live evidence was retracted in the window. */
  | 'RETRACTED'
  /** The event happened or the state of affairs began in the window (validFrom). */
  | 'STARTED';

export type ChangesResult = {
  __typename?: 'ChangesResult';
  /** In date order. */
  changes: Array<RelationChange>;
  /** The clock read (the `clock` parameter; BOTH when not given). */
  clock: ChangeClock;
};

export type CreateActorInput = {
  /** Other names, including metonyms ("Washington"). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2 code, e.g. `PK`. */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug: lower-case letters and digits joined by hyphens. Derived from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ActorKind;
  name: Scalars['String']['input'];
  /** Wikidata id, e.g. `Q843`. */
  wikidata?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSourceInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  /** Ids of sources this one relays (a report citing a leaked letter). */
  cites?: InputMaybe<Array<Scalars['ID']['input']>>;
  dateline?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug: lower-case letters and digits joined by hyphens. */
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SourceKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  /** When it was published, to the precision known (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: InputMaybe<Scalars['Date']['input']>;
  publisher: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The answer of a read-only Cypher query (ad hoc or saved). Values are plain JSON: a node is shown
 * as `{ "id", "name", "labels" }`, a relationship as `{ "id", "type", "from", "to" }`, dates as ISO
 * strings, integers as numbers.
 */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** Ids of the actors that the result touches (as nodes or as id values of Actor nodes returned). */
  actorIds: Array<Scalars['ID']['output']>;
  /** The columns, in the order the query returns them. */
  columns: Array<Scalars['String']['output']>;
  /** Milliseconds the database took. */
  elapsedMs: Scalars['Int']['output'];
  /** Ids of the relations (Relation claim nodes or RELATES edges) that the result touches. */
  relationIds: Array<Scalars['ID']['output']>;
  /** One object per row, keyed by column. */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the row limit (ACTORGRAPH_CYPHER_MAX_ROWS) cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** How precisely a date is known: an article's "two years ago" is known to the YEAR. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/**
 * What the extractor proposes from one article: the same fields as `npm run extract` prints. Nothing
 * of it is in the graph until a reviewed draft is loaded with `loadDraft`.
 */
export type Draft = {
  __typename?: 'Draft';
  actors: Array<DraftActor>;
  relations: Array<DraftRelation>;
};

/** An actor the extractor found in the article, for a person to accept, edit, link or reject. */
export type DraftActor = {
  __typename?: 'DraftActor';
  /** Other names the article uses for it ("Washington", "IRGC"). */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2, when the actor belongs to a country. */
  country?: Maybe<Scalars['String']['output']>;
  /** True when the actor was resolved to one already in the graph. */
  existing: Scalars['Boolean']['output'];
  /** The id of the actor in the graph when `existing`, otherwise a new slug proposed for it. */
  id: Scalars['ID']['output'];
  kind: ActorKind;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
};

/** A reviewed draft actor: the fields of `DraftActor`; mentions may be left out. */
export type DraftActorInput = {
  aliases: Array<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  existing: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  kind: ActorKind;
  mentions?: InputMaybe<Array<MentionInput>>;
  name: Scalars['String']['input'];
};

/** The actors and relations a reviewer accepted, as edited. */
export type DraftInput = {
  actors: Array<DraftActorInput>;
  relations: Array<DraftRelationInput>;
};

/** A claim the extractor found: who did what to whom, with its one quote and who asserts it. */
export type DraftRelation = {
  __typename?: 'DraftRelation';
  /** Who asserts the claim according to the article ("intelligence sources", the publisher). */
  attribution: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  /** The date of the event or the start of the state of affairs, as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['Date']['output']>;
  datePrecision?: Maybe<DatePrecision>;
  end: Scalars['Int']['output'];
  /** Draft actor ids. */
  from: Scalars['ID']['output'];
  polarity: Polarity;
  /** The verbatim sentence or clause that carries the claim: `text.slice(start, end)`. */
  quote: Scalars['String']['output'];
  stance: Stance;
  start: Scalars['Int']['output'];
  status: EvidenceStatus;
  to: Scalars['ID']['output'];
  type: RelationType;
};

/** A reviewed draft relation: the fields of `DraftRelation`. */
export type DraftRelationInput = {
  attribution: Scalars['String']['input'];
  confidence: Scalars['Float']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  datePrecision?: InputMaybe<DatePrecision>;
  end: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  polarity: Polarity;
  quote: Scalars['String']['input'];
  stance: Stance;
  start: Scalars['Int']['input'];
  status: EvidenceStatus;
  to: Scalars['ID']['input'];
  type: RelationType;
};

/** One source's word on one relation: the verbatim quote and who says it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** True when the claim rests on unnamed sources. */
  anonymous: Scalars['Boolean']['output'];
  /** The actor the claim is attributed to, when it is one in the graph. */
  attributedTo?: Maybe<Actor>;
  /** Who asserts the claim according to the source ("Asian Lite, citing intelligence sources"). */
  attribution: Scalars['String']['output'];
  /** The source the quote was relayed from, when the source cites another. */
  citedSource?: Maybe<Source>;
  confidence: Scalars['Float']['output'];
  grading?: Maybe<Grading>;
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The verbatim quote from the source that supports (or disputes) the relation; for CODED evidence, the coder's own description of the event. */
  quote: Scalars['String']['output'];
  relation: Relation;
  retracted: Scalars['Boolean']['output'];
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the evidence was retracted, when the curator said. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** Where the quote was found. */
  source: Source;
  stance: Stance;
  status: EvidenceStatus;
};

export type EvidenceFlag =
  /** Every live piece of supporting evidence is attributed to unnamed sources. */
  | 'ANONYMOUS_ONLY'
  /** A live denial stands against a live assertion (status DISPUTED, the one rule of the relation's assessment). */
  | 'DISPUTED'
  /** One independent source (copies of one story, and a source relaying another, count once). */
  | 'SINGLE_SOURCE'
  /** No live piece of evidence supports the claim: it is only denied. */
  | 'UNSUPPORTED';

export type EvidenceInput = {
  /** True when the claim rests on unnamed sources (default false). */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** The id of the actor the claim is attributed to, when it is one in the graph. */
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Who asserts the claim according to the source, as the source gives it. */
  attribution: Scalars['String']['input'];
  /** The id of the source the quote was relayed from. */
  citedSource?: InputMaybe<Scalars['ID']['input']>;
  /** From 0 to 1. */
  confidence: Scalars['Float']['input'];
  grading?: InputMaybe<GradingInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The verbatim quote, at most 2000 characters. */
  quote: Scalars['String']['input'];
  /** The id of the source the quote was found in. */
  source: Scalars['ID']['input'];
  /** Default ASSERTS. */
  stance?: InputMaybe<Stance>;
  status: EvidenceStatus;
};

/**
 * QUOTED: a verbatim quote from the source. CODED: a record an event coder made from its sources
 * (GDELT, ACLED), with no quote of its own; its attribution names the coder.
 */
export type EvidenceKind =
  | 'CODED'
  | 'QUOTED';

export type EvidenceQualityCounts = {
  __typename?: 'EvidenceQualityCounts';
  anonymousOnly: Scalars['Int']['output'];
  /** Relations backed by two or more independent sources (copies of one story counted once). */
  corroborated: Scalars['Int']['output'];
  disputed: Scalars['Int']['output'];
  /** Relations examined. */
  relations: Scalars['Int']['output'];
  singleSource: Scalars['Int']['output'];
};

export type EvidenceQualityRelation = {
  __typename?: 'EvidenceQualityRelation';
  confidence: Scalars['Float']['output'];
  evidence: Array<AnalysisEvidence>;
  flags: Array<EvidenceFlag>;
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  independentSources: Scalars['Int']['output'];
  /** The sources each live supporting piece of evidence originates from (relayed source, else where found). */
  originSourceIds: Array<Scalars['ID']['output']>;
  status: RelationStatus;
  toId: Scalars['ID']['output'];
  type: RelationType;
};

export type EvidenceQualityResult = {
  __typename?: 'EvidenceQualityResult';
  counts: EvidenceQualityCounts;
  /** Every relation with at least one flag. */
  relations: Array<EvidenceQualityRelation>;
};

/** What a search over the words of the evidence and its sources found. */
export type EvidenceSearch = {
  __typename?: 'EvidenceSearch';
  /** Evidence by its quote or attribution, best first; `evidence.relation` is the claim it backs. */
  quotes: Array<QuoteHit>;
  /** Relations by the words of their summary, best first. */
  relations: Array<Relation>;
  /** Sources by title, publisher or author, best first. */
  sources: Array<Source>;
};

/** The epistemic status of a piece of evidence, as its source presents it. */
export type EvidenceStatus =
  | 'ALLEGED'
  | 'CONFIRMED'
  | 'DENIED'
  | 'REPORTED';

/** One file of an export: its usual name and its whole text. */
export type ExportFile = {
  __typename?: 'ExportFile';
  content: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

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

/** Admiralty code: source reliability A-F and information credibility 1-6. */
export type Grading = {
  __typename?: 'Grading';
  /** The two together, e.g. `B2`. */
  code: Scalars['String']['output'];
  credibility: Scalars['Int']['output'];
  reliability: Scalars['String']['output'];
};

/** Admiralty code: reliability A-F, credibility 1-6. */
export type GradingInput = {
  credibility: Scalars['Int']['input'];
  reliability: Scalars['String']['input'];
};

export type HopDirection =
  | 'BACKWARD'
  | 'FORWARD';

export type InfluenceActor = {
  __typename?: 'InfluenceActor';
  actor?: Maybe<Actor>;
  /** Shortest paths between other actors that pass through this one (undirected, unnormalised; estimated above 2,000 actors, see InfluenceResult.betweennessSources). */
  betweenness: Scalars['Float']['output'];
  byPolarity: PolarityCounts;
  /** Relations (either side) that pass the filter. */
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  inDegree: Scalars['Int']['output'];
  outDegree: Scalars['Int']['output'];
  /** PageRank over who acts on whom (damping 0.85, unnormalised: an actor nobody acts on scores 0.15). */
  pagerank: Scalars['Float']['output'];
};

export type InfluenceResult = {
  __typename?: 'InfluenceResult';
  /** Actors with at least one relation in the filter (the list may be cut at the limit). */
  actorCount: Scalars['Int']['output'];
  /** Highest PageRank first. */
  actors: Array<InfluenceActor>;
  /** Source actors betweenness was computed from: every actor (exact), or a seeded uniform sample of 500 on graphs above 2,000 actors (an estimate scaled to the whole graph). */
  betweennessSources: Scalars['Int']['output'];
  /** GDS or BUILTIN: which engine computed PageRank and betweenness. */
  engine: Scalars['String']['output'];
};

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

/** What `loadDraft` loaded: the counts of the knowledge file it made, and the ids it created or matched. */
export type LoadDraftResult = {
  __typename?: 'LoadDraftResult';
  actorIds: Array<Scalars['ID']['output']>;
  actors: Scalars['Int']['output'];
  evidence: Scalars['Int']['output'];
  relationIds: Array<Scalars['ID']['output']>;
  relations: Scalars['Int']['output'];
  sourceId: Scalars['ID']['output'];
  sources: Scalars['Int']['output'];
};

/**
 * One place in the article's text: UTF-16 code-unit offsets (what JavaScript's `slice(start, end)`
 * takes), so `text.slice(start, end)` is `text`.
 */
export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MentionInput = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a note to an actor or relation (editor). A target that is no actor or relation is BAD_USER_INPUT and writes nothing. */
  addAnnotation: Annotation;
  /**
   * Adds a piece of evidence to a relation, re-derives the relation's status and confidence, and
   * returns the evidence (its `relation` shows the new standing).
   */
  addEvidence: Evidence;
  /**
   * Adds a relation with its evidence (at least one piece) and its links to other relations, and
   * returns it with the status and confidence derived from that evidence.
   */
  addRelation: Relation;
  /** Creates an actor and returns it. */
  createActor: Actor;
  /** Creates a source (an article, report, statement...) that evidence can then cite, and returns it. */
  createSource: Source;
  /** Deletes a saved view (editor); false when there was none with this id. */
  deleteView: Scalars['Boolean']['output'];
  /**
   * Loads a reviewed draft through the same path as `npm run ingest`: it becomes an actorgraph/v1
   * knowledge file (one source for the article, the draft's actors, one relation per draft relation
   * with its quote as evidence; ids derived from the content) and is validated and loaded in one
   * transaction. Loading the same draft again changes nothing. Invalid input is BAD_USER_INPUT with
   * the field (`draft.relations[1].from`) and writes nothing. Needs an editor token.
   */
  loadDraft: LoadDraftResult;
  /**
   * Merges two records of the same actor: every relation (either side), every location of an event
   * and every attribution of evidence moves from `mergeId` to `keepId`; the merged actor's name and
   * aliases become aliases of the kept one, which also takes the country, description and Wikidata
   * id it lacks; then `mergeId` is deleted. A relation between the two becomes one of the kept actor
   * with itself (kept, like every claim, for the record). Returns the kept actor.
   */
  mergeActors: Actor;
  /** Deletes an annotation (editor); false when there was none with this id. */
  removeAnnotation: Scalars['Boolean']['output'];
  /**
   * Marks evidence as retracted (it stays on record, with the time and the reason) and re-derives its
   * relation: a relation whose evidence is all retracted gets the status RETRACTED. Returns the
   * evidence; retracting it again changes nothing.
   */
  retractEvidence: Evidence;
  /**
   * Saves a read-only query as a named analysis (a .cypher file with its header) in the folder of
   * saved analyses. Needs an editor token. The query is checked like `cypher` before it is saved;
   * a name already taken is replaced only with `replace: true`.
   */
  saveAnalysis: SavedAnalysis;
  /** Saves the view under its name, replacing one of the same name (editor). */
  saveView: SavedView;
  /** Changes the fields given (null clears an optional field) and returns the actor. */
  updateActor: Actor;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationAddAnnotationArgs = {
  input: AddAnnotationInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationAddEvidenceArgs = {
  input: EvidenceInput;
  relationId: Scalars['ID']['input'];
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationAddRelationArgs = {
  input: AddRelationInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationLoadDraftArgs = {
  article: ArticleInput;
  draft: DraftInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationMergeActorsArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationRemoveAnnotationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationRetractEvidenceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationSaveAnalysisArgs = {
  name: Scalars['String']['input'];
  params?: InputMaybe<Array<SavedAnalysisParamInput>>;
  query: Scalars['String']['input'];
  question: Scalars['String']['input'];
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


/**
 * Curation of the graph. Every mutation needs a token, sent as `Authorization: Bearer <token>`
 * (tokens and their roles come from ACTORGRAPH_TOKENS): without one, or with an unknown one, it
 * fails with UNAUTHENTICATED; with a role that may not do it, with FORBIDDEN. The role editor (or
 * admin) may create and update actors and sources, add relations and evidence, and retract
 * evidence; only admin may merge actors, because a merge deletes an actor.
 *
 * Each mutation runs in one transaction: invalid input (BAD_USER_INPUT, with the field in
 * `extensions.field` and every problem in `extensions.problems`) or an id that refers to nothing
 * (ACTOR_NOT_FOUND, RELATION_NOT_FOUND, EVIDENCE_NOT_FOUND, SOURCE_NOT_FOUND) writes nothing.
 * Input fields are those of the knowledge file format (docs/data-model.md).
 */
export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
};

/**
 * Where a page of a connection stands. Connections page by keyset: a cursor holds the position of
 * an item in the list's order (which ends with the id), so `after: endCursor` continues after that
 * item even when items were added or retracted before it in between; it never repeats or skips one.
 * A cursor belongs to one list's order (actors, actor search, relations, sources): given to another
 * list it is refused. `first` is 50 by default, at most 500; `first: 0` reads where a cursor stands.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /**
   * The position after the last item of this page; on a page with no items (`first: 0`, or read past
   * the end) the position the page was asked for, so it is never a dead end.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when at least one item follows the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A chain of relations linking two actors; each hop carries its relation and evidence. */
export type Path = {
  __typename?: 'Path';
  /** From the first actor to the last, one more than the relations. */
  actors: Array<Actor>;
  /** Each hop with both of its actors, its relation and the way the relation points along the path. */
  hops: Array<PathHop>;
  length: Scalars['Int']['output'];
  /** The relation of each hop, in order. */
  relations: Array<Relation>;
};

/** One step of a path: from one actor to the next through one relation. */
export type PathHop = {
  __typename?: 'PathHop';
  /** FORWARD when the relation points from `from` to `to`, BACKWARD when the path walks it against its direction. */
  direction: HopDirection;
  from: Actor;
  relation: Relation;
  to: Actor;
};

/** The sign of a relation: cooperative (+), hostile (-) or neutral (structural, requests). */
export type Polarity =
  | 'COOPERATIVE'
  | 'HOSTILE'
  | 'NEUTRAL';

export type PolarityCounts = {
  __typename?: 'PolarityCounts';
  cooperative: Scalars['Int']['output'];
  hostile: Scalars['Int']['output'];
  neutral: Scalars['Int']['output'];
};

/** Quad class of event data; STRUCTURAL for relations that are not events. */
export type QuadClass =
  | 'MATERIAL_CONFLICT'
  | 'MATERIAL_COOPERATION'
  | 'STRUCTURAL'
  | 'VERBAL_CONFLICT'
  | 'VERBAL_COOPERATION';

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /**
   * Actors by name or alias, or all actors by name. A search folds accents, case, possessives and
   * punctuation on both sides ("Soleimānī" and "soleimani" alike, "Pompeo's" finds Pompeo); every
   * word must match, exactly, as a prefix or with one typo, and words such as "of" and "the" are
   * left out. An actor whose whole name or an alias equals the search text comes first, then the
   * rest by full-text relevance (then name, id). Relevance depends on every name in the index, so
   * an actor added between two page reads may move others; exact matches and names never do.
   */
  actors: ActorConnection;
  /** Any analysis by its command-line name (influence, blocs, balance, ...) as an overlay for the graph view. */
  analysisOverlay: AnalysisOverlay;
  /** The annotations of one actor or relation, or all of them (for export) without `targetId`; oldest first. */
  annotations: Array<Annotation>;
  balance: BalanceResult;
  blocs: BlocsResult;
  changes: ChangesResult;
  /**
   * Runs one read-only Cypher query. Needs a token of any role unless ACTORGRAPH_OPEN_CYPHER=true.
   * A write, a procedure outside the allowlist or LOAD CSV is refused before it runs
   * (CYPHER_NOT_READ_ONLY); a syntax error comes back with Neo4j's message and position
   * (CYPHER_SYNTAX_ERROR).
   */
  cypher: CypherResult;
  evidenceQuality: EvidenceQualityResult;
  /**
   * The graph as files for other tools, the same as `npm run export`: every actor and the relations
   * the filter keeps (retracted ones only with `includeRetracted`), or, when the filter narrows the
   * relations, those and the actors they tie; every property travels. One file for GRAPHML, GEXF and
   * CYJS, four for CSV. At most 20,000,000 characters in all (QUERY_TOO_COMPLEX with
   * `extensions.limit: "exportCharacters"` beyond: export a narrower filter or use the command line).
   * A bad filter is BAD_USER_INPUT, as in `relations`.
   */
  export: Array<ExportFile>;
  /**
   * Extracts a reviewable draft of actors, relations and evidence from an article's text (at most
   * 100,000 characters); relative dates ("last month") are resolved against `date` (YYYY-MM-DD).
   * Writes nothing. Needs an editor token (UNAUTHENTICATED or FORBIDDEN otherwise); an empty or
   * over-long text or a date that is not a day is BAD_USER_INPUT.
   */
  extractDraft: Draft;
  influence: InfluenceResult;
  /** The actors within `depth` hops of an actor (default 1, at most 4) and the relations among them. */
  neighborhood: Subgraph;
  reach: ReachResult;
  relation?: Maybe<Relation>;
  /** Relations that pass the filter, oldest first (undated last, then by id). */
  relations: RelationConnection;
  /**
   * The relations that pass the filter between any two of the given actors (at most 1000): what a
   * client needs to join up actors it fetched separately.
   */
  relationsAmong: Array<Relation>;
  /** Runs a saved analysis by name, with its defaults for parameters not given (SAVED_ANALYSIS_NOT_FOUND when none has that name). */
  runSavedAnalysis: CypherResult;
  /** The saved analyses, by name. */
  savedAnalyses: Array<SavedAnalysis>;
  /** Every saved view, by name. */
  savedViews: Array<SavedView>;
  /**
   * Full-text search over quotes, attributions, sources and relation summaries, folded like actor search (accents, case,
   * a prefix or one typo per word). At most `first` (default 10, at most 50) of each kind.
   */
  searchEvidence: EvidenceSearch;
  /** The shortest chains of relations between two actors, either direction (maxDepth default 4, at most 6). */
  shortestPaths: Array<Path>;
  signChanges: SignChangesResult;
  /** Sources, newest first (undated last, then by id). */
  sources: SourceConnection;
  /**
   * Relations starting and ending over time, oldest first; for one actor (either side) or all.
   * With a window (`filter.from`/`filter.to`) only the starts and ends inside it are listed.
   */
  timeline: Array<TimelineEvent>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAnalysisOverlayArgs = {
  name: Scalars['String']['input'];
  params?: InputMaybe<AnalysisParams>;
};


export type QueryAnnotationsArgs = {
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBalanceArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryBlocsArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryChangesArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryCypherArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


export type QueryEvidenceQualityArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryExportArgs = {
  filter?: InputMaybe<RelationFilter>;
  format: ExportFormat;
};


export type QueryExtractDraftArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInfluenceArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryNeighborhoodArgs = {
  actorId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
};


export type QueryReachArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationsAmongArgs = {
  actorIds: Array<Scalars['ID']['input']>;
  filter?: InputMaybe<RelationFilter>;
};


export type QueryRunSavedAnalysisArgs = {
  name: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type QuerySearchEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryShortestPathsArgs = {
  avoidActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  avoidTypes?: InputMaybe<Array<RelationType>>;
  filter?: InputMaybe<RelationFilter>;
  fromId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QuerySignChangesArgs = {
  params?: InputMaybe<AnalysisParams>;
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimelineArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<RelationFilter>;
};

/** A piece of evidence whose quote or attribution matched a search. */
export type QuoteHit = {
  __typename?: 'QuoteHit';
  evidence: Evidence;
  score: Scalars['Float']['output'];
};

export type ReachActor = {
  __typename?: 'ReachActor';
  /** Hops from actorId. */
  distance: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
};

export type ReachResult = {
  __typename?: 'ReachResult';
  /** Actors within depth hops of actorId, nearest first (empty when not asked). */
  actors: Array<ReachActor>;
  /** Shortest paths between fromId and toId (empty when not asked or none). */
  paths: Array<SignedPath>;
};

/** A claim that one actor stands in a relation to another, with the evidence for it. */
export type Relation = {
  __typename?: 'Relation';
  /** True when every live item that supports the claim rests on unnamed sources. */
  anonymousOnly: Scalars['Boolean']['output'];
  /** How status and confidence were derived from the evidence, step by step (the rule of `RelationAssessment`). */
  assessment: RelationAssessment;
  /** Combined confidence of the live evidence, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The words the source used for the date ("two years ago"). */
  dateAsWritten?: Maybe<Scalars['String']['output']>;
  datePrecision?: Maybe<DatePrecision>;
  /** Every piece of evidence, from every source, including those that deny the claim. */
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  from: Actor;
  id: Scalars['ID']['output'];
  /** How many independent sources back the relation: its live supporting evidence, with copies of one story (the same URL, publisher and title, or a source relaying or citing another) counted once. */
  independentSources: Scalars['Int']['output'];
  /** Goldstein-like score from -10 (most hostile) to +10 (most cooperative). */
  intensity: Scalars['Float']['output'];
  /** True for events (a point in time), false for states of affairs (an interval). */
  isEvent: Scalars['Boolean']['output'];
  linkedRelations: Array<RelationLink>;
  /** Where an event took place, when the source says. */
  location?: Maybe<Actor>;
  /** How the relation holds: tacit, covert, public, presupposed, ... */
  mode?: Maybe<Scalars['String']['output']>;
  polarity: Polarity;
  quad: QuadClass;
  /** True when exactly one source supports the claim (items of one source count once). */
  singleSource: Scalars['Boolean']['output'];
  status: RelationStatus;
  summary?: Maybe<Scalars['String']['output']>;
  to: Actor;
  type: RelationType;
  /** An event's date, or the start of an interval. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** When an interval stopped holding; null while it holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  validToPrecision?: Maybe<DatePrecision>;
};

/**
 * How a relation's status and confidence follow from its live evidence, by the one rule of
 * server/domain/confidence.ts: items are grouped by the source they were found in and each source
 * counts once, with its strongest assertion; a hedge from the same source can only lower it, and a
 * hedge never adds confidence; asserting sources combine by noisy-or; the strongest denial discounts
 * the result. DISPUTED means a live denial stands against a live assertion.
 */
export type RelationAssessment = {
  __typename?: 'RelationAssessment';
  anonymousOnly: Scalars['Boolean']['output'];
  confidence: Scalars['Float']['output'];
  /** True when a live denial stands against a live assertion (status DISPUTED). */
  disputed: Scalars['Boolean']['output'];
  singleSource: Scalars['Boolean']['output'];
  status: RelationStatus;
  /** Every step of the derivation, in order, each with the items and source it is about. */
  steps: Array<AssessmentStep>;
  /** Sources whose live items assert or hedge the claim. */
  supportingSources: Scalars['Int']['output'];
};

export type RelationChange = {
  __typename?: 'RelationChange';
  /** The first day of the date's period (see datePrecision). */
  date: Scalars['Date']['output'];
  /** How much of date is known: the relation's own for STARTED and ENDED, DAY for changes of the record. */
  datePrecision: DatePrecision;
  /** Evidence added or retracted in the window (ADDED, RETRACTED, CHANGED). */
  evidenceIds: Array<Scalars['ID']['output']>;
  fromId: Scalars['ID']['output'];
  kind: ChangeKind;
  polarity: Polarity;
  relationId: Scalars['ID']['output'];
  toId: Scalars['ID']['output'];
  type: RelationType;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/**
 * Narrows relations. All given conditions must hold. Dates take YYYY, YYYY-MM or YYYY-MM-DD, and a
 * partial date covers its whole period (`2019` is any day from 2019-01-01 to 2019-12-31).
 */
export type RelationFilter = {
  /**
   * The graph as it stood on this date: relations that certainly held then (see asOfCertainty).
   * A partial date asks about any day of its period: `asOf: "2019"` is what held at some time in 2019.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** CERTAIN (default) or POSSIBLE: how asOf reads relations whose dates are partial. */
  asOfCertainty?: InputMaybe<AsOfCertainty>;
  /**
   * Relations that may fall in the window [from, to], which runs from the first day of `from` to the
   * last day of `to` (`to: "2019"` is up to 2019-12-31): events whose date overlaps it, intervals not
   * ended before `from` nor begun after `to`. Either end may be left open. `from` may not begin
   * after `to` ends; `from: "2019-05-10", to: "2019-05"` is a window of 22 days.
   */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Include relations whose evidence was all retracted (default false). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Array<Polarity>>;
  /** Only relations backed by (or relayed from) one of these sources. */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<RelationStatus>>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A tie between two relations ("tacit support IN_EXCHANGE_FOR resumed training"). */
export type RelationLink = {
  __typename?: 'RelationLink';
  /** OUTGOING when this relation is the subject of the link. */
  direction: LinkDirection;
  kind: LinkKind;
  relation: Relation;
};

/** Ties the new relation to an existing one (this relation IN_EXCHANGE_FOR that one). */
export type RelationLinkInput = {
  kind: LinkKind;
  /** The id of the other relation. */
  relation: Scalars['ID']['input'];
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
  author?: InputMaybe<Scalars['String']['input']>;
  /** Positions and zoom (see SavedView.layout), at most 500,000 characters as JSON. */
  layout?: InputMaybe<Scalars['JSON']['input']>;
  /** At most 100 characters; its slug is the view's id. */
  name: Scalars['String']['input'];
  /** The view state as a URL query string, at most 8000 characters. */
  state: Scalars['String']['input'];
};

/** A .cypher file in the folder of saved analyses (ACTORGRAPH_SAVED_ANALYSES, default cypher/analyses/saved/). */
export type SavedAnalysis = {
  __typename?: 'SavedAnalysis';
  /** The file name without .cypher: how it is run. */
  name: Scalars['ID']['output'];
  params: Array<SavedAnalysisParam>;
  /** The Cypher text, header included. */
  query: Scalars['String']['output'];
  question: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A parameter of a saved analysis, from its header (`// param: NAME TYPE [= JSON] [-- description]`). */
export type SavedAnalysisParam = {
  __typename?: 'SavedAnalysisParam';
  /** The default value, when the header gives one (then the parameter is optional). */
  default?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** One of String, Integer, Float, Boolean, Date, List<String>. */
  type: Scalars['String']['output'];
};

export type SavedAnalysisParamInput = {
  default?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type: Scalars['String']['input'];
};

/**
 * A view of the graph saved under a name, for colleagues to open: the browser's view state as its
 * URL carries it, and where the actors were drawn.
 */
export type SavedView = {
  __typename?: 'SavedView';
  author?: Maybe<Scalars['String']['output']>;
  /** The name as a slug: saving under the same name again replaces the view. */
  id: Scalars['ID']['output'];
  /** Positions of the actors and the zoom and pan, when the browser sent them: `{zoom, pan: {x, y}, positions: {id: {x, y}}}`. */
  layout?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  savedAt: Scalars['DateTime']['output'];
  /** The view state as a URL query string (filters, date, focus, expanded, hidden, pinned actors...). */
  state: Scalars['String']['output'];
};

export type SignChange = {
  __typename?: 'SignChange';
  after: Array<AnalysisRelation>;
  before: Array<AnalysisRelation>;
  /** When the new polarity starts: the date of the first relation after the flip (first day of its period). */
  date: Scalars['Date']['output'];
  /** How much of date is known: the coarsest precision among the relations after the flip. */
  datePrecision: DatePrecision;
  from: Polarity;
  to: Polarity;
};

export type SignChangePair = {
  __typename?: 'SignChangePair';
  /** The two actors, a before b alphabetically. */
  a: Scalars['ID']['output'];
  b: Scalars['ID']['output'];
  changes: Array<SignChange>;
};

export type SignChangesResult = {
  __typename?: 'SignChangesResult';
  pairs: Array<SignChangePair>;
};

export type SignedPath = {
  __typename?: 'SignedPath';
  /** Actor ids from fromId to toId. */
  actors: Array<Scalars['ID']['output']>;
  length: Scalars['Int']['output'];
  /** Per hop, the relations between the two actors that pass the filter. */
  relationIds: Array<Array<Scalars['ID']['output']>>;
  /** Product of the hop signs: +1 (friend of a friend, enemy of an enemy), -1, or 0 (a neutral hop). */
  sign: Scalars['Int']['output'];
  /** Per hop: the pair's sign as +, - or 0. */
  signs: Scalars['String']['output'];
};

/** An article, report, statement or post that evidence comes from. */
export type Source = {
  __typename?: 'Source';
  author?: Maybe<Scalars['String']['output']>;
  /** Sources this one relays (a report citing a leaked letter). */
  cites: Array<Source>;
  dateline?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidenceCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: SourceKind;
  language?: Maybe<Scalars['String']['output']>;
  published?: Maybe<Scalars['Date']['output']>;
  publishedPrecision?: Maybe<DatePrecision>;
  publisher: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
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

export type Subgraph = {
  __typename?: 'Subgraph';
  actors: Array<Actor>;
  relations: Array<Relation>;
};

export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  date: Scalars['Date']['output'];
  datePrecision: DatePrecision;
  /** STARTED when a relation begins (or an event happens), ENDED when an interval stops. */
  kind: TimelineEventKind;
  relation: Relation;
};

export type TimelineEventKind =
  | 'ENDED'
  | 'STARTED';

export type Triad = {
  __typename?: 'Triad';
  /** Three actor ids in alphabetical order [a, b, c]. */
  actors: Array<Scalars['ID']['output']>;
  balanced: Scalars['Boolean']['output'];
  /** The pairs a-b, a-c, b-c. */
  relations: Array<TriadEdge>;
  /** Signs of the pairs a-b, a-c, b-c, e.g. `+-+`. */
  signs: Scalars['String']['output'];
};

/** One side of a triad: the pair's sign and the relations it comes from. */
export type TriadEdge = {
  __typename?: 'TriadEdge';
  a: Scalars['ID']['output'];
  b: Scalars['ID']['output'];
  relationIds: Array<Scalars['ID']['output']>;
  /** The relations behind the sign with their evidence (given for unbalanced triads). */
  relations: Array<AnalysisRelation>;
  sign: Scalars['Int']['output'];
};

/** The fields to change; a field left out stays as it is, null clears an optional field. */
export type UpdateActorInput = {
  /** Replaces the list of aliases (null or [] clears it). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  wikidata?: InputMaybe<Scalars['String']['input']>;
};

/** An event has a date; a state of affairs has an interval (from, to), either end may be open. */
export type WhenInput = {
  /** The words the source used ("two years ago"). */
  asWritten?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecord>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActorEdge']>, nodes: Array<ResolversTypes['Actor']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  ActorScore: ResolverTypeWrapper<ActorScore>;
  AddAnnotationInput: AddAnnotationInput;
  AddRelationInput: AddRelationInput;
  AnalysisEngine: AnalysisEngine;
  AnalysisEvidence: ResolverTypeWrapper<AnalysisEvidenceResult>;
  AnalysisOverlay: ResolverTypeWrapper<AnalysisOverlay>;
  AnalysisParams: AnalysisParams;
  AnalysisRelation: ResolverTypeWrapper<AnalysisRelationResult>;
  Annotation: ResolverTypeWrapper<Annotation>;
  AnnotationTargetKind: AnnotationTargetKind;
  ArticleInput: ArticleInput;
  AsOfCertainty: AsOfCertainty;
  AssessmentStep: ResolverTypeWrapper<AssessmentStepRecord>;
  AssessmentStepKind: AssessmentStepKind;
  BalanceResult: ResolverTypeWrapper<Omit<BalanceResult, 'triads'> & { triads: Array<ResolversTypes['Triad']> }>;
  Bloc: ResolverTypeWrapper<Bloc>;
  BlocMember: ResolverTypeWrapper<BlocMember>;
  BlocsResult: ResolverTypeWrapper<BlocsResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeClock: ChangeClock;
  ChangeKind: ChangeKind;
  ChangesResult: ResolverTypeWrapper<Omit<ChangesResult, 'changes'> & { changes: Array<ResolversTypes['RelationChange']> }>;
  CreateActorInput: CreateActorInput;
  CreateSourceInput: CreateSourceInput;
  CypherResult: ResolverTypeWrapper<CypherResultRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Draft: ResolverTypeWrapper<Draft>;
  DraftActor: ResolverTypeWrapper<DraftActor>;
  DraftActorInput: DraftActorInput;
  DraftInput: DraftInput;
  DraftRelation: ResolverTypeWrapper<DraftRelation>;
  DraftRelationInput: DraftRelationInput;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceFlag: EvidenceFlag;
  EvidenceInput: EvidenceInput;
  EvidenceKind: EvidenceKind;
  EvidenceQualityCounts: ResolverTypeWrapper<EvidenceQualityCounts>;
  EvidenceQualityRelation: ResolverTypeWrapper<EvidenceQualityRelationResult>;
  EvidenceQualityResult: ResolverTypeWrapper<Omit<EvidenceQualityResult, 'relations'> & { relations: Array<ResolversTypes['EvidenceQualityRelation']> }>;
  EvidenceSearch: ResolverTypeWrapper<Omit<EvidenceSearch, 'quotes' | 'relations' | 'sources'> & { quotes: Array<ResolversTypes['QuoteHit']>, relations: Array<ResolversTypes['Relation']>, sources: Array<ResolversTypes['Source']> }>;
  EvidenceStatus: EvidenceStatus;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Grading: ResolverTypeWrapper<Grading>;
  GradingInput: GradingInput;
  HopDirection: HopDirection;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InfluenceActor: ResolverTypeWrapper<InfluenceActorResult>;
  InfluenceResult: ResolverTypeWrapper<Omit<InfluenceResult, 'actors'> & { actors: Array<ResolversTypes['InfluenceActor']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LinkDirection: LinkDirection;
  LinkKind: LinkKind;
  LoadDraftResult: ResolverTypeWrapper<LoadDraftResult>;
  Mention: ResolverTypeWrapper<Mention>;
  MentionInput: MentionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathIds>;
  PathHop: ResolverTypeWrapper<HopIds>;
  Polarity: Polarity;
  PolarityCounts: ResolverTypeWrapper<PolarityCounts>;
  QuadClass: QuadClass;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteHit: ResolverTypeWrapper<Omit<QuoteHit, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  ReachActor: ResolverTypeWrapper<ReachActor>;
  ReachResult: ResolverTypeWrapper<ReachResult>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationAssessment: ResolverTypeWrapper<RelationDerivation>;
  RelationChange: ResolverTypeWrapper<RelationChangeResult>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationEdge']>, nodes: Array<ResolversTypes['Relation']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationLink: ResolverTypeWrapper<LinkRecord>;
  RelationLinkInput: RelationLinkInput;
  RelationStatus: RelationStatus;
  RelationType: RelationType;
  SaveViewInput: SaveViewInput;
  SavedAnalysis: ResolverTypeWrapper<SavedAnalysisRecord>;
  SavedAnalysisParam: ResolverTypeWrapper<SavedAnalysisParam>;
  SavedAnalysisParamInput: SavedAnalysisParamInput;
  SavedView: ResolverTypeWrapper<SavedView>;
  SignChange: ResolverTypeWrapper<Omit<SignChange, 'after' | 'before'> & { after: Array<ResolversTypes['AnalysisRelation']>, before: Array<ResolversTypes['AnalysisRelation']> }>;
  SignChangePair: ResolverTypeWrapper<Omit<SignChangePair, 'changes'> & { changes: Array<ResolversTypes['SignChange']> }>;
  SignChangesResult: ResolverTypeWrapper<Omit<SignChangesResult, 'pairs'> & { pairs: Array<ResolversTypes['SignChangePair']> }>;
  SignedPath: ResolverTypeWrapper<SignedPath>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SourceEdge']>, nodes: Array<ResolversTypes['Source']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphIds>;
  TimelineEvent: ResolverTypeWrapper<Omit<TimelineEvent, 'relation'> & { relation: ResolversTypes['Relation'] }>;
  TimelineEventKind: TimelineEventKind;
  Triad: ResolverTypeWrapper<Omit<Triad, 'relations'> & { relations: Array<ResolversTypes['TriadEdge']> }>;
  TriadEdge: ResolverTypeWrapper<Omit<TriadEdge, 'relations'> & { relations: Array<ResolversTypes['AnalysisRelation']> }>;
  UpdateActorInput: UpdateActorInput;
  WhenInput: WhenInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecord;
  ActorConnection: Omit<ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActorEdge']>, nodes: Array<ResolversParentTypes['Actor']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorScore: ActorScore;
  AddAnnotationInput: AddAnnotationInput;
  AddRelationInput: AddRelationInput;
  AnalysisEvidence: AnalysisEvidenceResult;
  AnalysisOverlay: AnalysisOverlay;
  AnalysisParams: AnalysisParams;
  AnalysisRelation: AnalysisRelationResult;
  Annotation: Annotation;
  ArticleInput: ArticleInput;
  AssessmentStep: AssessmentStepRecord;
  BalanceResult: Omit<BalanceResult, 'triads'> & { triads: Array<ResolversParentTypes['Triad']> };
  Bloc: Bloc;
  BlocMember: BlocMember;
  BlocsResult: BlocsResult;
  Boolean: Scalars['Boolean']['output'];
  ChangesResult: Omit<ChangesResult, 'changes'> & { changes: Array<ResolversParentTypes['RelationChange']> };
  CreateActorInput: CreateActorInput;
  CreateSourceInput: CreateSourceInput;
  CypherResult: CypherResultRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Draft: Draft;
  DraftActor: DraftActor;
  DraftActorInput: DraftActorInput;
  DraftInput: DraftInput;
  DraftRelation: DraftRelation;
  DraftRelationInput: DraftRelationInput;
  Evidence: EvidenceRecord;
  EvidenceInput: EvidenceInput;
  EvidenceQualityCounts: EvidenceQualityCounts;
  EvidenceQualityRelation: EvidenceQualityRelationResult;
  EvidenceQualityResult: Omit<EvidenceQualityResult, 'relations'> & { relations: Array<ResolversParentTypes['EvidenceQualityRelation']> };
  EvidenceSearch: Omit<EvidenceSearch, 'quotes' | 'relations' | 'sources'> & { quotes: Array<ResolversParentTypes['QuoteHit']>, relations: Array<ResolversParentTypes['Relation']>, sources: Array<ResolversParentTypes['Source']> };
  ExportFile: ExportFile;
  Float: Scalars['Float']['output'];
  Grading: Grading;
  GradingInput: GradingInput;
  ID: Scalars['ID']['output'];
  InfluenceActor: InfluenceActorResult;
  InfluenceResult: Omit<InfluenceResult, 'actors'> & { actors: Array<ResolversParentTypes['InfluenceActor']> };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LoadDraftResult: LoadDraftResult;
  Mention: Mention;
  MentionInput: MentionInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Path: PathIds;
  PathHop: HopIds;
  PolarityCounts: PolarityCounts;
  Query: Record<PropertyKey, never>;
  QuoteHit: Omit<QuoteHit, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  ReachActor: ReachActor;
  ReachResult: ReachResult;
  Relation: RelationRecord;
  RelationAssessment: RelationDerivation;
  RelationChange: RelationChangeResult;
  RelationConnection: Omit<RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationEdge']>, nodes: Array<ResolversParentTypes['Relation']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  RelationLink: LinkRecord;
  RelationLinkInput: RelationLinkInput;
  SaveViewInput: SaveViewInput;
  SavedAnalysis: SavedAnalysisRecord;
  SavedAnalysisParam: SavedAnalysisParam;
  SavedAnalysisParamInput: SavedAnalysisParamInput;
  SavedView: SavedView;
  SignChange: Omit<SignChange, 'after' | 'before'> & { after: Array<ResolversParentTypes['AnalysisRelation']>, before: Array<ResolversParentTypes['AnalysisRelation']> };
  SignChangePair: Omit<SignChangePair, 'changes'> & { changes: Array<ResolversParentTypes['SignChange']> };
  SignChangesResult: Omit<SignChangesResult, 'pairs'> & { pairs: Array<ResolversParentTypes['SignChangePair']> };
  SignedPath: SignedPath;
  Source: SourceRecord;
  SourceConnection: Omit<SourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SourceEdge']>, nodes: Array<ResolversParentTypes['Source']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  String: Scalars['String']['output'];
  Subgraph: SubgraphIds;
  TimelineEvent: Omit<TimelineEvent, 'relation'> & { relation: ResolversParentTypes['Relation'] };
  Triad: Omit<Triad, 'relations'> & { relations: Array<ResolversParentTypes['TriadEdge']> };
  TriadEdge: Omit<TriadEdge, 'relations'> & { relations: Array<ResolversParentTypes['AnalysisRelation']> };
  UpdateActorInput: UpdateActorInput;
  WhenInput: WhenInput;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<ActorRelationsArgs>>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ActorScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorScore'] = ResolversParentTypes['ActorScore']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnalysisEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysisEvidence'] = ResolversParentTypes['AnalysisEvidence']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citedSourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvidenceStatus'], ParentType, ContextType>;
};

export type AnalysisOverlayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysisOverlay'] = ResolversParentTypes['AnalysisOverlay']> = {
  actors?: Resolver<Array<ResolversTypes['ActorScore']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalysisRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysisRelation'] = ResolversParentTypes['AnalysisRelation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['AnalysisEvidence']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  sign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
};

export type AnnotationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Annotation'] = ResolversParentTypes['Annotation']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['AnnotationTargetKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentStep'] = ResolversParentTypes['AssessmentStep']> = {
  evidenceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssessmentStepKind'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BalanceResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceResult'] = ResolversParentTypes['BalanceResult']> = {
  balanceRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  balanced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  triads?: Resolver<Array<ResolversTypes['Triad']>, ParentType, ContextType>;
  unbalanced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BlocResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Bloc'] = ResolversParentTypes['Bloc']> = {
  actorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leaderIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BlocMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocMember'] = ResolversParentTypes['BlocMember']> = {
  bloc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BlocsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocsResult'] = ResolversParentTypes['BlocsResult']> = {
  actors?: Resolver<Array<ResolversTypes['BlocMember']>, ParentType, ContextType>;
  blocs?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostileRelationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ChangesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangesResult'] = ResolversParentTypes['ChangesResult']> = {
  changes?: Resolver<Array<ResolversTypes['RelationChange']>, ParentType, ContextType>;
  clock?: Resolver<ResolversTypes['ChangeClock'], ParentType, ContextType>;
};

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = {
  actorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  actors?: Resolver<Array<ResolversTypes['DraftActor']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['DraftRelation']>, ParentType, ContextType>;
};

export type DraftActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftActor'] = ResolversParentTypes['DraftActor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DraftRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftRelation'] = ResolversParentTypes['DraftRelation']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvidenceStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citedSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  grading?: Resolver<Maybe<ResolversTypes['Grading']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvidenceStatus'], ParentType, ContextType>;
};

export type EvidenceQualityCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceQualityCounts'] = ResolversParentTypes['EvidenceQualityCounts']> = {
  anonymousOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corroborated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleSource?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceQualityRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceQualityRelation'] = ResolversParentTypes['EvidenceQualityRelation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['AnalysisEvidence']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['EvidenceFlag']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originSourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type EvidenceQualityResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceQualityResult'] = ResolversParentTypes['EvidenceQualityResult']> = {
  counts?: Resolver<ResolversTypes['EvidenceQualityCounts'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EvidenceQualityRelation']>, ParentType, ContextType>;
};

export type EvidenceSearchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceSearch'] = ResolversParentTypes['EvidenceSearch']> = {
  quotes?: Resolver<Array<ResolversTypes['QuoteHit']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GradingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grading'] = ResolversParentTypes['Grading']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  credibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InfluenceActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceActor'] = ResolversParentTypes['InfluenceActor']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byPolarity?: Resolver<ResolversTypes['PolarityCounts'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InfluenceResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceResult'] = ResolversParentTypes['InfluenceResult']> = {
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['InfluenceActor']>, ParentType, ContextType>;
  betweennessSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoadDraftResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadDraftResult'] = ResolversParentTypes['LoadDraftResult']> = {
  actorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAnnotation?: Resolver<ResolversTypes['Annotation'], ParentType, ContextType, RequireFields<MutationAddAnnotationArgs, 'input'>>;
  addEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddEvidenceArgs, 'input' | 'relationId'>>;
  addRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'input'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  deleteView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id'>>;
  loadDraft?: Resolver<ResolversTypes['LoadDraftResult'], ParentType, ContextType, RequireFields<MutationLoadDraftArgs, 'article' | 'draft'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'keepId' | 'mergeId'>>;
  removeAnnotation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveAnnotationArgs, 'id'>>;
  retractEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationRetractEvidenceArgs, 'id'>>;
  saveAnalysis?: Resolver<ResolversTypes['SavedAnalysis'], ParentType, ContextType, RequireFields<MutationSaveAnalysisArgs, 'name' | 'query' | 'question' | 'title'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PathHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = {
  direction?: Resolver<ResolversTypes['HopDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type PolarityCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolarityCounts'] = ResolversParentTypes['PolarityCounts']> = {
  cooperative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  analysisOverlay?: Resolver<ResolversTypes['AnalysisOverlay'], ParentType, ContextType, RequireFields<QueryAnalysisOverlayArgs, 'name'>>;
  annotations?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType, Partial<QueryAnnotationsArgs>>;
  balance?: Resolver<ResolversTypes['BalanceResult'], ParentType, ContextType, Partial<QueryBalanceArgs>>;
  blocs?: Resolver<ResolversTypes['BlocsResult'], ParentType, ContextType, Partial<QueryBlocsArgs>>;
  changes?: Resolver<ResolversTypes['ChangesResult'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'query'>>;
  evidenceQuality?: Resolver<ResolversTypes['EvidenceQualityResult'], ParentType, ContextType, Partial<QueryEvidenceQualityArgs>>;
  export?: Resolver<Array<ResolversTypes['ExportFile']>, ParentType, ContextType, RequireFields<QueryExportArgs, 'format'>>;
  extractDraft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<QueryExtractDraftArgs, 'text'>>;
  influence?: Resolver<ResolversTypes['InfluenceResult'], ParentType, ContextType, Partial<QueryInfluenceArgs>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'actorId'>>;
  reach?: Resolver<ResolversTypes['ReachResult'], ParentType, ContextType, Partial<QueryReachArgs>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<QueryRelationsArgs>>;
  relationsAmong?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationsAmongArgs, 'actorIds'>>;
  runSavedAnalysis?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryRunSavedAnalysisArgs, 'name'>>;
  savedAnalyses?: Resolver<Array<ResolversTypes['SavedAnalysis']>, ParentType, ContextType>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  searchEvidence?: Resolver<ResolversTypes['EvidenceSearch'], ParentType, ContextType, RequireFields<QuerySearchEvidenceArgs, 'text'>>;
  shortestPaths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathsArgs, 'fromId' | 'toId'>>;
  signChanges?: Resolver<ResolversTypes['SignChangesResult'], ParentType, ContextType, Partial<QuerySignChangesArgs>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, Partial<QueryTimelineArgs>>;
};

export type QuoteHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteHit'] = ResolversParentTypes['QuoteHit']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReachActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReachActor'] = ResolversParentTypes['ReachActor']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReachResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReachResult'] = ResolversParentTypes['ReachResult']> = {
  actors?: Resolver<Array<ResolversTypes['ReachActor']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['SignedPath']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  anonymousOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assessment?: Resolver<ResolversTypes['RelationAssessment'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dateAsWritten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intensity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isEvent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkedRelations?: Resolver<Array<ResolversTypes['RelationLink']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  quad?: Resolver<ResolversTypes['QuadClass'], ParentType, ContextType>;
  singleSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
};

export type RelationAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationAssessment'] = ResolversParentTypes['RelationAssessment']> = {
  anonymousOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['AssessmentStep']>, ParentType, ContextType>;
  supportingSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationChange'] = ResolversParentTypes['RelationChange']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  evidenceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationLink'] = ResolversParentTypes['RelationLink']> = {
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type SavedAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedAnalysis'] = ResolversParentTypes['SavedAnalysis']> = {
  name?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['SavedAnalysisParam']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedAnalysisParamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedAnalysisParam'] = ResolversParentTypes['SavedAnalysisParam']> = {
  default?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignChange'] = ResolversParentTypes['SignChange']> = {
  after?: Resolver<Array<ResolversTypes['AnalysisRelation']>, ParentType, ContextType>;
  before?: Resolver<Array<ResolversTypes['AnalysisRelation']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
};

export type SignChangePairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignChangePair'] = ResolversParentTypes['SignChangePair']> = {
  a?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['SignChange']>, ParentType, ContextType>;
};

export type SignChangesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignChangesResult'] = ResolversParentTypes['SignChangesResult']> = {
  pairs?: Resolver<Array<ResolversTypes['SignChangePair']>, ParentType, ContextType>;
};

export type SignedPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignedPath'] = ResolversParentTypes['SignedPath']> = {
  actors?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationIds?: Resolver<Array<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  sign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  dateline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishedPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type TriadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Triad'] = ResolversParentTypes['Triad']> = {
  actors?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['TriadEdge']>, ParentType, ContextType>;
  signs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TriadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TriadEdge'] = ResolversParentTypes['TriadEdge']> = {
  a?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['AnalysisRelation']>, ParentType, ContextType>;
  sign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorScore?: ActorScoreResolvers<ContextType>;
  AnalysisEvidence?: AnalysisEvidenceResolvers<ContextType>;
  AnalysisOverlay?: AnalysisOverlayResolvers<ContextType>;
  AnalysisRelation?: AnalysisRelationResolvers<ContextType>;
  Annotation?: AnnotationResolvers<ContextType>;
  AssessmentStep?: AssessmentStepResolvers<ContextType>;
  BalanceResult?: BalanceResultResolvers<ContextType>;
  Bloc?: BlocResolvers<ContextType>;
  BlocMember?: BlocMemberResolvers<ContextType>;
  BlocsResult?: BlocsResultResolvers<ContextType>;
  ChangesResult?: ChangesResultResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Draft?: DraftResolvers<ContextType>;
  DraftActor?: DraftActorResolvers<ContextType>;
  DraftRelation?: DraftRelationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceQualityCounts?: EvidenceQualityCountsResolvers<ContextType>;
  EvidenceQualityRelation?: EvidenceQualityRelationResolvers<ContextType>;
  EvidenceQualityResult?: EvidenceQualityResultResolvers<ContextType>;
  EvidenceSearch?: EvidenceSearchResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  Grading?: GradingResolvers<ContextType>;
  InfluenceActor?: InfluenceActorResolvers<ContextType>;
  InfluenceResult?: InfluenceResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoadDraftResult?: LoadDraftResultResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  PolarityCounts?: PolarityCountsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteHit?: QuoteHitResolvers<ContextType>;
  ReachActor?: ReachActorResolvers<ContextType>;
  ReachResult?: ReachResultResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationAssessment?: RelationAssessmentResolvers<ContextType>;
  RelationChange?: RelationChangeResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationLink?: RelationLinkResolvers<ContextType>;
  SavedAnalysis?: SavedAnalysisResolvers<ContextType>;
  SavedAnalysisParam?: SavedAnalysisParamResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SignChange?: SignChangeResolvers<ContextType>;
  SignChangePair?: SignChangePairResolvers<ContextType>;
  SignChangesResult?: SignChangesResultResolvers<ContextType>;
  SignedPath?: SignedPathResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  Triad?: TriadResolvers<ContextType>;
  TriadEdge?: TriadEdgeResolvers<ContextType>;
};

