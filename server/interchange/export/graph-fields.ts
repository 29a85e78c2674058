import { boundsOf } from '../../domain/date-window.ts';
import { addDays } from '../../domain/dates.ts';
import type { ExportActor, ExportRelation } from './export-records.ts';

/**
 * The properties that the graph formats (GraphML, GEXF, Cytoscape JSON) carry on nodes and
 * edges: one list, so the three formats carry the same ones under the same names. A list is
 * written as JSON text where the format has no list type.
 */
export type FieldType = 'string' | 'boolean' | 'int' | 'double' | 'list';
export type FieldValue = string | number | boolean | readonly string[] | null;

export interface GraphField<T> {
  readonly name: string;
  readonly type: FieldType;
  readonly value: (record: T) => FieldValue;
}

export const ACTOR_FIELDS: readonly GraphField<ExportActor>[] = [
  { name: 'name', type: 'string', value: (a) => a.name },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'country', type: 'string', value: (a) => a.country },
  { name: 'aliases', type: 'list', value: (a) => a.aliases },
  { name: 'wikidata', type: 'string', value: (a) => a.wikidata },
  { name: 'description', type: 'string', value: (a) => a.description },
];

export const RELATION_FIELDS: readonly GraphField<ExportRelation>[] = [
  { name: 'type', type: 'string', value: (r) => r.type },
  { name: 'polarity', type: 'string', value: (r) => r.polarity },
  { name: 'sign', type: 'int', value: (r) => r.sign },
  { name: 'intensity', type: 'double', value: (r) => r.intensity },
  { name: 'quad', type: 'string', value: (r) => r.quad },
  { name: 'mode', type: 'string', value: (r) => r.mode },
  { name: 'summary', type: 'string', value: (r) => r.summary },
  { name: 'location', type: 'string', value: (r) => r.locationId },
  { name: 'validFrom', type: 'string', value: (r) => r.validFrom },
  { name: 'datePrecision', type: 'string', value: (r) => r.datePrecision },
  { name: 'validTo', type: 'string', value: (r) => r.validTo },
  { name: 'validToPrecision', type: 'string', value: (r) => r.validToPrecision },
  { name: 'isEvent', type: 'boolean', value: (r) => r.isEvent },
  { name: 'dateAsWritten', type: 'string', value: (r) => r.dateAsWritten },
  { name: 'status', type: 'string', value: (r) => r.status },
  { name: 'confidence', type: 'double', value: (r) => r.confidence },
  { name: 'evidenceCount', type: 'int', value: (r) => r.evidenceCount },
  { name: 'sourceIds', type: 'list', value: (r) => r.sourceIds },
  { name: 'links', type: 'list', value: (r) => r.links.map((link) => `${link.kind}:${link.relationId}`) },
];

/** A value as text for formats without native types (lists as JSON arrays). */
export function fieldText(value: Exclude<FieldValue, null>): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** The fields of a record that have a value, with it (an empty list counts as none). */
export function presentFields<T>(
  fields: readonly GraphField<T>[],
  record: T,
): { field: GraphField<T>; value: Exclude<FieldValue, null> }[] {
  return fields.flatMap((field) => {
    const value = field.value(record);
    if (value === null || (Array.isArray(value) && value.length === 0)) return [];
    return [{ field, value: value as Exclude<FieldValue, null> }];
  });
}

/**
 * The days a relation may hold, both ends included, for formats that replay time (GEXF spells):
 * an event its whole period; a state of affairs from the first day it may have begun to the last
 * day it may still have held (server/domain/date-window.ts, boundsOf), an unknown end left open.
 * Null for an undated relation, which such formats show at every time.
 */
export function relationSpan(relation: ExportRelation): { start: string | null; end: string | null } | null {
  if (relation.validFrom === null && relation.validTo === null) return null;
  const bounds = boundsOf(relation);
  if (relation.isEvent) return { start: bounds.validFrom, end: bounds.validFromLast };
  const lastHeld = bounds.validToLast ? addDays(bounds.validToLast, -1) : null;
  const end = lastHeld && bounds.validFrom && lastHeld < bounds.validFrom ? bounds.validFrom : lastHeld;
  return { start: bounds.validFrom, end };
}
