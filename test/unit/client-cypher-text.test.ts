import { describe, expect, it } from 'vitest';
import {
  completeCypher,
  harvestSchemaWords,
  lineAndColumn,
  mergeSchemaWords,
  offsetOf,
  parametersOf,
  quoteName,
  tokenizeCypher,
  type CypherSchemaWords,
  type CypherTokenKind,
} from '../../client/src/graph/cypher-text.ts';

/** The tokens that are not blanks, as [kind, text]. */
function significant(query: string): [CypherTokenKind, string][] {
  return tokenizeCypher(query)
    .filter((token) => token.kind !== 'space')
    .map((token) => [token.kind, token.text]);
}

const WORDS: CypherSchemaWords = {
  labels: ['Actor', 'Evidence', 'Relation', 'Source', 'Two Words'],
  relationshipTypes: ['CITES', 'FOUND_IN', 'RELATES', 'SUPPORTS'],
  propertyKeys: ['confidence', 'id', 'name', 'polarity', 'validFrom'],
};

describe('tokenizing Cypher for the editor', () => {
  it('covers the query exactly: the tokens joined give it back, offsets included', () => {
    const query = "MATCH (a:Actor {id: $id})-[x:RELATES]->(b) // who\nWHERE x.confidence >= 0.5 RETURN b.name, 'it''s'";
    const tokens = tokenizeCypher(query);
    expect(tokens.map((token) => token.text).join('')).toBe(query);
    for (const token of tokens) expect(query.slice(token.start, token.end)).toBe(token.text);
  });

  it('tells labels in node patterns from relationship types in relationship patterns', () => {
    expect(significant('MATCH (a:Actor)-[x:RELATES]->(:Source)')).toEqual([
      ['keyword', 'MATCH'],
      ['punctuation', '('],
      ['variable', 'a'],
      ['operator', ':'],
      ['label', 'Actor'],
      ['punctuation', ')'],
      ['operator', '-'],
      ['punctuation', '['],
      ['variable', 'x'],
      ['operator', ':'],
      ['relationshipType', 'RELATES'],
      ['punctuation', ']'],
      ['operator', '->'],
      ['punctuation', '('],
      ['operator', ':'],
      ['label', 'Source'],
      ['punctuation', ')'],
    ]);
  });

  it('reads the names of a label expression and of alternative relationship types', () => {
    const kinds = significant('MATCH (n:Actor|Source)-[:CITES|RELAYS]-(m:!Evidence) WHERE n:Actor RETURN n');
    expect(kinds.filter(([kind]) => kind === 'label').map(([, text]) => text)).toEqual([
      'Actor',
      'Source',
      'Evidence',
      'Actor',
    ]);
    expect(kinds.filter(([kind]) => kind === 'relationshipType').map(([, text]) => text)).toEqual(['CITES', 'RELAYS']);
  });

  it('reads a map key as a property and the value after its colon as an expression, not a label', () => {
    expect(significant('{name: other, since: $from}')).toEqual([
      ['punctuation', '{'],
      ['property', 'name'],
      ['operator', ':'],
      ['variable', 'other'],
      ['punctuation', ','],
      ['property', 'since'],
      ['operator', ':'],
      ['parameter', '$from'],
      ['punctuation', '}'],
    ]);
  });

  it('tells count(x) the function from COUNT { } the subquery', () => {
    expect(significant('RETURN COUNT { (a)--() }, count(a)').filter(([, text]) => /count/i.test(text))).toEqual([
      ['keyword', 'COUNT'],
      ['function', 'count'],
    ]);
  });

  it('colours keywords in any case, functions by their call, and properties after a dot', () => {
    expect(significant('return count(x), x.validFrom')).toEqual([
      ['keyword', 'return'],
      ['function', 'count'],
      ['punctuation', '('],
      ['variable', 'x'],
      ['punctuation', ')'],
      ['punctuation', ','],
      ['variable', 'x'],
      ['operator', '.'],
      ['property', 'validFrom'],
    ]);
  });

  it('keeps strings, comments and numbers whole, escapes and all', () => {
    expect(significant(`'a \\' b' "c" /* x\ny */ 1.5e3 0x1F 42 // end`)).toEqual([
      ['string', "'a \\' b'"],
      ['string', '"c"'],
      ['comment', '/* x\ny */'],
      ['number', '1.5e3'],
      ['number', '0x1F'],
      ['number', '42'],
      ['comment', '// end'],
    ]);
  });

  it('reads a variable-length range as numbers around an operator', () => {
    expect(significant('-[:CITES*1..6]-').map(([kind, text]) => `${kind}:${text}`)).toEqual([
      'operator:-',
      'punctuation:[',
      'operator::',
      'relationshipType:CITES',
      'operator:*',
      'number:1',
      'operator:..',
      'number:6',
      'punctuation:]',
      'operator:-',
    ]);
  });

  it('lets an unclosed string or comment run to the end instead of failing', () => {
    expect(significant("RETURN 'open")).toEqual([
      ['keyword', 'RETURN'],
      ['string', "'open"],
    ]);
    expect(significant('RETURN 1 /* open')).toEqual([
      ['keyword', 'RETURN'],
      ['number', '1'],
      ['comment', '/* open'],
    ]);
  });

  it('reads backticked names as labels and parameters', () => {
    expect(significant('MATCH (n:`Two Words`) RETURN $`odd name`')).toContainEqual(['label', '`Two Words`']);
    expect(parametersOf('RETURN $`odd name`, $a, $a, $b')).toEqual(['odd name', 'a', 'b']);
  });
});

