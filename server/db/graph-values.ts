import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { toPlain } from './convert.ts';

/**
 * Graph values of a console result as plain JSON that names them (a node as `{id, name, labels}`,
 * a relationship as `{id, type, from, to}`, a path as the list of both), and the actors and
 * relations a result touches. Ids are the `id` properties actorgraph gives every record.
 */

/** What a result touches: actors and relations met as nodes or edges, texts that may be their ids. */
export class TouchedIds {
  readonly actorIds = new Set<string>();
  readonly relationIds = new Set<string>();
  readonly texts = new Set<string>();
  private readonly ends = new Set<string>();
  private readonly nodeIds = new Map<string, unknown>();

  visit(value: unknown): void {
    if (neo4j.isNode(value)) this.visitNode(value);
    else if (neo4j.isRelationship(value)) this.visitRelationship(value);
    else if (neo4j.isPath(value)) {
      this.visitNode(value.start);
      for (const segment of value.segments) {
        this.visitRelationship(segment.relationship);
        this.visitNode(segment.end);
      }
    } else if (typeof value === 'string') {
      if (value.length <= 200) this.texts.add(value);
    } else if (Array.isArray(value)) value.forEach((item) => this.visit(item));
    else if (isPlainObject(value)) Object.values(value).forEach((item) => this.visit(item));
  }

  /** Element ids of relationship ends that the result does not hold as nodes. */
  endElementIds(): string[] {
    return [...this.ends].filter((elementId) => !this.nodeIds.has(elementId));
  }

  knownIds(): ReadonlyMap<string, unknown> {
    return this.nodeIds;
  }

  private visitNode(node: Node): void {
    const id = node.properties['id'];
    this.nodeIds.set(node.elementId, id ?? null);
    if (typeof id !== 'string') return;
    if (node.labels.includes('Actor')) this.actorIds.add(id);
    if (node.labels.includes('Relation')) this.relationIds.add(id);
  }

  private visitRelationship(relationship: Relationship): void {
    this.ends.add(relationship.startNodeElementId);
    this.ends.add(relationship.endNodeElementId);
    const id = relationship.properties['id'];
    if (relationship.type === 'RELATES' && typeof id === 'string') this.relationIds.add(id);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** A value of the result as plain JSON; graph values by their ids and names. */
export function describeGraphValue(value: unknown, endIds: ReadonlyMap<string, unknown>): unknown {
  if (neo4j.isNode(value)) return describeNode(value);
  if (neo4j.isRelationship(value)) return describeRelationship(value, endIds);
  if (neo4j.isPath(value)) {
    return [
      describeNode(value.start),
      ...value.segments.flatMap((segment) => [
        describeRelationship(segment.relationship, endIds),
        describeNode(segment.end),
      ]),
    ];
  }
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isPoint(value))
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (Array.isArray(value)) return value.map((item) => describeGraphValue(item, endIds));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, describeGraphValue(item, endIds)]));
  }
  return toPlain(value);
}

function describeNode(node: Node): { id: unknown; name: unknown; labels: string[] } {
  const { id, name, title } = node.properties as Record<string, unknown>;
  return { id: toPlain(id), name: toPlain(name ?? title ?? null), labels: [...node.labels] };
}

function describeRelationship(
  relationship: Relationship,
  endIds: ReadonlyMap<string, unknown>,
): { id: unknown; type: string; from: unknown; to: unknown } {
  const endId = (elementId: string) => endIds.get(elementId) ?? null;
  return {
    id: toPlain(relationship.properties['id'] ?? null),
    type: relationship.type,
    from: endId(relationship.startNodeElementId),
    to: endId(relationship.endNodeElementId),
  };
}
