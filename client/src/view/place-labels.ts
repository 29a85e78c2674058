import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { placeLabels, shortenLabel, type Box, type LabelCandidate } from '../graph/label-placement.ts';

/** Only a label's own box: not the node's shape, not the edge's line. */
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
  // Measured afresh: a label that just changed (short, hidden, resized) has stale cached bounds.
  useCache: false,
} as const;

/** Labels of more elements than this are not placed one by one: the graph is read by its shape then. */
const PLACEMENT_LIMIT = 2500;

/**
 * Keeps labels from colliding: every label that would be drawn is measured (Cytoscape's own
 * label bounds), then placed by priority (graph/label-placement.ts) and drawn in full, shortened
 * (class `label-short`) or not at all (class `label-hidden`). Run after anything that moves,
 * shows, hides or resizes labels: a layout, a date, a selection, a zoom.
 */
export function placeGraphLabels(cy: Core): void {
  const zoom = cy.zoom();
  const drawn = cy.elements(':visible').filter((element) => {
    const label = String(element.data('label') ?? '');
    if (!label) return false;
    // Text Cytoscape would not draw at this zoom (min-zoomed-font-size) takes no room.
    return styleNumber(element, 'font-size') * zoom >= styleNumber(element, 'min-zoomed-font-size');
  });
  cy.batch(() => {
    cy.elements('.label-short, .label-hidden').removeClass('label-short label-hidden');
  });
  if (drawn.empty() || drawn.length > PLACEMENT_LIMIT) return;

  // Actors' shapes: a label drawn over one hides it, or reads as its name.
  const obstacles = cy.nodes(':visible').map((node) => ({
    owner: node.id(),
    box: node.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
  }));
  const full = new Map<string, Box>();
  drawn.forEach((element) => void full.set(element.id(), element.boundingBox(LABEL_ONLY)));
  const firstPass = placeLabels(
    drawn.map((element) => candidate(element, full.get(element.id())!)),
    obstacles,
  );
  const losers = drawn.filter((element) => firstPass.get(element.id()) !== 'full');
  // Losers try a short label: set it, measure it, then place everything again by priority.
  const short = new Map<string, Box>();
  cy.batch(() => {
    losers.forEach((element) => {
      const text = shortLabelOf(element);
      if (text === null) return;
      if (element.data('shortLabel') !== text) element.data('shortLabel', text);
      element.addClass('label-short');
    });
  });
  losers.forEach((element) => {
    if (element.hasClass('label-short')) short.set(element.id(), element.boundingBox(LABEL_ONLY));
  });
  const choices = placeLabels(
    drawn.map((element) => candidate(element, full.get(element.id())!, short.get(element.id()))),
    obstacles,
  );
  cy.batch(() => {
    drawn.forEach((element) => {
      const choice = choices.get(element.id());
      element.toggleClass('label-short', choice === 'short');
      element.toggleClass('label-hidden', choice === 'hidden');
    });
  });
}

function candidate(element: SingularElementArgument, full: Box, short?: Box): LabelCandidate {
  return { id: element.id(), priority: priorityOf(element), full, short };
}

/**
 * Who keeps a label: the selection first, then what a path or a Cypher result lit up, then
 * actors by how connected they are, then relations by how much evidence (or how many
 * relations a combined edge stands for). What was stepped back (muted, faded) comes last.
 */
export function priorityOf(element: SingularElementArgument): number {
  let priority = element.isNode()
    ? 1000 + 10 * (element as NodeSingular).degree(false)
    : 100 + Number(element.data('count') ?? 0) * 5 + Number(element.data('evidenceCount') ?? 1);
  if (element.hasClass('focus')) priority += 100_000;
  if (element.hasClass('on-path') || element.hasClass('on-result')) priority += 50_000;
  if (element.hasClass('muted') || element.hasClass('faded') || element.hasClass('dormant')) priority -= 5_000;
  return priority;
}

/** The short form of a label, or null when it is short already. */
function shortLabelOf(element: SingularElementArgument): string | null {
  const label = String(element.data('label') ?? '');
  const text = element.isEdge() && element.hasClass('pair') ? label.replace(/ relations,/, ',') : shortenLabel(label);
  return text === label.replace(/\s+/g, ' ').trim() && !/\n/.test(label) ? null : text;
}

/** A style value in pixels, as Cytoscape resolved it (pstyle is public but missing from the types). */
function styleNumber(element: SingularElementArgument, property: string): number {
  return Number((element as unknown as { pstyle(name: string): { pfValue: number } }).pstyle(property).pfValue);
}
