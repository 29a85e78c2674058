import type { Core, ElementDefinition } from 'cytoscape';

export interface ElementChanges {
  addedNodes: string[];
  addedEdges: string[];
  removed: string[];
}

/**
 * Brings the graph to exactly the desired elements, touching only what differs: elements kept
 * keep their positions (the analyst's mental map), new ones are added, gone ones removed, and
 * the data of kept ones is refreshed (a new piece of evidence may have changed a confidence).
 */
export function applyElements(cy: Core, desired: readonly ElementDefinition[]): ElementChanges {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of desired) wanted.set(String(element.data.id), element);
  const gone = cy.elements().filter((element) => !wanted.has(element.id()));
  const removed = gone.map((element) => element.id());
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  cy.batch(() => {
    cy.remove(gone);
    const fresh: ElementDefinition[] = [];
    for (const [id, element] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        // id, source and target are fixed once an element exists; only the rest can change.
        const { id: _id, source: _source, target: _target, ...rest } = element.data;
        // Setting data restyles the element, so only what really changed is set.
        const changed = Object.entries(rest).filter(
          ([key, value]) => JSON.stringify(existing.data(key)) !== JSON.stringify(value),
        );
        if (changed.length > 0) existing.data(Object.fromEntries(changed));
      } else {
        fresh.push(element);
        (element.group === 'edges' ? addedEdges : addedNodes).push(id);
      }
    }
    // Nodes first, so every new edge finds its ends.
    cy.add(fresh.filter((element) => element.group !== 'edges'));
    cy.add(fresh.filter((element) => element.group === 'edges'));
  });
  return { addedNodes, addedEdges, removed };
}
