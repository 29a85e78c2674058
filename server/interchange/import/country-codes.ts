import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

/** The package is CommonJS whose types declare an ES default export; require gives the array itself. */
const countries = createRequire(import.meta.url)('world-countries') as Countries;

const byCca3 = new Map(countries.map((country) => [country.cca3, country.cca2]));
const byNumeric = new Map(countries.map((country) => [Number(country.ccn3), country.cca2]));

/** ISO 3166-1 alpha-2 of a three-letter code (CAMEO's country codes are ISO alpha-3): "IRN" → "IR". */
export function cca2OfCca3(code: string): string | null {
  return byCca3.get(code.toUpperCase()) ?? null;
}

/** ISO 3166-1 alpha-2 of a numeric code (ACLED's `iso`): 586 → "PK". */
export function cca2OfNumeric(code: number): string | null {
  return byNumeric.get(code) ?? null;
}
