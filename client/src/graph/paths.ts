import type { ActorPayload, PathPayload, PathRelationPayload } from '../api/payloads.ts';

/** One hop of a chain: every relation that links the two actors on the paths found, and what they add up to. */
export interface ChainHop {
  from: ActorPayload;
  to: ActorPayload;
  /** The parallel relations of this hop, strongest confidence first. */
  relations: PathRelationPayload[];
  /** '+' when all are cooperative, '−' when all hostile, '±' when both, '0' when none is either. */
  sign: '+' | '−' | '±' | '0';
  /** The weakest confidence among them: the hop is no surer than its least sure reading. */
  weakestConfidence: number;
  /** '→' when every relation points along the path, '←' when every one points back, '↔' when both. */
  arrow: '→' | '←' | '↔';
}

/** The paths that pass through the same actors in the same order: one chain, its parallel relations grouped per hop. */
export interface PathChain {
  /** The actors' ids joined, unique among the chains. */
  key: string;
  actors: ActorPayload[];
  hops: ChainHop[];
  /** How many of the paths found this chain stands for. */
  pathCount: number;
  weakestConfidence: number;
}

/**
 * Paths grouped by their chain of actors: five relations between the same two actors make one
 * chain with a hop of five, not five paths. Chains keep the order in which they were first found;
 * each hop's relations are sorted strongest first.
 */
export function groupPathsByChain(paths: readonly PathPayload[]): PathChain[] {
  const chains = new Map<string, { actors: ActorPayload[]; hops: Map<string, PathRelationPayload>[]; count: number }>();
  for (const path of paths) {
    const key = path.actors.map((actor) => actor.id).join('>');
    const chain = chains.get(key) ?? {
      actors: [...path.actors],
      hops: path.relations.map(() => new Map<string, PathRelationPayload>()),
      count: 0,
    };
    chain.count += 1;
    path.relations.forEach((relation, index) => chain.hops[index]?.set(relation.id, relation));
    chains.set(key, chain);
  }
  return [...chains.entries()].map(([key, chain]) => {
    const hops = chain.hops.map((byId, index): ChainHop => {
      const relations = [...byId.values()].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
      return {
        from: chain.actors[index]!,
        to: chain.actors[index + 1]!,
        relations,
        sign: signOf(relations),
        weakestConfidence: Math.min(...relations.map((relation) => relation.confidence)),
        arrow: arrowOf(relations, chain.actors[index]!.id),
      };
    });
    return {
      key,
      actors: chain.actors,
      hops,
      pathCount: chain.count,
      weakestConfidence: Math.min(...hops.map((hop) => hop.weakestConfidence)),
    };
  });
}

function signOf(relations: readonly PathRelationPayload[]): ChainHop['sign'] {
  const cooperative = relations.some((relation) => relation.polarity === 'COOPERATIVE');
  const hostile = relations.some((relation) => relation.polarity === 'HOSTILE');
  return cooperative && hostile ? '±' : cooperative ? '+' : hostile ? '−' : '0';
}

/** The chain the view highlights: the chosen one, else the first; null when there is none. */
export function chosenChain(chains: readonly PathChain[], choice: number | null): PathChain | null {
  return chains[choice ?? 0] ?? chains[0] ?? null;
}

/** The actors and relations of one chain, to highlight it alone. */
export function chainElements(chain: PathChain | null): { actorIds: Set<string>; relationIds: Set<string> } {
  return {
    actorIds: new Set(chain?.actors.map((actor) => actor.id) ?? []),
    relationIds: new Set(chain?.hops.flatMap((hop) => hop.relations.map((relation) => relation.id)) ?? []),
  };
}

function arrowOf(relations: readonly PathRelationPayload[], fromId: string): ChainHop['arrow'] {
  const forward = relations.some((relation) => relation.from.id === fromId);
  const backward = relations.some((relation) => relation.from.id !== fromId);
  return forward && backward ? '↔' : forward ? '→' : '←';
}
