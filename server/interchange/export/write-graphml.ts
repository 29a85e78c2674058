import type { ExportReader } from './read-export.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  fieldText,
  presentFields,
  type FieldType,
  type GraphField,
} from './graph-fields.ts';
import type { TextSink } from './text-sink.ts';
import { xmlAttribute, xmlText } from './xml-text.ts';

/** GraphML's attr.type for each field type; lists travel as JSON text. */
const GRAPHML_TYPE: Record<FieldType, string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'int',
  double: 'double',
  list: 'string',
};

const nodeKey = (name: string) => `actor.${name}`;
const edgeKey = (name: string) => `relation.${name}`;

function keyDeclarations<T>(fields: readonly GraphField<T>[], domain: 'node' | 'edge'): string {
  return fields
    .map((field) => {
      const id = domain === 'node' ? nodeKey(field.name) : edgeKey(field.name);
      return `  <key id="${id}" for="${domain}" attr.name="${field.name}" attr.type="${GRAPHML_TYPE[field.type]}"/>\n`;
    })
    .join('');
}

function dataElements<T>(fields: readonly GraphField<T>[], record: T, key: (name: string) => string): string {
  return presentFields(fields, record)
    .map(({ field, value }) => `      <data key="${key(field.name)}">${xmlText(fieldText(value))}</data>\n`)
    .join('');
}

/**
 * GraphML 1.0 (yEd, networkx, Gephi): actors as nodes and relations as directed edges, each
 * property as a typed `<data>` declared by a `<key>`. Valid against the published GraphML schema.
 */
export async function writeGraphml(reader: ExportReader, out: TextSink): Promise<void> {
  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keyDeclarations(ACTOR_FIELDS, 'node') +
      keyDeclarations(RELATION_FIELDS, 'edge') +
      '  <graph id="actorgraph" edgedefault="directed">\n',
  );
  for await (const actors of reader.actors()) {
    for (const actor of actors) {
      await out.write(
        `    <node id="${xmlAttribute(actor.id)}">\n${dataElements(ACTOR_FIELDS, actor, nodeKey)}    </node>\n`,
      );
    }
  }
  for await (const relations of reader.relations()) {
    for (const relation of relations) {
      await out.write(
        `    <edge id="${xmlAttribute(relation.id)}" source="${xmlAttribute(relation.fromId)}" ` +
          `target="${xmlAttribute(relation.toId)}">\n${dataElements(RELATION_FIELDS, relation, edgeKey)}    </edge>\n`,
      );
    }
  }
  await out.write('  </graph>\n</graphml>\n');
}
