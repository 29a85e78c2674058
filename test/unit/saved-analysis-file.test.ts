import { describe, expect, it } from 'vitest';
import { formatCypherResult, readParamFlags, toCsv } from '../../server/cli/cypher-command.ts';
import { CypherError } from '../../server/cypher-console/cypher-error.ts';
import { approveReadOnlyPlan, isAllowedProcedure } from '../../server/cypher-console/read-only-policy.ts';
import { formatSavedAnalysis, parseSavedAnalysis } from '../../server/cypher-console/saved-analysis-file.ts';
import { readSavedParams } from '../../server/cypher-console/saved-params.ts';

const HEADER = '// title: T\n// question: Q?\n';

function parseError(text: string): string {
  try {
    parseSavedAnalysis('x', text, 'saved/x.cypher');
  } catch (error) {
    if (error instanceof CypherError) return error.message;
    throw error;
  }
  throw new Error('expected the header to be refused');
}

describe('the header of a saved analysis', () => {
  it('reads title, question and parameters with types, JSON defaults and descriptions', () => {
    const analysis = parseSavedAnalysis(
      'x',
      `${HEADER}// A free comment stays a comment.\n// param: actor String -- the actor, e.g. "iran" -- or another\n` +
        '// param: since Date = "2019" -- from here\n// param: types List<String> = ["AID", "SANCTION"]\n' +
        '// param: note String = "a -- b" -- a default holding the separator\n' +
        'MATCH (a:Actor {id: $actor}) WHERE $since IS NOT NULL RETURN a, $types, $note',
      'saved/x.cypher',
    );
    expect(analysis.title).toBe('T');
    expect(analysis.question).toBe('Q?');
    expect(analysis.params).toEqual([
      { name: 'actor', type: 'String', description: 'the actor, e.g. "iran" -- or another' },
      { name: 'since', type: 'Date', default: '2019-01-01', description: 'from here' },
      { name: 'types', type: 'List<String>', default: ['AID', 'SANCTION'], description: null },
      { name: 'note', type: 'String', default: 'a -- b', description: 'a default holding the separator' },
    ]);
  });

  it('names the file and the line of what is wrong', () => {
    expect(parseError(`${HEADER}// param: n Number\nRETURN $n`)).toBe(
      'saved/x.cypher:3: parameter "n": unknown type "Number" (use String, Integer, Float, Boolean, Date, List<String>)',
    );
    expect(parseError(`${HEADER}// param: n Integer = two\nRETURN $n`)).toBe(
      'saved/x.cypher:3: parameter "n": the default is not JSON (write text in double quotes)',
    );
    expect(parseError(`${HEADER}// param: n Integer = 2.5\nRETURN $n`)).toBe(
      'saved/x.cypher:3: parameter "n": the default must be a whole number, got 2.5',
    );
    expect(parseError(`${HEADER}// title: again\nRETURN 1`)).toBe('saved/x.cypher:3: a second title');
    expect(parseError('// question: Q?\nRETURN 1')).toBe(
      'saved/x.cypher: the header has no "// title: ..." line at the top of the file',
    );
    expect(parseError(`${HEADER}RETURN $missing`)).toBe(
      'saved/x.cypher: the query uses $missing, but the header declares no "// param: missing TYPE"',
    );
    expect(parseError(HEADER)).toBe('saved/x.cypher: there is no query after the header');
  });

  it('does not take a $ inside a string or a comment for a parameter', () => {
    expect(() => parseSavedAnalysis('x', `${HEADER}// costs $5\nRETURN '$5' AS price`, 'x')).not.toThrow();
  });

  it('is written back as it is read', () => {
    const params = [{ name: 'limit', type: 'Integer' as const, default: 5, description: 'at most' }];
    const text = formatSavedAnalysis({ title: 'T', question: 'Q?', params, body: 'MATCH (a) RETURN a LIMIT $limit' });
    expect(text).toBe(
      '// title: T\n// question: Q?\n// param: limit Integer = 5 -- at most\nMATCH (a) RETURN a LIMIT $limit\n',
    );
    expect(parseSavedAnalysis('x', text, 'x').params).toEqual(params);
    // Sent back with its old header (as SavedAnalysis.query gives it), the old header is dropped.
    expect(formatSavedAnalysis({ title: 'U', question: 'Q?', params, body: text })).toBe(
      text.replace('title: T', 'title: U'),
    );
  });
});

