import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../server/cli/analyze-command.ts';
import { createTicker, startBudget } from '../../server/analyses/budget.ts';
import { readAnalysisParams } from '../../server/analyses/params.ts';

const read = (
  input: Record<string, unknown>,
  reads = ['asOf', 'from', 'to', 'minConfidence', 'types'] as const,
  lenient = false,
) => readAnalysisParams(input, { analysis: 'balance', reads, lenient });

describe('analysis parameters', () => {
  it('turns a partial asOf into its whole period and fills every filter key', () => {
    expect(read({ asOf: '2020-01', minConfidence: '0.5', types: 'AID,SANCTION' }).filter).toEqual({
      types: ['AID', 'SANCTION'],
      polarity: null,
      minConfidence: 0.5,
      asOf: '2020-01-01',
      asOfLast: '2020-01-31',
      asOfPossible: false,
      from: null,
      to: null,
      sourceIds: null,
      statuses: null,
      includeRetracted: false,
    });
  });

  it('reads to as the last day of its period, as the API does (--to 2020 is up to 2020-12-31)', () => {
    expect(read({ from: '2020', to: '2020' }).filter).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('accepts a window whose ends share a period (from 2019-05-10 to 2019-05)', () => {
    expect(read({ from: '2019-05-10', to: '2019-05' }).filter).toMatchObject({ from: '2019-05-10', to: '2019-05-31' });
  });

  it('defaults to 200 rows, engine AUTO and a 30 s time limit', () => {
    const params = read({});
    expect([params.limit, params.engine, params.timeoutMs]).toEqual([200, 'AUTO', 30_000]);
  });

  it('refuses a parameter the analysis does not read, naming the ones it does', () => {
    expect(() => read({ actorId: 'pakistan' })).toThrow(
      'balance does not read "actorId"; it reads: asOf, from, to, minConfidence, types, limit, timeoutMs',
    );
  });

  it('drops such a parameter instead when asked to be lenient (the overlay)', () => {
    expect(read({ actorId: 'pakistan' }, undefined, true).actorId).toBeNull();
  });

  it('says what is wrong with a bad value', () => {
    expect(() => read({ asOf: '2020-13' })).toThrow(
      'asOf must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2020-13"',
    );
    expect(() => read({ minConfidence: 2 })).toThrow('minConfidence must be a number from 0 to 1, got 2');
    expect(() => read({ types: ['FRIEND'] })).toThrow(/types: unknown relation type "FRIEND"; known types: AGREE, /);
    expect(() => read({ from: '2021', to: '2020' })).toThrow('from must not be after to');
    expect(() => read({ timeoutMs: 60_000 })).toThrow('timeoutMs must be a whole number from 1 to 30000, got 60000');
    expect(() => read({ nonsense: 1 })).toThrow(/^unknown parameter "nonsense"/);
  });
});

describe('npm run analyze arguments', () => {
  it('reads --param value, --param=value, switches and --json', () => {
    expect(
      parseAnalyzeArgs(['--', 'balance', '--as-of', '2020', '--min-confidence=0.4', '--include-retracted', '--json']),
    ).toEqual({
      name: 'balance',
      input: { asOf: '2020', minConfidence: '0.4', includeRetracted: 'true' },
      json: true,
    });
  });

  it('reads --from and --to as actor ids for reach, as dates elsewhere', () => {
    expect(
      parseAnalyzeArgs(['reach', '--from', 'united-states', '--to', 'iran', '--actor', 'iran', '--depth', '2']),
    ).toMatchObject({
      input: { fromId: 'united-states', toId: 'iran', actorId: 'iran', depth: '2' },
    });
    expect(parseAnalyzeArgs(['changes', '--from', '2019', '--to', '2020'])).toMatchObject({
      input: { from: '2019', to: '2020' },
    });
  });

  it('shows the help when asked or when no analysis is named', () => {
    expect(parseAnalyzeArgs([])).toBe('help');
    expect(parseAnalyzeArgs(['balance', '--help'])).toBe('help');
  });

  it('refuses an unknown flag and a flag without its value', () => {
    expect(() => parseAnalyzeArgs(['balance', '--colour', 'red'])).toThrow(/^unknown parameter --colour/);
    expect(() => parseAnalyzeArgs(['balance', '--as-of'])).toThrow('--as-of needs a value');
  });
});

describe('the in-process deadline', () => {
  it('stops built-in work once the time limit has passed', async () => {
    const tick = createTicker(startBudget('influence', 1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(tick()).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
      message: expect.stringContaining('analysis "influence" took longer than 1 ms'),
    });
  });
});
