// The `id` property of nodes the console met only as the ends of relationships it returned,
// looked up by element id inside the same read transaction (element ids hold only within it).
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId
RETURN elementId, n.id AS id
