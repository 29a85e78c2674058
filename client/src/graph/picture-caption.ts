import { toTypeLabel } from './elements.ts';
import { kindStyleOf, POLARITY_STYLES } from './kind-style.ts';
import { visibleRelations, type ViewModel } from './view-model.ts';

export interface LegendSwatch {
  label: string;
  colour: string;
  /** A filled mark for an actor kind, a line for a relation's polarity. */
  mark: 'actor' | 'line';
}

/**
 * What a picture of the graph says under it, so it can be read away from the app: what is
 * shown, as of when, under which filters and from which sources, and where it came from.
 * `sourceNames` names the sources the filter chose (ids otherwise).
 */
export function pictureCaption(
  model: Pick<ViewModel, 'state' | 'actors' | 'relations' | 'visibility'>,
  link: string,
  sourceNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  const { state } = model;
  const relations = visibleRelations(model);
  const filters = [
    state.types.length > 0 ? `types: ${state.types.map(toTypeLabel).join(', ')}` : null,
    state.polarity.length > 0 ? `polarity: ${state.polarity.map(toTypeLabel).join(', ')}` : null,
    state.statuses.length > 0 ? `status: ${state.statuses.map(toTypeLabel).join(', ')}` : null,
    state.minConfidence !== null ? `confidence at least ${Math.round(state.minConfidence * 100)}%` : null,
  ].filter((part): part is string => part !== null);
  const sources =
    state.sourceIds.length > 0
      ? `Sources: ${state.sourceIds.map((id) => sourceNames.get(id) ?? id).join('; ')}`
      : 'Sources: all sources in the graph';
  return [
    `${model.actors.length} actors, ${relations.length} relations, ${state.asOf ? `as of ${state.asOf}` : 'all dates'}`,
    `Filters: ${filters.length > 0 ? filters.join('; ') : 'none'}`,
    sources,
    `View: ${link}`,
  ];
}

/** The legend drawn into a picture: the kinds in view, then the polarities. */
export function pictureLegend(model: Pick<ViewModel, 'actors'>): LegendSwatch[] {
  const kinds = [...new Set(model.actors.map((actor) => actor.kind))].sort();
  return [
    ...kinds.map((kind) => ({
      label: kindStyleOf(kind).label,
      colour: kindStyleOf(kind).colour,
      mark: 'actor' as const,
    })),
    ...Object.values(POLARITY_STYLES).map((style) => ({
      label: style.label,
      colour: style.colour,
      mark: 'line' as const,
    })),
  ];
}
