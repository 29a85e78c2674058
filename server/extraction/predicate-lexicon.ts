import { RELATION_TYPES, type Polarity, type RelationType } from '../domain/vocabulary.ts';

/**
 * actorgraph's own predicate lexicon: which words, as the head of a clause or of an event noun,
 * carry which relation type of the vocabulary. Polarity always comes from the vocabulary.
 * Written from the vocabulary's descriptions and general news usage, not from any article.
 */
const VERBS: Readonly<Record<string, RelationType>> = {
  // cooperation
  agree: 'AGREE',
  sign: 'AGREE',
  promise: 'AGREE',
  pledge: 'AGREE',
  ally: 'AGREE',
  reconcile: 'AGREE',
  meet: 'CONSULT',
  host: 'CONSULT',
  visit: 'CONSULT',
  call: 'CONSULT',
  negotiate: 'CONSULT',
  consult: 'CONSULT',
  talk: 'CONSULT',
  speak: 'CONSULT',
  discuss: 'CONSULT',
  phone: 'CONSULT',
  inform: 'CONSULT',
  brief: 'CONSULT',
  support: 'SUPPORT',
  back: 'SUPPORT',
  endorse: 'SUPPORT',
  praise: 'SUPPORT',
  welcome: 'SUPPORT',
  defend: 'SUPPORT',
  side: 'SUPPORT',
  thank: 'SUPPORT',
  shelter: 'SUPPORT',
  harbour: 'SUPPORT',
  harbor: 'SUPPORT',
  congratulate: 'SUPPORT',
  hail: 'SUPPORT',
  commend: 'SUPPORT',
  ratify: 'SUPPORT',
  approve: 'SUPPORT',
  guarantee: 'SUPPORT',
  apologise: 'CONCEDE',
  apologize: 'CONCEDE',
  lift: 'CONCEDE',
  ease: 'CONCEDE',
  release: 'CONCEDE',
  free: 'CONCEDE',
  return: 'CONCEDE',
  restore: 'CONCEDE',
  resume: 'COOPERATE',
  reinstate: 'CONCEDE',
  unfreeze: 'CONCEDE',
  cooperate: 'COOPERATE',
  partner: 'COOPERATE',
  collaborate: 'COOPERATE',
  'work with': 'COOPERATE',
  aid: 'AID',
  help: 'AID',
  assist: 'AID',
  supply: 'AID',
  arm: 'AID',
  train: 'AID',
  fund: 'AID',
  pay: 'AID',
  finance: 'AID',
  equip: 'AID',
  deliver: 'AID',
  donate: 'AID',
  withdraw: 'RETREAT',
  retreat: 'RETREAT',
  'pull out': 'RETREAT',
  'pull back': 'RETREAT',
  'call on': 'REQUEST',
  'call for': 'REQUEST',
  'side with': 'SUPPORT',
  'break off': 'REJECT',
  'crack down': 'COERCE',
  'walk out': 'PROTEST',
  sponsor: 'SPONSOR',
  direct: 'SPONSOR',
  bankroll: 'SPONSOR',
  // requests
  urge: 'REQUEST',
  ask: 'REQUEST',
  request: 'REQUEST',
  demand: 'REQUEST',
  appeal: 'REQUEST',
  seek: 'REQUEST',
  press: 'REQUEST',
  order: 'REQUEST',
  implore: 'REQUEST',
  // conflict
  accuse: 'ACCUSE',
  blame: 'ACCUSE',
  criticise: 'ACCUSE',
  criticize: 'ACCUSE',
  condemn: 'ACCUSE',
  denounce: 'ACCUSE',
  allege: 'ACCUSE',
  mock: 'ACCUSE',
  fault: 'ACCUSE',
  slam: 'ACCUSE',
  censure: 'ACCUSE',
  rebuke: 'ACCUSE',
  charge: 'ACCUSE',
  indict: 'ACCUSE',
  'list as': 'SANCTION',
  reject: 'REJECT',
  abandon: 'REJECT',
  refuse: 'REJECT',
  snub: 'REJECT',
  rebuff: 'REJECT',
  betray: 'REJECT',
  dismiss: 'REJECT',
  veto: 'REJECT',
  block: 'REJECT',
  obstruct: 'REJECT',
  'hold up': 'REJECT',
  'call off': 'REJECT',
  oppose: 'OPPOSE',
  challenge: 'OPPOSE',
  confront: 'OPPOSE',
  rival: 'OPPOSE',
  dispute: 'OPPOSE',
  threaten: 'THREATEN',
  warn: 'THREATEN',
  protest: 'PROTEST',
  boycott: 'PROTEST',
  summon: 'PROTEST',
  sanction: 'SANCTION',
  suspend: 'SANCTION',
  freeze: 'SANCTION',
  halt: 'SANCTION',
  cut: 'SANCTION',
  embargo: 'SANCTION',
  ban: 'SANCTION',
  expel: 'COERCE',
  penalise: 'SANCTION',
  penalize: 'SANCTION',
  punish: 'SANCTION',
  exclude: 'SANCTION',
  remove: 'SANCTION',
  blacklist: 'SANCTION',
  designate: 'SANCTION',
  tariff: 'SANCTION',
  mobilise: 'MOBILIZE',
  mobilize: 'MOBILIZE',
  deploy: 'MOBILIZE',
  mass: 'MOBILIZE',
  arrest: 'COERCE',
  seize: 'COERCE',
  detain: 'COERCE',
  jail: 'COERCE',
  imprison: 'COERCE',
  sentence: 'COERCE',
  capture: 'COERCE',
  blockade: 'COERCE',
  besiege: 'COERCE',
  kidnap: 'COERCE',
  occupy: 'COERCE',
  annex: 'COERCE',
  attack: 'ATTACK',
  fire: 'ATTACK',
  strike: 'ATTACK',
  bomb: 'ATTACK',
  shell: 'ATTACK',
  raid: 'ATTACK',
  invade: 'ATTACK',
  assault: 'ATTACK',
  fight: 'ATTACK',
  target: 'ATTACK',
  hit: 'ATTACK',
  ambush: 'ATTACK',
  clash: 'ATTACK',
  'shoot down': 'ATTACK',
  'bring down': 'ATTACK',
  down: 'ATTACK',
  storm: 'ATTACK',
  shoot: 'ATTACK',
  kill: 'KILL',
  assassinate: 'KILL',
  execute: 'KILL',
  murder: 'KILL',
  slay: 'KILL',
  // structure
  lead: 'LEADS',
  head: 'LEADS',
  chair: 'LEADS',
  preside: 'LEADS',
  command: 'LEADS',
  run: 'ADMINISTERS',
  administer: 'ADMINISTERS',
  join: 'MEMBER_OF',
};

