import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

/**
 * Puts new nodes next to the nodes they connect to, before an incremental layout refines them:
 * an expansion then grows out of the node that was expanded instead of flying in from the origin.
 */
export function placeNewNodes(cy: Core, newIds: readonly string[]): void {
  const fresh = new Set(newIds);
  const extent = cy.extent();
  const fallback = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  newIds.forEach((id, index) => {
    const node = cy.getElementById(id);
    const anchors = node.neighborhood('node').filter((other: NodeSingular) => !fresh.has(other.id())) as NodeCollection;
    const centre = anchors.nonempty()
      ? {
          x: anchors.reduce((sum: number, other: NodeSingular) => sum + other.position('x'), 0) / anchors.length,
          y: anchors.reduce((sum: number, other: NodeSingular) => sum + other.position('y'), 0) / anchors.length,
        }
      : fallback;
    // Spread around the anchor on a golden-angle spiral, so no two land on the same spot.
    const angle = index * 2.399963;
    const radius = 80 + 12 * Math.sqrt(index);
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}
