import { describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../client/src/graph/cypher-examples.ts';
import { parametersOf } from '../../client/src/graph/cypher-text.ts';
import {
  collectParamValues,
  declareParams,
  formatParamValue,
  parseParamValue,
} from '../../client/src/graph/saved-analysis-params.ts';

describe('a saved analysis parameter read from its field', () => {
  it.each([
    ['Integer', ' 12 ', { value: 12 }],
    ['Integer', '1.5', { error: 'limit must be a whole number' }],
    ['Float', '0.75', { value: 0.75 }],
    ['Float', 'high', { error: 'limit must be a number' }],
    ['Boolean', 'false', { value: false }],
    ['Boolean', 'no', { error: 'limit must be true or false' }],
    ['Date', '2019-05', { value: '2019-05' }],
    ['Date', '05/2019', { error: 'limit must be a date: YYYY, YYYY-MM or YYYY-MM-DD' }],
    ['List<String>', 'iran,\n united-states \n\n', { value: ['iran', 'united-states'] }],
    ['String', ' as typed ', { value: ' as typed ' }],
  ])('reads %s from %j', (type, text, expected) => {
    expect(parseParamValue('limit', type, text)).toEqual(expected);
  });

  it('shows a default in its field as it would be typed', () => {
    expect(formatParamValue('List<String>', ['a', 'b'])).toBe('a\nb');
    expect(formatParamValue('Integer', 10)).toBe('10');
    expect(formatParamValue('String', null)).toBe('');
  });
});

describe('the parameters of a run from the form', () => {
  const declarations = [
    { name: 'since', type: 'Date', default: '2019-01-01' },
    { name: 'limit', type: 'Integer', default: 10 },
    { name: 'actor', type: 'String' },
  ];

  it('leave out empty fields that have a default, so the analysis uses it', () => {
    const texts = new Map([
      ['since', ''],
      ['limit', '5'],
      ['actor', 'iran'],
    ]);
    expect(collectParamValues(declarations, texts)).toEqual({ params: { limit: 5, actor: 'iran' } });
  });

  it('name every field that is wrong or missing a value', () => {
    const texts = new Map([
      ['since', 'soon'],
      ['limit', ''],
    ]);
    expect(collectParamValues(declarations, texts)).toEqual({
      errors: ['since must be a date: YYYY, YYYY-MM or YYYY-MM-DD', 'actor needs a value'],
    });
  });
});

describe('the parameters declared when a query is saved from the panel', () => {
  it('type each $parameter from the value it ran with, which becomes its default', () => {
    const query = 'MATCH (a {id: $actor}) WHERE x.validFrom >= date($since) AND x.confidence >= $min RETURN a LIMIT $n';
    expect(declareParams(query, { since: '2019-01-01', min: 0.5, n: 10, unused: true })).toEqual([
      { name: 'actor', type: 'String' },
      { name: 'since', type: 'Date', default: '2019-01-01' },
      { name: 'min', type: 'Float', default: 0.5 },
      { name: 'n', type: 'Integer', default: 10 },
    ]);
  });

  it('declare lists and booleans', () => {
    expect(declareParams('RETURN $ids, $all', { ids: ['a'], all: false })).toEqual([
      { name: 'ids', type: 'List<String>', default: ['a'] },
      { name: 'all', type: 'Boolean', default: false },
    ]);
  });
});

describe('the worked examples', () => {
  it('give a value for every parameter their query uses, and no other', () => {
    for (const example of CYPHER_EXAMPLES) {
      const params = example.params({ focus: null, path: null });
      expect(Object.keys(params).sort(), example.key).toEqual(parametersOf(example.query).sort());
    }
  });

  it("take the actors of a path from the view's path, else the focused actor", () => {
    const paths = CYPHER_EXAMPLES.find((example) => example.key === 'paths-between')!;
    expect(paths.params({ focus: 'iran', path: { from: 'atlantis', to: 'mu' } })).toEqual({
      from: 'atlantis',
      to: 'mu',
    });
    expect(paths.params({ focus: 'iran', path: null })).toEqual({ from: 'iran', to: '' });
  });
});