/** Event nouns: "tacit support to", "attacks on", "sanctions against", "cooperation with". */
const NOUNS: Readonly<Record<string, RelationType>> = {
  agreement: 'AGREE',
  deal: 'AGREE',
  accord: 'AGREE',
  treaty: 'AGREE',
  memorandum: 'AGREE',
  ceasefire: 'AGREE',
  pact: 'AGREE',
  talk: 'CONSULT',
  meeting: 'CONSULT',
  visit: 'CONSULT',
  negotiation: 'CONSULT',
  call: 'CONSULT',
  support: 'SUPPORT',
  backing: 'SUPPORT',
  endorsement: 'SUPPORT',
  cooperation: 'COOPERATE',
  partnership: 'COOPERATE',
  alliance: 'COOPERATE',
  aid: 'AID',
  assistance: 'AID',
  help: 'AID',
  training: 'AID',
  funding: 'AID',
  loan: 'AID',
  'arms sale': 'AID',
  withdrawal: 'RETREAT',
  sponsorship: 'SPONSOR',
  request: 'REQUEST',
  demand: 'REQUEST',
  appeal: 'REQUEST',
  accusation: 'ACCUSE',
  criticism: 'ACCUSE',
  condemnation: 'ACCUSE',
  allegation: 'ACCUSE',
  rejection: 'REJECT',
  tension: 'OPPOSE',
  rivalry: 'OPPOSE',
  dispute: 'OPPOSE',
  threat: 'THREATEN',
  ultimatum: 'THREATEN',
  warning: 'THREATEN',
  protest: 'PROTEST',
  boycott: 'PROTEST',
  sanction: 'SANCTION',
  suspension: 'SANCTION',
  embargo: 'SANCTION',
  tariff: 'SANCTION',
  freeze: 'SANCTION',
  deployment: 'MOBILIZE',
  exercise: 'MOBILIZE',
  drill: 'MOBILIZE',
  manoeuvre: 'MOBILIZE',
  maneuver: 'MOBILIZE',
  mobilisation: 'MOBILIZE',
  mobilization: 'MOBILIZE',
  arrest: 'COERCE',
  seizure: 'COERCE',
  blockade: 'COERCE',
  occupation: 'COERCE',
  annexation: 'COERCE',
  attack: 'ATTACK',
  fire: 'ATTACK',
  strike: 'ATTACK',
  airstrike: 'ATTACK',
  missile: 'ATTACK',
  rocket: 'ATTACK',
  'air strike': 'ATTACK',
  offensive: 'ATTACK',
  invasion: 'ATTACK',
  raid: 'ATTACK',
  bombing: 'ATTACK',
  incursion: 'ATTACK',
  assault: 'ATTACK',
  operation: 'ATTACK',
  killing: 'KILL',
  censure: 'ACCUSE',
  command: 'LEADS',
  chair: 'LEADS',
  chairmanship: 'LEADS',
  presidency: 'LEADS',
  leadership: 'LEADS',
  membership: 'MEMBER_OF',
  assassination: 'KILL',
};

