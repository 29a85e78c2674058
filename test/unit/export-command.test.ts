import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../server/cli/export-command.ts';

describe('the export command arguments', () => {
  it('read the format, the path and a filter by the one date-window rule', () => {
    const command = parseExportArgs([
      '--format',
      'gexf',
      '--out',
      'graph.gexf',
      '--from',
      '2019-05',
      '--to',
      '2019',
      '--types',
      'sanction, attack',
      '--min-confidence',
      '0.5',
    ]);
    expect(command).not.toBe('help');
    if (command === 'help') return;
    expect(command.format).toBe('gexf');
    expect(command.filter.narrowed).toBe(true);
    expect(command.filter.params).toMatchObject({
      from: '2019-05-01',
      to: '2019-12-31',
      types: ['SANCTION', 'ATTACK'],
      minConfidence: 0.5,
      includeRetracted: false,
    });
  });

  it('export everything when no filter is given', () => {
    const command = parseExportArgs(['--format', 'csv', '--out', 'folder']);
    expect(command !== 'help' && command.filter.narrowed).toBe(false);
  });

  it('refuse what cannot be exported, naming the option', () => {
    expect(() => parseExportArgs(['--format', 'dot', '--out', 'x'])).toThrow('--format must be one of');
    expect(() => parseExportArgs(['--format', 'gexf'])).toThrow('--out is required');
    expect(() => parseExportArgs(['--format', 'gexf', '--out', 'x', '--as-of', 'May 2019'])).toThrow('--as-of must be');
    expect(() => parseExportArgs(['--format', 'gexf', '--out', 'x', '--types', 'HUG'])).toThrow(
      'unknown relation type',
    );
    expect(() => parseExportArgs(['--format', 'gexf', '--out', 'x', '--min-confidence', 'high'])).toThrow(
      '--min-confidence must be a number from 0 to 1',
    );
  });
});
