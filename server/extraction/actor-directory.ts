import type { KnownActor } from './extractor.ts';
import { foldName, isSpellingVariant } from './names.ts';

/**
 * The actors already in the graph, looked up by what an article calls them: a name or alias
 * (folded: case and accents do not matter), a spelling variant of one, a person's surname alone,
 * or, for a state's institutions, the one actor of that kind and country.
 */
export interface ActorDirectory {
  byName(name: string): KnownActor | null;
  /** Only an actor whose name or alias is exactly this (folded), never a surname or spelling variant. */
  exactName(name: string): KnownActor | null;
  /** The state with this ISO code ("IR"), when the graph has one. */
  stateOf(cca2: string): KnownActor | null;
  /** The only actor of this kind in this country, if there is exactly one. */
  onlyOfKind(kind: string, cca2: string): KnownActor | null;
}

export function createActorDirectory(actors: readonly KnownActor[]): ActorDirectory {
  const names = new Map<string, KnownActor>();
  const surnames = new Map<string, KnownActor[]>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const folded = foldName(name);
      // "The News International" is found as "News International" too: articles drop or keep "the".
      for (const key of [folded, folded.replace(/^the /, '')]) {
        if (key !== '' && !names.has(key)) names.set(key, actor);
      }
    }
    if (actor.kind === 'PERSON') {
      const surname = foldName(actor.name).split(' ').at(-1);
      if (surname) surnames.set(surname, [...(surnames.get(surname) ?? []), actor]);
    }
  }
  const entries = [...names];
  return {
    byName(name) {
      const folded = foldName(name);
      if (folded === '') return null;
      const exact = names.get(folded);
      if (exact) return exact;
      const sameSurname = surnames.get(folded);
      if (sameSurname?.length === 1) return sameSurname[0] as KnownActor;
      return entries.find(([known]) => isSpellingVariant(known, folded))?.[1] ?? null;
    },
    exactName(name) {
      return names.get(foldName(name)) ?? null;
    },
    stateOf(cca2) {
      return actors.find((actor) => actor.kind === 'STATE' && actor.country === cca2) ?? null;
    },
    onlyOfKind(kind, cca2) {
      const found = actors.filter((actor) => actor.kind === kind && actor.country === cca2);
      return found.length === 1 ? (found[0] as KnownActor) : null;
    },
  };
}
