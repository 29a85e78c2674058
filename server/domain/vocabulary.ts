/**
 * The controlled vocabularies of actorgraph.
 *
 * Relation types follow the PLOVER event ontology (the successor of CAMEO) where it has a
 * name for the thing, plus the structural relations that PLOVER leaves out (membership,
 * leadership, location), which hold over an interval and carry no hostility.
 * Each type has a default polarity and an intensity on a Goldstein-like scale from -10
 * (most hostile) to +10 (most cooperative), so a data file may omit both.
 */

export const ACTOR_KINDS = [
  'STATE',
  'GOVERNMENT',
  'GOVERNMENT_BODY',
  'MILITARY',
  'SECURITY_SERVICE',
  'ARMED_GROUP',
  'POLITICAL_PARTY',
  'ORGANISATION',
  'INTERNATIONAL_ORGANISATION',
  'COMPANY',
  'MEDIA_OUTLET',
  'PERSON',
  'PROGRAMME',
  'LOCATION',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const POLARITIES = ['COOPERATIVE', 'HOSTILE', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** The quad classes of event data; structural relations are not events. */
export const QUAD_CLASSES = [
  'VERBAL_COOPERATION',
  'MATERIAL_COOPERATION',
  'VERBAL_CONFLICT',
  'MATERIAL_CONFLICT',
  'STRUCTURAL',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

interface RelationTypeInfo {
  readonly polarity: Polarity;
  readonly intensity: number;
  readonly quad: QuadClass;
  readonly description: string;
}

export const RELATION_TYPES = {
  // Cooperation (PLOVER: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT)
  AGREE: {
    polarity: 'COOPERATIVE',
    intensity: 4,
    quad: 'VERBAL_COOPERATION',
    description: 'agrees to, signs or promises something with the target',
  },
  CONSULT: {
    polarity: 'COOPERATIVE',
    intensity: 1,
    quad: 'VERBAL_COOPERATION',
    description: 'meets, calls or negotiates with the target',
  },
  SUPPORT: {
    polarity: 'COOPERATIVE',
    intensity: 3,
    quad: 'VERBAL_COOPERATION',
    description: 'endorses or backs the target, openly or tacitly',
  },
  CONCEDE: {
    polarity: 'COOPERATIVE',
    intensity: 5,
    quad: 'MATERIAL_COOPERATION',
    description: 'yields to the target: eases sanctions, releases, returns',
  },
  COOPERATE: {
    polarity: 'COOPERATIVE',
    intensity: 6,
    quad: 'MATERIAL_COOPERATION',
    description: 'works together with the target (military, economic, intelligence cooperation)',
  },
  AID: {
    polarity: 'COOPERATIVE',
    intensity: 7,
    quad: 'MATERIAL_COOPERATION',
    description: 'gives the target material aid: money, arms, training',
  },
  RETREAT: {
    polarity: 'COOPERATIVE',
    intensity: 4,
    quad: 'MATERIAL_COOPERATION',
    description: 'withdraws forces or de-escalates toward the target',
  },
  SPONSOR: {
    polarity: 'COOPERATIVE',
    intensity: 7,
    quad: 'MATERIAL_COOPERATION',
    description: 'directs, funds or arms the target, usually covertly',
  },
  // Neutral requests
  REQUEST: {
    polarity: 'NEUTRAL',
    intensity: 0,
    quad: 'VERBAL_COOPERATION',
    description: 'asks the target for something',
  },
  // Conflict (PLOVER: ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)
  ACCUSE: {
    polarity: 'HOSTILE',
    intensity: -2,
    quad: 'VERBAL_CONFLICT',
    description: 'blames, criticises or alleges wrongdoing by the target',
  },
  REJECT: {
    polarity: 'HOSTILE',
    intensity: -4,
    quad: 'VERBAL_CONFLICT',
    description: 'rejects, abandons or refuses the target',
  },
  OPPOSE: {
    polarity: 'HOSTILE',
    intensity: -3,
    quad: 'VERBAL_CONFLICT',
    description: 'is in open rivalry or rising tension with the target',
  },
  THREATEN: {
    polarity: 'HOSTILE',
    intensity: -6,
    quad: 'VERBAL_CONFLICT',
    description: 'threatens the target with force or sanctions',
  },
  PROTEST: {
    polarity: 'HOSTILE',
    intensity: -5,
    quad: 'MATERIAL_CONFLICT',
    description: 'demonstrates or protests against the target',
  },
  SANCTION: {
    polarity: 'HOSTILE',
    intensity: -5,
    quad: 'MATERIAL_CONFLICT',
    description: 'suspends aid or cooperation, imposes sanctions or embargoes on the target',
  },
  MOBILIZE: {
    polarity: 'HOSTILE',
    intensity: -6,
    quad: 'MATERIAL_CONFLICT',
    description: 'mobilises or deploys forces against the target',
  },
  COERCE: {
    polarity: 'HOSTILE',
    intensity: -7,
    quad: 'MATERIAL_CONFLICT',
    description: 'seizes, arrests, expels or blockades the target',
  },
  ATTACK: {
    polarity: 'HOSTILE',
    intensity: -9,
    quad: 'MATERIAL_CONFLICT',
    description: 'uses armed force against the target (PLOVER ASSAULT)',
  },
  KILL: {
    polarity: 'HOSTILE',
    intensity: -10,
    quad: 'MATERIAL_CONFLICT',
    description: 'kills the target (PLOVER ASSAULT, lethal)',
  },
  // Structural relations: intervals, no hostility or cooperation
  MEMBER_OF: { polarity: 'NEUTRAL', intensity: 0, quad: 'STRUCTURAL', description: 'is a member of the target' },
  LEADS: { polarity: 'NEUTRAL', intensity: 0, quad: 'STRUCTURAL', description: 'heads or commands the target' },
  PART_OF: {
    polarity: 'NEUTRAL',
    intensity: 0,
    quad: 'STRUCTURAL',
    description: 'is an organ or subdivision of the target',
  },
  BASED_IN: { polarity: 'NEUTRAL', intensity: 0, quad: 'STRUCTURAL', description: 'is based or located in the target' },
  ADMINISTERS: {
    polarity: 'NEUTRAL',
    intensity: 0,
    quad: 'STRUCTURAL',
    description: 'runs or administers the target (a programme, a territory)',
  },
  SPEAKS_FOR: { polarity: 'NEUTRAL', intensity: 0, quad: 'STRUCTURAL', description: 'speaks on behalf of the target' },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function describeRelationType(type: RelationType): RelationTypeInfo {
  return RELATION_TYPES[type];
}

/**
 * How near in time two reports of the same actors and type must be to be one relation
 * (server/domain/corroboration.ts): the days allowed between the periods of their dates. A
 * clash is reported the next day or two, a visit or talks within days, a campaign of sanctions,
 * aid or support over weeks; a state of affairs is one when its start periods touch.
 */
export const CORROBORATION_WINDOW_DAYS: Readonly<Record<RelationType, number>> = {
  AGREE: 3,
  CONSULT: 3,
  SUPPORT: 7,
  CONCEDE: 7,
  COOPERATE: 7,
  AID: 7,
  RETREAT: 3,
  SPONSOR: 30,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  OPPOSE: 7,
  THREATEN: 3,
  PROTEST: 2,
  SANCTION: 7,
  MOBILIZE: 3,
  COERCE: 2,
  ATTACK: 2,
  KILL: 2,
  MEMBER_OF: 0,
  LEADS: 0,
  PART_OF: 0,
  BASED_IN: 0,
  ADMINISTERS: 0,
  SPEAKS_FOR: 0,
};

/**
 * What a piece of evidence is: a verbatim QUOTE from its source, or a CODED record that an event
 * coder (GDELT's machine coder, ACLED's researchers) made from its sources, which has no quote of
 * its own. Analyses tell the two apart; coded evidence starts at a lower confidence.
 */
export const EVIDENCE_KINDS = ['QUOTED', 'CODED'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Where the source stands on the claim it carries. */
export const STANCES = ['ASSERTS', 'DENIES', 'HEDGES'] as const;
export type Stance = (typeof STANCES)[number];

/** The epistemic status of one piece of evidence, as its source presents it. */
export const EVIDENCE_STATUSES = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** A relation's status, derived from all of its evidence (see confidence.ts). */
export const RELATION_STATUSES = ['CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED', 'DENIED', 'RETRACTED'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export const SOURCE_KINDS = ['ARTICLE', 'REPORT', 'STATEMENT', 'POST', 'DOCUMENT', 'DATASET', 'OTHER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty code: reliability of the source (A..F), credibility of the information (1..6). */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const INFORMATION_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

/** How two relations are tied together ("tacit support in exchange for resumed training"). */
export const LINK_KINDS = [
  'IN_EXCHANGE_FOR',
  'CAUSED',
  'SPONSORED',
  'RESPONDS_TO',
  'REPLACES',
  'PART_OF',
  'CONTRADICTS',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Signed weight used by analyses: +1 cooperative, -1 hostile, 0 neutral. */
export function signOf(polarity: Polarity): 1 | -1 | 0 {
  return polarity === 'COOPERATIVE' ? 1 : polarity === 'HOSTILE' ? -1 : 0;
}
