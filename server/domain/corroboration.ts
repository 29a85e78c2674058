import { addDays, periodOf } from './dates.ts';
import { CORROBORATION_WINDOW_DAYS, type DatePrecision, type RelationType } from './vocabulary.ts';

/**
 * Corroboration: when two reports are the same relation, and how many independent sources back
 * a relation.
 *
 * **The same relation.** Two claims are one relation when they tie the same two actors in the same
 * direction with the same type, and their dates are within the type's window
 * (CORROBORATION_WINDOW_DAYS): the days between the periods their partial dates cover ("2020-01"
 * and "2020-01-09" overlap, so they are 0 days apart). Two undated claims of the same actors and
 * type are one; a dated and an undated one are not (nothing says they are the same).
 *
 * **Independent sources.** Copies of one story count once. The story of a piece of evidence is
 * the source it relays when it relays one (an article citing a Reuters report tells the Reuters
 * story), else the source it was found in. Two stories are copies of each other when they share
 * the source id, the normalised URL, or the publisher and title (folded), or when one cites the
 * other; copies of copies are copies (the count is of connected groups).
 */

export interface ClaimDate {
  /** First day of the period, `YYYY-MM-DD`, or null for an undated claim. */
  readonly validFrom: string | null;
  readonly datePrecision: DatePrecision | null;
}

/** Days between the periods of two dates; 0 when they overlap or touch. */
export function daysBetween(a: ClaimDate & { validFrom: string }, b: ClaimDate & { validFrom: string }): number {
  const first = periodOf(a.validFrom, a.datePrecision);
  const second = periodOf(b.validFrom, b.datePrecision);
  const [earlier, later] = first.last <= second.last ? [first, second] : [second, first];
  if (later.first <= earlier.last) return 0;
  return Math.round((Date.parse(later.first) - Date.parse(earlier.last)) / 86_400_000);
}

/** True when two claims of the same actors and type are close enough in time to be one relation. */
export function withinCorroborationWindow(type: RelationType, a: ClaimDate, b: ClaimDate): boolean {
  if (a.validFrom === null || b.validFrom === null) return a.validFrom === null && b.validFrom === null;
  return (
    daysBetween(a as ClaimDate & { validFrom: string }, b as ClaimDate & { validFrom: string }) <=
    CORROBORATION_WINDOW_DAYS[type]
  );
}

/** The earliest and latest first days a matching claim's date may have (for an indexed lookup). */
export function corroborationRange(type: RelationType, date: ClaimDate & { validFrom: string }) {
  const period = periodOf(date.validFrom, date.datePrecision);
  const window = CORROBORATION_WINDOW_DAYS[type];
  // A year-precise date that starts up to a year before may still reach into the window.
  return { earliest: addDays(period.first, -window - 366), latest: addDays(period.last, window) };
}

export interface StoredClaim extends ClaimDate {
  readonly id: string;
}

/**
 * The stored claim a new claim corroborates: the nearest in time within the window, ties going to
 * the first stored (lowest id), so that the choice does not depend on the order of a query.
 */
export function corroboratedClaim(
  type: RelationType,
  claim: ClaimDate,
  candidates: readonly StoredClaim[],
): StoredClaim | null {
  let best: { claim: StoredClaim; distance: number } | null = null;
  for (const candidate of candidates) {
    if (!withinCorroborationWindow(type, claim, candidate)) continue;
    const distance =
      claim.validFrom === null || candidate.validFrom === null
        ? 0
        : daysBetween(claim as StoredClaim & { validFrom: string }, candidate as StoredClaim & { validFrom: string });
    if (best === null || distance < best.distance || (distance === best.distance && candidate.id < best.claim.id))
      best = { claim: candidate, distance };
  }
  return best?.claim ?? null;
}

/** The key under which claims that may be one relation are stored and looked up. */
export function corroborationKey(fromId: string, toId: string, type: RelationType): string {
  return `${fromId}|${toId}|${type}`;
}

/** A source as the story of a piece of evidence (see above). */
export interface StorySource {
  readonly id: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly title: string | null;
  /** Ids of the sources it cites, directly or through a chain of citations. */
  readonly cites: readonly string[];
}

/** Query parameters that only track a click, not a different page. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

/**
 * A URL as the page it names: no scheme, no `www.`/`m.`/`amp.` host prefix, host in lower case, no
 * fragment, no tracking parameters, no trailing slash or `/amp`. Null when it is not a URL.
 */
export function normaliseUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  const query = [...parsed.searchParams]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const path = parsed.pathname.replace(/\/amp\/?$/i, '').replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every key that makes two stories copies of each other. */
export function storyKeysOf(source: StorySource): string[] {
  const keys = [`id:${source.id}`, ...source.cites.map((id) => `id:${id}`)];
  const url = source.url ? normaliseUrl(source.url) : null;
  if (url) keys.push(`url:${url}`);
  if (source.publisher && source.title) keys.push(`story:${fold(source.publisher)}|${fold(source.title)}`);
  return keys;
}

/** How many independent stories the given stories are: copies of one story (transitively) count once. */
export function countIndependentSources(stories: readonly StorySource[]): number {
  const parent = stories.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const ownerOfKey = new Map<string, number>();
  stories.forEach((story, i) => {
    for (const key of storyKeysOf(story)) {
      const owner = ownerOfKey.get(key);
      if (owner === undefined) ownerOfKey.set(key, i);
      else parent[root(i)] = root(owner);
    }
  });
  return new Set(stories.map((_, i) => root(i))).size;
}
