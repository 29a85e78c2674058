import type { ElementDefinition } from 'cytoscape';
import type { ActorPayload, RelationPayload, SubgraphPayload } from '../api/payloads.ts';

export type { ActorPayload, RelationPayload } from '../api/payloads.ts';

/** What a node carries: enough to draw it, list it in the table and export it. */
export interface ActorNodeData {
  id: string;
  label: string;
  kind: string;
  country: string | null;
  aliases: string[];
  degree: number | null;
}

/** What an edge carries: the relation's own fields (the time slider, the style and the export read them), its ends and its label. */
export type RelationEdgeData = Omit<RelationPayload, 'from' | 'to'> & {
  source: string;
  target: string;
  label: string;
  /** |intensity|: how strong, whichever the sign; edge width can follow it. */
  strength: number;
};

/** The sign in text, so polarity is never carried by colour alone. */
const POLARITY_MARKS: Record<string, string> = { COOPERATIVE: '+', HOSTILE: '−' };

/** "ATTACK" becomes "attack", "MEMBER_OF" becomes "member of". */
export function toTypeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function toEdgeLabel(relation: Pick<RelationPayload, 'type' | 'polarity'>): string {
  const mark = POLARITY_MARKS[relation.polarity];
  return mark ? `${mark} ${toTypeLabel(relation.type)}` : toTypeLabel(relation.type);
}

export function toNodeData(actor: ActorPayload): ActorNodeData {
  return {
    id: actor.id,
    label: actor.name,
    kind: actor.kind,
    country: actor.country ?? null,
    aliases: actor.aliases ?? [],
    degree: actor.degree ?? null,
  };
}

export function toEdgeData(relation: RelationPayload): RelationEdgeData {
  return {
    id: relation.id,
    source: relation.from.id,
    target: relation.to.id,
    label: toEdgeLabel(relation),
    type: relation.type,
    polarity: relation.polarity,
    intensity: relation.intensity ?? 0,
    strength: Math.abs(relation.intensity ?? 0),
    status: relation.status,
    confidence: relation.confidence,
    validFrom: relation.validFrom ?? null,
    validTo: relation.validTo ?? null,
    datePrecision: relation.datePrecision ?? null,
    validToPrecision: relation.validToPrecision ?? null,
    isEvent: relation.isEvent ?? false,
    evidenceCount: relation.evidenceCount ?? 1,
    singleSource: relation.singleSource ?? false,
    anonymousOnly: relation.anonymousOnly ?? false,
  };
}

/**
 * Turns API payloads into Cytoscape elements. Pure: no DOM, no Cytoscape instance, so it is
 * tested headless. Relations whose actors are missing from the payload are left out rather
 * than drawn to nowhere.
 */
export function toElements(
  actors: readonly ActorPayload[],
  relations: readonly RelationPayload[],
): ElementDefinition[] {
  const ids = new Set(actors.map((actor) => actor.id));
  const nodes: ElementDefinition[] = actors.map((actor) => ({ group: 'nodes', data: { ...toNodeData(actor) } }));
  const edges: ElementDefinition[] = relations
    .filter((relation) => ids.has(relation.from.id) && ids.has(relation.to.id))
    .map((relation) => ({ group: 'edges', data: { ...toEdgeData(relation) } }));
  return [...nodes, ...edges];
}

/**
 * The overview page lists relations with both ends embedded; this turns it into a subgraph of
 * the actors those relations touch.
 */
export function toSubgraph(
  relations: readonly (RelationPayload & { from: ActorPayload; to: ActorPayload })[],
): SubgraphPayload {
  const actors = new Map<string, ActorPayload>();
  for (const relation of relations) {
    actors.set(relation.from.id, relation.from);
    actors.set(relation.to.id, relation.to);
  }
  return { actors: [...actors.values()], relations: [...relations] };
}