describe('completing Cypher at the cursor', () => {
  const at = (query: string, given: string[] = []) => completeCypher(query, query.length, WORDS, given);
  const labels = (query: string, given: string[] = []) => at(query, given)?.options.map((option) => option.label);

  it('offers labels after a colon in a node pattern, those that begin with what is typed first', () => {
    expect(labels('MATCH (a:')).toEqual(['Actor', 'Evidence', 'Relation', 'Source', 'Two Words']);
    expect(labels('MATCH (a:re')).toEqual(['Relation']);
    expect(labels('MATCH (a:our')).toEqual(['Source']);
  });

  it('replaces the word begun, and backticks a label that is not a plain name', () => {
    const completion = completeCypher('MATCH (a:Tw', 11, WORDS);
    expect(completion).toMatchObject({ from: 9, to: 11 });
    expect(completion?.options[0]?.insert).toBe('`Two Words`');
  });

  it('offers relationship types after a colon in a relationship pattern', () => {
    expect(labels('MATCH (a)-[x:')).toEqual(['CITES', 'FOUND_IN', 'RELATES', 'SUPPORTS']);
    expect(labels('MATCH (a)-[:CITES|S')).toEqual(['SUPPORTS']);
  });

  it('offers property keys after a dot, but not after the dot of a number', () => {
    expect(labels('RETURN a.')).toEqual(WORDS.propertyKeys);
    expect(labels('RETURN a.val')).toEqual(['validFrom']);
    expect(at('RETURN 1.')).toBeNull();
  });

  it('offers the parameters given and those the query already uses after $', () => {
    expect(labels('MATCH (a {id: $from}) WHERE a.x > $', ['since'])).toEqual(['from', 'since']);
  });

  it('offers keywords and functions once a word is begun, upper-casing keywords', () => {
    const completion = at('MATCH (a) ret');
    expect(completion?.options[0]).toEqual({ kind: 'keyword', label: 'RETURN', insert: 'RETURN' });
    expect(labels('RETURN coal')).toEqual(['coalesce()']);
    expect(at('MATCH (a) ')).toBeNull();
  });

  it('offers nothing inside a string or a comment, nor for a map value', () => {
    expect(at("RETURN 'MATCH (a:")).toBeNull();
    expect(at('// MATCH (a:')).toBeNull();
    expect(at('/* a.')).toBeNull();
    expect(at('RETURN {name:')).toBeNull();
  });

  it('completes again after a closed string or comment', () => {
    expect(labels("RETURN 'x' + a.na")).toEqual(['name']);
    expect(labels('/* c */ MATCH (a:Act')).toEqual(['Actor']);
  });
});

describe('the words completion knows', () => {
  it('are harvested from known queries: labels, relationship types and property keys', () => {
    expect(harvestSchemaWords(['MATCH (e:Evidence)-[:FOUND_IN]->(s:Source) RETURN s.publisher, e.quote'])).toEqual({
      labels: ['Evidence', 'Source'],
      relationshipTypes: ['FOUND_IN'],
      propertyKeys: ['publisher', 'quote'],
    });
  });

  it("merge the database's lists with the harvested ones without repeats", () => {
    expect(
      mergeSchemaWords(
        { labels: ['Actor'], relationshipTypes: [], propertyKeys: ['id'] },
        { labels: ['Source', 'Actor'], relationshipTypes: ['CITES'], propertyKeys: [] },
      ),
    ).toEqual({ labels: ['Actor', 'Source'], relationshipTypes: ['CITES'], propertyKeys: ['id'] });
  });
});

describe('places in a query', () => {
  const query = 'MATCH (a)\nRETURN a.name AS\n';

  it('count lines and columns from 1, as Neo4j does', () => {
    expect(lineAndColumn(query, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(query, 10)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(query, 26)).toEqual({ line: 2, column: 17 });
  });

  it('turn a line and column back into the offset, clamped to the line', () => {
    expect(offsetOf(query, 2, 17)).toBe(26);
    expect(offsetOf(query, 2, 99)).toBe(26);
    expect(offsetOf(query, 9, 1)).toBe(query.length);
    for (const offset of [0, 5, 10, 20, 26]) {
      const { line, column } = lineAndColumn(query, offset);
      expect(offsetOf(query, line, column)).toBe(offset);
    }
  });

  it('quote a name only when it needs it', () => {
    expect(quoteName('Actor')).toBe('Actor');
    expect(quoteName('Two Words')).toBe('`Two Words`');
    expect(quoteName('odd`name')).toBe('`odd``name`');
  });
});
