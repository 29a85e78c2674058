import { describe, expect, it } from 'vitest';
import { downloadName } from '../../client/src/ui/export-menu.ts';

describe('the names of exported downloads', () => {
  const at = new Date('2020-01-03T10:15:42Z');

  it('put the time of the download in front of a graph file, keeping its extension', () => {
    expect(downloadName('actorgraph.gexf', at)).toBe('actorgraph-2020-01-03T10-15.gexf');
    expect(downloadName('actorgraph.cyjs', at)).toBe('actorgraph-2020-01-03T10-15.cyjs');
  });

  it('keep the kind of each CSV file in its name', () => {
    expect(downloadName('relations.csv', at)).toBe('actorgraph-2020-01-03T10-15-relations.csv');
  });
});
