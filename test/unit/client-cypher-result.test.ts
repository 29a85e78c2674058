import { describe, expect, it } from 'vitest';
import {
  cypherErrorPosition,
  describeValue,
  parseParamsText,
  toCell,
  toTableRows,
} from '../../client/src/graph/cypher-result.ts';

// Values as the API's contract writes them (schema.graphql, CypherResult).
const atlantis = { id: 'atlantis', name: 'Atlantis', labels: ['Actor'] };
const claim = { id: 'claim-1', name: null, labels: ['Relation'] };
const edge = { id: 'atlantis-threatens-mu', type: 'RELATES', from: 'atlantis', to: 'mu' };

describe('a Cypher result as table cells', () => {
  it('shows a node by its name, and by its id when it has none', () => {
    expect(toCell(atlantis)).toEqual({ kind: 'node', node: atlantis, text: 'Atlantis' });
    expect(toCell(claim)).toMatchObject({ kind: 'node', text: 'claim-1' });
  });

  it('shows a relationship by its type and its ends', () => {
    expect(toCell(edge)).toEqual({ kind: 'relationship', relationship: edge, text: 'RELATES atlantis→mu' });
  });

  it('spells out lists and maps, with the nodes in them by name', () => {
    expect(describeValue([atlantis, 2, 'x'])).toBe('[Atlantis, 2, x]');
    expect(describeValue({ who: atlantis, since: '2019-01-01', sure: true, note: null })).toBe(
      '{who: Atlantis, since: 2019-01-01, sure: true, note: null}',
    );
  });

  it('leaves a missing value empty, and does not take a map with an id for a node', () => {
    expect(toCell(null)).toEqual({ kind: 'empty' });
    expect(toCell({ id: 'x', count: 3 })).toEqual({ kind: 'text', text: '{id: x, count: 3}' });
  });

  it('names the ends of a relationship from the nodes of the result, else from the names it is given', () => {
    const rows = toTableRows(['who', 'how'], [{ who: atlantis, how: edge }], new Map([['mu', 'Mu']]));
    expect(rows[0]?.[1]).toMatchObject({ kind: 'relationship', text: 'RELATES Atlantis→Mu' });
    expect(toTableRows(['how'], [{ how: edge }])[0]?.[0]).toMatchObject({ text: 'RELATES atlantis→mu' });
    expect(toTableRows(['path'], [{ path: [[atlantis], { hop: edge }] }], new Map())[0]?.[0]).toMatchObject({
      text: '[[Atlantis], {hop: RELATES Atlantis→mu}]',
    });
  });

  it('puts the cells of each row in the order of the columns, whatever the order of its keys', () => {
    const rows = toTableRows(['b', 'a', 'missing'], [{ a: 1, b: atlantis }]);
    expect(rows).toEqual([
      [{ kind: 'node', node: atlantis, text: 'Atlantis' }, { kind: 'text', text: '1' }, { kind: 'empty' }],
    ]);
  });
});

describe('where a Cypher error is', () => {
  const neo4jMessage = `Invalid input '': expected an identifier (line 2, column 17 (offset: 40))\n"RETURN a.name AS"\n                 ^`;

  it("is read from Neo4j's own message", () => {
    expect(cypherErrorPosition(neo4jMessage)).toEqual({ line: 2, column: 17 });
  });

  it('is taken from the extensions first, when the API gives it there', () => {
    expect(
      cypherErrorPosition(neo4jMessage, { code: 'CYPHER_SYNTAX_ERROR', position: { line: 3, column: 1 } }),
    ).toEqual({
      line: 3,
      column: 1,
    });
    expect(cypherErrorPosition('no place', { code: 'CYPHER_SYNTAX_ERROR', line: 1, column: 4 })).toEqual({
      line: 1,
      column: 4,
    });
  });

  it('is unknown when neither names a place', () => {
    expect(cypherErrorPosition('Only read-only Cypher may run here', { code: 'CYPHER_NOT_READ_ONLY' })).toBeNull();
    expect(cypherErrorPosition('x', { position: { line: 0, column: 'one' } })).toBeNull();
  });
});

describe('the parameters typed for an ad-hoc query', () => {
  it('are a JSON object, or nothing at all', () => {
    expect(parseParamsText('')).toEqual({ params: {} });
    expect(parseParamsText(' {"since": "2019", "n": 2} ')).toEqual({ params: { since: '2019', n: 2 } });
  });

  it('are refused, with the reason, when they are not an object', () => {
    expect(parseParamsText('[1]')).toEqual({ error: expect.stringContaining('must be a JSON object') });
    expect(parseParamsText('{since: 2019}')).toEqual({ error: expect.stringContaining('not JSON') });
  });
});
