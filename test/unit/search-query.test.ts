import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../server/graphql/search-query.ts';

describe('turning a search box into a full-text query', () => {
  it('requires every word, matched exactly, as a prefix or with one typo', () => {
    expect(toLuceneQuery('Revolutionary Guard')).toBe(
      '(revolutionary^3 OR revolutionary* OR revolutionary~1) AND (guard^3 OR guard* OR guard~1)',
    );
  });

  it('takes Lucene syntax literally instead of executing it', () => {
    expect(toLuceneQuery('name:"x" OR *')).toBe('(name^3 OR name* OR name~1) AND (x^3 OR x*)');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toLuceneQuery('  *?  ')).toBeNull();
  });
});
