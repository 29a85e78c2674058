import type { ActorKind } from '../domain/vocabulary.ts';

/**
 * An actor's kind from the words of its name or of the noun an article puts after a state or a
 * people ("Turkish jets", "Iranian intelligence", "Baloch militants"). The first rule that
 * matches wins, so the more specific come first.
 */
const NAME_RULES: readonly (readonly [RegExp, ActorKind])[] = [
  [
    /\b(united nations|un|european union|eu|nato|imf|iaea|opec|asean|ecowas|osce|brics|g7|g20|wto|african union|arab league|world (?:bank|health organi[sz]ation|food programme)|international (?:monetary fund|atomic energy agency|criminal court|court of justice|committee of the red cross))\b/,
    'INTERNATIONAL_ORGANISATION',
  ],
  [/\b(programme|program|initiative|training)\b/, 'PROGRAMME'],
  [/\b(college|university|institute|school|academy)\b/, 'ORGANISATION'],
  [
    /\b(militants?|rebels?|insurgents?|separatists?|jihadists?|guerrillas?|militias?|fighters|brigades?|taliban|liberation|front|islamic state|al[- ]qaeda|hezbollah|hamas)\b/,
    'ARMED_GROUP',
  ],
  [/\b(intelligence|security service|spies|secret service|police)\b/, 'SECURITY_SERVICE'],
  [
    /\b(army|military|armed forces|navy|air force|corps|guards|forces|troops|soldiers|jets|warplanes|drones|marines)\b/,
    'MILITARY',
  ],
  [/\b(administration|government|cabinet|regime)\b/, 'GOVERNMENT'],
  [
    /\b(ministry|department|office|agency|commission|parliament|congress|senate|treasury|house of representatives|foreign service)\b/,
    'GOVERNMENT_BODY',
  ],
  [/\b(party)\b/, 'POLITICAL_PARTY'],
  [
    /\b(news|times|post|tribune|herald|journal|television|tv|radio|press|gazette|daily|reuters|broadcasting)\b/,
    'MEDIA_OUTLET',
  ],
  [/\b(company|corporation|inc|ltd|plc|airlines?|petroleum|oil company)\b/, 'COMPANY'],
];

export function kindFromName(name: string, fallback: ActorKind): ActorKind {
  const lower = name.toLowerCase();
  return NAME_RULES.find(([pattern]) => pattern.test(lower))?.[1] ?? fallback;
}

/** Nouns that, after a state or people, name the state itself: "Iranian officials" speak for Iran. */
const STATE_NOUNS = new Set(['government', 'authorities', 'officials', 'leaders', 'leadership', 'regime', 'diplomats']);

/** Nouns that, after a state or people, name one of its institutions or groups. */
const INSTITUTION_NOUNS = new Set([
  'military',
  'army',
  'forces',
  'troops',
  'soldiers',
  'jets',
  'warplanes',
  'navy',
  'drones',
  'intelligence',
  'spies',
  'police',
  'ministry',
  'department',
  'parliament',
  'militants',
  'militant',
  'rebels',
  'insurgents',
  'separatists',
  'fighters',
  'militia',
  'militias',
  'jihadists',
]);

export type GroupNoun = { readonly kind: 'state' } | { readonly kind: 'institution'; readonly actorKind: ActorKind };

/** What a head noun after a state or people makes of it, or null when it is not an actor noun. */
export function groupNoun(lemmaOrWord: string): GroupNoun | null {
  const word = lemmaOrWord.toLowerCase();
  if (STATE_NOUNS.has(word)) return { kind: 'state' };
  if (!INSTITUTION_NOUNS.has(word)) return null;
  return { kind: 'institution', actorKind: kindFromName(word === 'militant' ? 'militants' : word, 'ORGANISATION') };
}

/** "militant" in "Baloch's militant attacks" names the group as "militants". */
export function pluralGroupWord(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'militant' ? 'militants' : lower;
}