/**
 * Verbs whose object names the event ("extended tacit support", "imposed sanctions", "launched an
 * offensive", "sponsored attacks"): the relation is the noun's, the verb only delivers it.
 */
const LIGHT_VERBS = new Set([
  'extend',
  'give',
  'provide',
  'offer',
  'lend',
  'express',
  'announce',
  'launch',
  'carry',
  'conduct',
  'stage',
  'impose',
  'pledge',
  'voice',
  'make',
  'hold',
  'sign',
  'reach',
  'strike',
  'begin',
  'start',
  'order',
  'sponsor',
  'authorise',
  'authorize',
  'approve',
  'receive',
  'resume',
  'continue',
  'step',
  'deliver',
  'level',
  'issue',
  'wage',
  'mount',
  'lodge',
  'file',
  'reimpose',
  'take',
  'assume',
]);

/** Verbs that undo the event their object names: "lifted the sanctions" is a concession, "suspended aid" a sanction. */
const REVERSING_VERBS: Readonly<Record<string, Partial<Record<RelationType, RelationType>>>> = {
  lift: { SANCTION: 'CONCEDE' },
  ease: { SANCTION: 'CONCEDE' },
  end: { SANCTION: 'CONCEDE', AID: 'SANCTION', COOPERATE: 'SANCTION' },
  suspend: { AID: 'SANCTION', COOPERATE: 'SANCTION', CONSULT: 'REJECT' },
  freeze: { AID: 'SANCTION', COOPERATE: 'SANCTION' },
  halt: { AID: 'SANCTION', COOPERATE: 'SANCTION', ATTACK: 'RETREAT', CONSULT: 'REJECT' },
  cut: { AID: 'SANCTION', COOPERATE: 'SANCTION' },
  withdraw: { SUPPORT: 'REJECT', AID: 'SANCTION' },
  // "cancelled a planned meeting": calling an encounter off is a snub.
  cancel: { CONSULT: 'REJECT', AGREE: 'REJECT', AID: 'SANCTION', COOPERATE: 'SANCTION' },
  postpone: { CONSULT: 'REJECT' },
};

/** Relations that hold between equals: "X and Y agreed" relates X and Y. */
const SYMMETRIC = new Set<RelationType>(['AGREE', 'CONSULT', 'COOPERATE', 'OPPOSE', 'ATTACK']);

export interface Predicate {
  readonly type: RelationType;
  readonly polarity: Polarity;
}

function predicate(type: RelationType): Predicate {
  return { type, polarity: RELATION_TYPES[type].polarity };
}

/** The relation a verb carries by itself ("attacked", "pull out"), with its particle when it has one. */
/**
 * The relation a verb carries, with its particle ("pull out") or a preposition it governs ("call
 * on", "side with") when the pair means something the verb alone does not.
 */
export function verbPredicate(
  lemma: string,
  particle?: string,
  prepositions: readonly string[] = [],
): Predicate | null {
  const lower = lemma.toLowerCase();
  const phrase = [particle, ...prepositions]
    .filter((word) => word !== undefined)
    .map((word) => VERBS[`${lower} ${word}`]);
  const type = phrase.find((found) => found !== undefined) ?? VERBS[lower];
  return type ? predicate(type) : null;
}

/** An event noun with the preposition it governs, when the pair means more: "exercises with" a partner are cooperation. */
const NOUN_PHRASES: Readonly<Record<string, RelationType>> = {
  'exercise with': 'COOPERATE',
  'drill with': 'COOPERATE',
  'manoeuvre with': 'COOPERATE',
  'maneuver with': 'COOPERATE',
};

export function nounPredicate(
  lemma: string,
  compound?: string,
  prepositions: readonly string[] = [],
): Predicate | null {
  const lower = lemma.toLowerCase();
  const singular = lower.replace(/s$/, '');
  const type =
    prepositions.map((p) => NOUN_PHRASES[`${lower} ${p}`] ?? NOUN_PHRASES[`${singular} ${p}`]).find(Boolean) ??
    (compound ? NOUNS[`${compound.toLowerCase()} ${lower}`] : undefined) ??
    NOUNS[lower] ??
    NOUNS[singular];
  return type ? predicate(type) : null;
}

export function isLightVerb(lemma: string): boolean {
  return LIGHT_VERBS.has(lemma.toLowerCase());
}

/** The relation of a verb applied to an event noun: "lift" + SANCTION is CONCEDE; a light verb keeps the noun's. */
export function combinedPredicate(verbLemma: string, noun: Predicate): Predicate {
  const reversed = REVERSING_VERBS[verbLemma.toLowerCase()]?.[noun.type];
  return reversed ? predicate(reversed) : noun;
}

export function isSymmetric(type: RelationType): boolean {
  return SYMMETRIC.has(type);
}
