import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { foldName, isSpellingVariant } from './names.ts';

/**
 * States by any name an article gives them, from the `world-countries` dataset: common and
 * official names, other spellings, ISO codes (as written in capitals only: "US", not "us"),
 * capitals (metonymy: "Tehran said") and demonyms ("Iranian intelligence").
 */
export interface CountryMatch {
  /** ISO 3166-1 alpha-2. */
  readonly cca2: string;
  /** The common English name ("Iran", "United States"). */
  readonly name: string;
  readonly via: 'name' | 'code' | 'capital' | 'seat' | 'demonym';
}

/**
 * Seats of power that stand for their state in news prose, as capitals do. The dataset has no
 * such field; this is general knowledge, not tuned on any article.
 */
const SEATS_OF_POWER: Readonly<Record<string, string>> = {
  kremlin: 'RU',
  'white house': 'US',
  pentagon: 'US',
  'downing street': 'GB',
  whitehall: 'GB',
  elysee: 'FR',
  'elysee palace': 'FR',
  zhongnanhai: 'CN',
  'blue house': 'KR',
};

interface Index {
  readonly byName: Map<string, CountryMatch>;
  readonly byCode: Map<string, CountryMatch>;
  readonly byCapital: Map<string, CountryMatch>;
  readonly byDemonym: Map<string, CountryMatch>;
  readonly names: readonly [string, CountryMatch][];
}

let index: Index | null = null;

/** The package is CommonJS whose types declare an ES default export; require gives the array itself. */
const countries = createRequire(import.meta.url)('world-countries') as Countries;

function countryIndex(): Index {
  if (index) return index;
  const byName = new Map<string, CountryMatch>();
  const byCode = new Map<string, CountryMatch>();
  const byCapital = new Map<string, CountryMatch>();
  const byDemonym = new Map<string, CountryMatch>();
  /** Names that are only a state's name when no other state has them too ("Korea" has two). */
  const shortNames: [string, CountryMatch][] = [];
  const add = (map: Map<string, CountryMatch>, key: string, match: CountryMatch) => {
    if (key !== '' && !map.has(key)) map.set(key, match);
  };
  // Where two states share a demonym ("American"), the larger one keeps it.
  for (const country of [...countries].sort((a, b) => b.area - a.area)) {
    const base = { cca2: country.cca2, name: country.name.common };
    const named = { ...base, via: 'name' as const };
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) {
      if (/^\p{Lu}{2,3}$/u.test(name)) add(byCode, name, { ...base, via: 'code' });
      else add(byName, foldName(name), named);
      // "Republic of Turkey" also names "Turkey".
      const after = /^(?:.+ )?(?:Republic|Kingdom|Federation|State|Commonwealth|Principality) of (?:the )?(.+)$/.exec(
        name,
      )?.[1];
      if (after && !after.includes(' of ')) shortNames.push([foldName(after), named]);
    }
    add(byCode, country.cca3, { ...base, via: 'code' });
    for (const capital of country.capital) {
      // "Washington D.C." is "Washington" in prose: drop a trailing abbreviation.
      add(byCapital, foldName(capital.replace(/\s+(?:\p{Lu}\.)+$/u, '')), { ...base, via: 'capital' });
    }
    const demonyms = country.demonyms['eng'];
    if (demonyms) {
      add(byDemonym, foldName(demonyms.m), { ...base, via: 'demonym' });
      add(byDemonym, foldName(demonyms.f), { ...base, via: 'demonym' });
    }
  }
  addShortNames(byName, shortNames);
  index = { byName, byCode, byCapital, byDemonym, names: [...byName] };
  return index;
}

/** Words that end many states' names and name none alone. */
const GENERIC_LAST_WORDS = new Set([
  'africa',
  'asia',
  'europe',
  'republic',
  'kingdom',
  'states',
  'islands',
  'island',
  'federation',
  'emirates',
  'union',
  'territory',
  'principality',
]);

/**
 * The last word of a long name names the state in prose when no other state's name ends with it:
 * "Britain" (Great Britain), "America" (United States of America), but not "Korea" (two of them).
 */
function addShortNames(byName: Map<string, CountryMatch>, shortNames: readonly [string, CountryMatch][]): void {
  const owners = new Map<string, Set<string>>();
  const matches = new Map<string, CountryMatch>();
  const propose = (short: string, match: CountryMatch) => {
    owners.set(short, (owners.get(short) ?? new Set()).add(match.cca2));
    matches.set(short, match);
  };
  for (const [short, match] of shortNames) propose(short, match);
  for (const [name, match] of byName) {
    const words = name.split(' ');
    const last = words.at(-1) as string;
    if (words.length >= 2 && last.length >= 6 && !GENERIC_LAST_WORDS.has(last)) propose(last, match);
  }
  for (const [word, states] of owners) {
    if (states.size === 1 && !byName.has(word)) byName.set(word, matches.get(word) as CountryMatch);
  }
}

/** A state named outright, by code, by a spelling of its name ("Turkey" for "Türkiye"), or by its capital or seat of power. */
export function findCountry(text: string): CountryMatch | null {
  const { byName, byCode, byCapital, names } = countryIndex();
  const written = text.replace(/\./g, '').trim();
  const code = byCode.get(written);
  if (code) return code;
  const folded = foldName(text.replace(/^the\s+/i, ''));
  const seat = SEATS_OF_POWER[folded];
  if (seat) {
    const state = byCode.get(seat);
    if (state) return { ...state, via: 'seat' };
  }
  const exact = byName.get(folded) ?? byCapital.get(folded);
  if (exact) return exact;
  const variant = names.find(([name]) => isSpellingVariant(name, folded));
  return variant ? variant[1] : null;
}

/** The state of a demonym ("Iranian" → Iran). */
export function findDemonym(text: string): CountryMatch | null {
  return countryIndex().byDemonym.get(foldName(text)) ?? null;
}

/** The common name of a state by its ISO code. */
export function countryName(cca2: string): string | null {
  return countryIndex().byCode.get(cca2)?.name ?? null;
}
