// The parameters of a saved analysis as a form: each declared type (from the file's header,
// `// param: NAME TYPE [= JSON]`) read from the text of a field, and the declarations a query
// saved from the panel gets from the parameters it ran with. Pure and unit-tested.
import { parametersOf } from './cypher-text.ts';

/** The types a saved analysis may declare (schema.graphql, SavedAnalysisParam.type). */
export const PARAM_TYPES = ['String', 'Integer', 'Float', 'Boolean', 'Date', 'List<String>'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamDeclaration {
  name: string;
  type: string;
  default?: unknown;
  description?: string | null;
}

export type ParsedParam = { value: unknown } | { error: string };

const DATE_TEXT = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A value as the text of its field: a list one item a line, everything else as written. */
export function formatParamValue(type: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'List<String>' && Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

/** The text of a field read as its type; the error says what the type wants. */
export function parseParamValue(name: string, type: string, text: string): ParsedParam {
  const trimmed = text.trim();
  switch (type) {
    case 'Integer':
      return /^-?\d+$/.test(trimmed) ? { value: Number(trimmed) } : { error: `${name} must be a whole number` };
    case 'Float':
      return trimmed !== '' && Number.isFinite(Number(trimmed))
        ? { value: Number(trimmed) }
        : { error: `${name} must be a number` };
    case 'Boolean':
      return trimmed === 'true' || trimmed === 'false'
        ? { value: trimmed === 'true' }
        : { error: `${name} must be true or false` };
    case 'Date':
      return DATE_TEXT.test(trimmed)
        ? { value: trimmed }
        : { error: `${name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD` };
    case 'List<String>':
      return {
        value: text
          .split(/[\n,]/)
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      };
    default:
      return { value: text };
  }
}

/**
 * The params of a run from the form: a field left empty is left out, so the analysis uses its
 * default; one without a default must be filled in.
 */
export function collectParamValues(
  declarations: readonly ParamDeclaration[],
  texts: ReadonlyMap<string, string>,
): { params: Record<string, unknown> } | { errors: string[] } {
  const params: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const declaration of declarations) {
    const text = texts.get(declaration.name) ?? '';
    if (text.trim() === '') {
      if (declaration.default === undefined || declaration.default === null) {
        errors.push(`${declaration.name} needs a value`);
      }
      continue;
    }
    const parsed = parseParamValue(declaration.name, declaration.type, text);
    if ('error' in parsed) errors.push(parsed.error);
    else params[declaration.name] = parsed.value;
  }
  return errors.length > 0 ? { errors } : { params };
}

/**
 * The parameter declarations of a query saved from the panel: every `$name` it uses, typed from
 * the value it ran with (which becomes the default); one it ran without is a String with no
 * default, so whoever runs it must give it.
 */
export function declareParams(query: string, given: Readonly<Record<string, unknown>>): ParamDeclaration[] {
  return parametersOf(query).map((name) => {
    const value = given[name];
    if (value === undefined) return { name, type: 'String' };
    return { name, type: typeOfValue(value), default: value };
  });
}

function typeOfValue(value: unknown): ParamType {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (Array.isArray(value)) return 'List<String>';
  if (typeof value === 'string' && DATE_TEXT.test(value)) return 'Date';
  return 'String';
}
