import type { ActorRelationPayload, EvidencePayload } from '../api/payloads.ts';

export const STANCES = ['ASSERTS', 'DENIES', 'HEDGES'] as const;

export interface StanceGroup {
  stance: string;
  items: EvidencePayload[];
}

/**
 * Evidence grouped by where each source stands, in a fixed order (asserts, denies, hedges),
 * empty groups left out. With more than one group the panel sets them side by side instead of
 * averaging them away; whether they disagree is the server's one rule (`assessment.disputed`,
 * server/domain/confidence.ts), never re-derived here. Retracted items stay in their
 * group (the record of what was once claimed), after the live ones.
 */
export function groupEvidenceByStance(evidence: readonly EvidencePayload[]): StanceGroup[] {
  const order = (stance: string) => {
    const index = (STANCES as readonly string[]).indexOf(stance);
    return index === -1 ? STANCES.length : index;
  };
  const groups = new Map<string, EvidencePayload[]>();
  for (const item of evidence) groups.set(item.stance, [...(groups.get(item.stance) ?? []), item]);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([stance, items]) => ({
      stance,
      items: [...items].sort((a, b) => Number(a.retracted) - Number(b.retracted) || b.confidence - a.confidence),
    }));
}

export interface RelationTypeGroup {
  type: string;
  relations: { relation: ActorRelationPayload; outgoing: boolean; other: { id: string; name: string } }[];
}

/** An actor's relations grouped by type, the largest group first, each with the actor at the other end. */
export function groupRelationsByType(actorId: string, relations: readonly ActorRelationPayload[]): RelationTypeGroup[] {
  const groups = new Map<string, RelationTypeGroup>();
  for (const relation of relations) {
    const outgoing = relation.from.id === actorId;
    const group = groups.get(relation.type) ?? { type: relation.type, relations: [] };
    group.relations.push({ relation, outgoing, other: outgoing ? relation.to : relation.from });
    groups.set(relation.type, group);
  }
  return [...groups.values()].sort((a, b) => b.relations.length - a.relations.length || a.type.localeCompare(b.type));
}

const RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

const CREDIBILITY: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** The Admiralty code in words: "B2: usually reliable source, information probably true". */
export function describeGrading(grading: { reliability: string; credibility: number; code: string } | null): string {
  if (!grading) return 'not graded';
  const reliability = RELIABILITY[grading.reliability] ?? 'unknown reliability';
  const credibility = CREDIBILITY[grading.credibility] ?? 'unknown credibility';
  return `${grading.code}: source ${reliability}, information ${credibility}`;
}