describe('parameters of a saved analysis', () => {
  const declared = [
    { name: 'actor', type: 'String' as const, description: 'the actor' },
    { name: 'depth', type: 'Integer' as const, default: 2, description: null },
    { name: 'since', type: 'Date' as const, default: null, description: null },
    { name: 'types', type: 'List<String>' as const, default: [], description: null },
    { name: 'strict', type: 'Boolean' as const, default: false, description: null },
  ];

  it('reads text from the command line by the declared type, and fills in defaults', () => {
    expect(
      readSavedParams('a', declared, {
        actor: 'iran',
        depth: '3',
        since: '2019-05',
        types: 'AID, SANCTION',
        strict: 'true',
      }),
    ).toEqual({
      actor: 'iran',
      depth: 3,
      since: '2019-05-01',
      types: ['AID', 'SANCTION'],
      strict: true,
    });
    expect(readSavedParams('a', declared, { actor: 'iran' })).toEqual({
      actor: 'iran',
      depth: 2,
      since: null,
      types: [],
      strict: false,
    });
  });

  it('refuses a missing required parameter, an unknown one and a wrong type, by name', () => {
    const failure = (given: Record<string, unknown>) => {
      try {
        readSavedParams('a', declared, given);
      } catch (error) {
        return { message: (error as CypherError).message, param: (error as CypherError).details.param };
      }
      return null;
    };
    expect(failure({})).toEqual({ message: 'a needs the parameter "actor" (String: the actor)', param: 'actor' });
    expect(failure({ actor: 'iran', dept: 3 })).toMatchObject({ param: 'dept' });
    expect(failure({ actor: 'iran', depth: 'deep' })).toEqual({
      message: 'a: parameter "depth" must be a whole number, got "deep"',
      param: 'depth',
    });
    expect(failure({ actor: 'iran', since: '2019-13' })).toMatchObject({ param: 'since' });
  });
});

describe('the read-only policy', () => {
  it('allows full-text search, schema names and GDS in stream or stats mode only', () => {
    for (const name of [
      'db.index.fulltext.queryNodes',
      'db.labels',
      'gds.pageRank.stream',
      'gds.louvain.stats',
      'gds.graph.list',
    ])
      expect(isAllowedProcedure(name), name).toBe(true);
    for (const name of [
      'db.createLabel',
      'gds.pageRank.write',
      'gds.graph.project',
      'dbms.killQuery',
      'apoc.load.json',
    ])
      expect(isAllowedProcedure(name), name).toBe(false);
  });

  it('refuses a plan that is not a read, or reads files or stops transactions', () => {
    const refuse = (plan: Parameters<typeof approveReadOnlyPlan>[0]) => () => approveReadOnlyPlan(plan);
    expect(refuse({ queryType: 'rw', operators: [] })).toThrow(/classes this query as reading and writing/);
    expect(refuse({ queryType: 's', operators: [] })).toThrow(/changing the schema/);
    expect(refuse({ queryType: 'r', operators: [{ type: 'LoadCSV', details: 'line' }] })).toThrow(/LOAD CSV/);
    expect(refuse({ queryType: 'r', operators: [{ type: 'TerminateTransactions', details: '' }] })).toThrow(
      /TERMINATE/,
    );
    expect(
      refuse({
        queryType: 'r',
        operators: [{ type: 'ProcedureCall', details: 'dbms.components() :: (name :: STRING)' }],
      }),
    ).toThrow(/the procedure dbms.components is not on the allowlist/);
    expect(
      refuse({ queryType: 'r', operators: [{ type: 'ProcedureCall', details: 'db.labels() :: (label :: STRING)' }] }),
    ).not.toThrow();
  });
});

describe('npm run cypher output', () => {
  const result = {
    columns: ['name', 'note', 'actor'],
    rows: [
      { name: 'Iran', note: 'say "hi", then\ngo', actor: { id: 'iran', name: 'Iran', labels: ['Actor'] } },
      { name: null, note: 3, actor: null },
    ],
    actorIds: ['iran'],
    relationIds: [],
    truncated: false,
    elapsedMs: 1,
  };

  it('quotes CSV cells that hold commas, quotes or line breaks, and writes objects as JSON', () => {
    expect(toCsv(result)).toBe(
      'name,note,actor\nIran,"say ""hi"", then\ngo","{""id"":""iran"",""name"":""Iran"",""labels"":[""Actor""]}"\n,3,',
    );
  });

  it('prints JSON as an array of row objects, and a node in a table by name and id', () => {
    expect(JSON.parse(formatCypherResult(result, 'json'))).toEqual(result.rows);
    expect(formatCypherResult(result, 'table')).toContain('Iran [iran]');
  });

  it('reads --param values as JSON when they are JSON, else as text', () => {
    expect(readParamFlags(['n=2', 'id=iran', 'types=["AID"]', 'flag=true', 'text="quoted"', 'eq=a=b'])).toEqual({
      n: 2,
      id: 'iran',
      types: ['AID'],
      flag: true,
      text: 'quoted',
      eq: 'a=b',
    });
    expect(() => readParamFlags(['novalue'])).toThrow('--param novalue: write --param name=value');
  });
});
