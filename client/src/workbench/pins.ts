import type { Core } from 'cytoscape';

/** The class that marks a pinned actor (view/style.ts draws it). */
export const PINNED_CLASS = 'pinned-place';

/**
 * Locks the pinned actors where they are, so that layouts and drags leave them, and marks them;
 * releases the others. Runs after every draw, before the layout that follows it.
 */
export function syncPins(cy: Core, locked: readonly string[]): void {
  const pinned = new Set(locked);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const pin = pinned.has(node.id());
      if (pin && !node.locked()) node.lock();
      else if (!pin && node.locked()) node.unlock();
      if (pin !== node.hasClass(PINNED_CLASS)) node.toggleClass(PINNED_CLASS, pin);
    });
  });
}
