// The shapes of the API's answers as the client asks for them (see queries.ts). Only fields the
// client requests are listed; everything is plain JSON.

export interface ActorPayload {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
  aliases?: string[];
  degree?: number;
}

export interface RelationPayload {
  id: string;
  type: string;
  polarity: string;
  intensity: number;
  status: string;
  confidence: number;
  validFrom: string | null;
  validTo: string | null;
  datePrecision: string | null;
  /** Needed with datePrecision to tell what held as of a date (server/domain/date-window.ts). */
  validToPrecision?: string | null;
  isEvent: boolean;
  evidenceCount: number;
  from: { id: string };
  to: { id: string };
}

/** Actors and the relations among them: an overview page, a neighbourhood or a path. */
export interface SubgraphPayload {
  actors: ActorPayload[];
  relations: RelationPayload[];
}

export interface SourcePayload {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  publishedPrecision?: string | null;
  url: string | null;
  kind?: string;
}

export interface EvidencePayload {
  id: string;
  quote: string;
  attribution: string;
  anonymous: boolean;
  stance: string;
  status: string;
  confidence: number;
  note: string | null;
  retracted: boolean;
  retractedAt: string | null;
  grading: { code: string; reliability: string; credibility: number } | null;
  source: SourcePayload;
  citedSource: { id: string; title: string; publisher: string } | null;
  attributedTo: { id: string; name: string } | null;
}

export interface RelationDetailsPayload extends RelationPayload {
  quad: string;
  mode: string | null;
  summary: string | null;
  dateAsWritten: string | null;
  validToPrecision: string | null;
  from: { id: string; name: string; kind: string };
  to: { id: string; name: string; kind: string };
  location: { id: string; name: string } | null;
  evidence: EvidencePayload[];
  linkedRelations: {
    kind: string;
    direction: string;
    relation: { id: string; type: string; from: { id: string; name: string }; to: { id: string; name: string } };
  }[];
}

export interface ActorRelationPayload extends RelationPayload {
  from: { id: string; name: string };
  to: { id: string; name: string };
}

export interface ActorDetailsPayload extends ActorPayload {
  description: string | null;
  wikidata: string | null;
  relations: { totalCount: number; nodes: ActorRelationPayload[] };
}

/** A hop's evidence, enough to read why the hop is there. */
export interface PathRelationPayload extends RelationPayload {
  evidence: (Pick<EvidencePayload, 'quote' | 'attribution' | 'stance' | 'status'> & {
    source: Pick<SourcePayload, 'title' | 'publisher' | 'published'>;
  })[];
}

export interface PathPayload {
  length: number;
  actors: ActorPayload[];
  relations: PathRelationPayload[];
}

export interface ActorScorePayload {
  actorId: string;
  value: number | null;
  group: string | null;
  label: string | null;
}

export interface AnalysisOverlayPayload {
  name: string;
  actors: ActorScorePayload[];
  relationIds: string[];
  summary: string;
}

export interface SearchHitPayload {
  score: number | null;
  node: ActorPayload;
}
