import type { AnalysisOverlayPayload } from '../api/payloads.ts';

/** The analyses the API offers as overlays, with what each one needs from the view. */
export const ANALYSES = [
  { name: 'influence', label: 'Influence (PageRank, brokers)', needs: null },
  { name: 'blocs', label: 'Blocs (communities)', needs: null },
  { name: 'balance', label: 'Structural balance (triads)', needs: null },
  { name: 'sign-changes', label: 'Sign changes (friend ↔ foe)', needs: null },
  { name: 'evidence-quality', label: 'Evidence quality (weak claims)', needs: null },
  { name: 'reach', label: 'Reach of the focused actor or the path ends', needs: 'focus-or-path' },
  { name: 'changes', label: 'Changes in the world (started, ended)', needs: null },
  { name: 'changes-recorded', label: 'Changes recorded (added, retracted, changed)', needs: null },
] as const;

/**
 * Colours for groups (blocs): Okabe and Ito's palette, told apart by people with the common
 * colour-vision deficiencies. Groups beyond it share grey, and every group's name is also
 * written next to its actors.
 */
export const GROUP_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
export const OTHER_GROUP_COLOUR = '#9ca3af';

export interface ActorOverlay {
  /** 0 (smallest value) to 1 (largest), on a square-root scale so that area follows value. */
  size: number | null;
  group: string | null;
  colour: string | null;
  label: string | null;
}

export interface OverlayLayer {
  actors: Map<string, ActorOverlay>;
  relationIds: Set<string>;
  /** Groups in legend order (largest first) with their colours. */
  groups: { group: string; colour: string; count: number }[];
}

/** An analysis as the view holds it: the API's answer and what the graph draws from it. */
export interface AnalysisResult {
  payload: AnalysisOverlayPayload;
  layer: OverlayLayer;
}

/** Turns an analysis result into what the view draws: sizes, group colours and highlighted relations. */
export function toOverlayLayer(overlay: AnalysisOverlayPayload): OverlayLayer {
  const values = overlay.actors
    .map((score) => score.value)
    .filter((value): value is number => value !== null && Number.isFinite(value));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const counts = new Map<string, number>();
  for (const score of overlay.actors) if (score.group) counts.set(score.group, (counts.get(score.group) ?? 0) + 1);
  const groups = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, undefined, { numeric: true }))
    .map(([group, count], index) => ({ group, count, colour: GROUP_COLOURS[index] ?? OTHER_GROUP_COLOUR }));
  const colourOf = new Map(groups.map((entry) => [entry.group, entry.colour]));
  const actors = new Map<string, ActorOverlay>();
  for (const score of overlay.actors) {
    const value = score.value;
    // When every value is the same, size says nothing: a middle size, not the largest.
    const size =
      value === null || !Number.isFinite(value) ? null : max > min ? Math.sqrt((value - min) / (max - min)) : 0.5;
    actors.set(score.actorId, {
      size,
      group: score.group,
      colour: score.group ? (colourOf.get(score.group) ?? OTHER_GROUP_COLOUR) : null,
      label: score.label,
    });
  }
  return { actors, relationIds: new Set(overlay.relationIds), groups };
}

/** The scored actors not in the view, highest value first, so the analyst can bring the top ones in. */
export function rankMissingActors(
  overlay: AnalysisOverlayPayload,
  inView: (id: string) => boolean,
  limit: number,
): string[] {
  return overlay.actors
    .filter((score) => !inView(score.actorId))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.actorId.localeCompare(b.actorId))
    .slice(0, limit)
    .map((score) => score.actorId);
}
