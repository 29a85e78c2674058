import type { ViewModel } from './view-model.ts';
import { visibleRelations } from './view-model.ts';

/**
 * The relation a key press selects: the next (or previous) of the focused actor's relations in
 * view, oldest first, after the one selected; with no actor focused, the next of all relations
 * in view. Wraps around; null when there is none.
 */
export function nextRelationOf(
  model: Pick<ViewModel, 'state' | 'relations' | 'visibility'>,
  step: 1 | -1,
): string | null {
  const { focus, relation } = model.state;
  const candidates = visibleRelations(model)
    .filter((edge) => !focus || edge.source === focus || edge.target === focus)
    .sort((a, b) => (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') || a.id.localeCompare(b.id));
  if (candidates.length === 0) return null;
  const index = candidates.findIndex((edge) => edge.id === relation);
  const next =
    index < 0 ? (step === 1 ? 0 : candidates.length - 1) : (index + step + candidates.length) % candidates.length;
  return candidates[next]!.id;
}
