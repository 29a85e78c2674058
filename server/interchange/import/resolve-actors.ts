import { slugOf } from '../../domain/slug.ts';
import type { ActorKind } from '../../domain/vocabulary.ts';
import { createActorDirectory, type ActorDirectory } from '../../extraction/actor-directory.ts';
import { countryName, findCountry } from '../../extraction/countries.ts';
import type { KnownActor } from '../../extraction/extractor.ts';
import { foldName } from '../../extraction/names.ts';
import { MAX_LENGTH } from '../../ingest/limits.ts';
import type { CodedActor } from './coded-event.ts';

/** An actor the import creates because nothing in the graph is it. */
export interface NewActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly aliases: readonly string[];
}

/**
 * Lands coded actors on the actors of the graph, with the resolver the extractor uses for
 * articles (server/extraction/actor-directory.ts and countries.ts), so an import and an article
 * agree on who is who:
 * - a bare country code ("USA") is the state with that ISO country;
 * - a country with a kind ("USAGOV", "Military Forces of Pakistan") is the one actor of that kind
 *   in that country when the graph has exactly one, else the state (event data codes at the level
 *   of states; no second, nameless "government" actor is made);
 * - a name is looked up by name and alias (spelling variants included), then as a country;
 * - only what none of these finds becomes a new actor, once per name for the whole import.
 */
export class ActorResolver {
  private readonly directory: ActorDirectory;
  private readonly takenIds: Set<string>;
  private readonly created = new Map<string, NewActor>();
  private readonly byName = new Map<string, string>();
  private unwritten: NewActor[] = [];

  constructor(known: readonly KnownActor[]) {
    this.directory = createActorDirectory(known);
    this.takenIds = new Set(known.map((actor) => actor.id));
  }

  /** The id of the actor a coded actor is. */
  resolve(actor: CodedActor): string {
    if (actor.country && actor.standsFor) {
      const ofKind =
        actor.kind && actor.standsFor === 'ORGAN' ? this.directory.onlyOfKind(actor.kind, actor.country) : null;
      return ofKind?.id ?? this.stateOf(actor.country);
    }
    const name = actor.name ?? actor.code ?? '';
    const folded = foldName(name);
    const cached = this.byName.get(folded);
    if (cached) return cached;
    const known = this.directory.byName(name)?.id;
    const country = known ? null : findCountry(name);
    const id =
      known ??
      (country ? this.stateOf(country.cca2) : this.create(displayName(name), actor.kind ?? 'OTHER', actor.country));
    this.byName.set(folded, id);
    return id;
  }

  /** The actors created since the last call, to be written with the rows that use them. */
  takeNewActors(): NewActor[] {
    const taken = this.unwritten;
    this.unwritten = [];
    return taken;
  }

  private stateOf(cca2: string): string {
    const state = this.directory.stateOf(cca2);
    if (state) return state.id;
    const existing = this.created.get(`state:${cca2}`);
    if (existing) return existing.id;
    const actor = this.newActor(countryName(cca2) ?? cca2, 'STATE', cca2);
    this.created.set(`state:${cca2}`, actor);
    return actor.id;
  }

  private create(name: string, kind: ActorKind, country: string | null): string {
    return this.newActor(name, kind, country).id;
  }

  private newActor(name: string, kind: ActorKind, country: string | null): NewActor {
    const base = slugOf(name) || 'actor';
    let id = base;
    for (let n = 2; this.takenIds.has(id); n++) id = `${base.slice(0, MAX_LENGTH.id - 6)}-${n}`;
    this.takenIds.add(id);
    const actor: NewActor = { id, name: name.slice(0, MAX_LENGTH.name), kind, country, aliases: [] };
    this.unwritten.push(actor);
    return actor;
  }
}

/** Coders write names in capitals ("TALIBAN"); an actor's name is written as a name. */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
