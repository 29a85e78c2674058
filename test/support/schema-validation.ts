import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

/** The formats' published schemas, vendored with their sources noted in the folder's README. */
const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'schemas');

const file = async (folder: string, name: string) => ({
  fileName: name,
  contents: await readFile(join(SCHEMAS, folder, name), 'utf8'),
});

/** Room for the XML of a large export: libxml2 runs in WebAssembly with its own memory. */
const MEMORY = { initialMemoryPages: 256, maxMemoryPages: 16 * 1024 };

/** Validates GraphML against the GraphML 1.0 XML Schema, with libxml2 (xmllint). */
export async function validateGraphml(xml: string): Promise<XMLValidationResult> {
  return validateXML({
    xml: [{ fileName: 'export.graphml', contents: xml }],
    schema: [await file('graphml', 'graphml.xsd')],
    preload: [await file('graphml', 'xlink.xsd')],
    ...MEMORY,
  });
}

/** Validates GEXF against the published GEXF 1.3 RelaxNG grammar, with libxml2 (xmllint). */
export async function validateGexf(xml: string): Promise<XMLValidationResult> {
  return validateXML({
    xml: [{ fileName: 'export.gexf', contents: xml }],
    extension: 'relaxng',
    schema: [await file('gexf-1.3', 'gexf.rng')],
    preload: [await file('gexf-1.3', 'dynamics.rng'), await file('gexf-1.3', 'viz.rng')],
    ...MEMORY,
  });
}
