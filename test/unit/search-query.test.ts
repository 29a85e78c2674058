import { describe, expect, it } from 'vitest';
import { foldName, toSearchQuery } from '../../server/graphql/search-query.ts';

describe('turning a search box into a full-text query', () => {
  it('requires every word, matched exactly, as a prefix or with one typo', () => {
    expect(toSearchQuery('Revolutionary Guard')?.lucene).toBe(
      '(revolutionary^3 OR revolutionary* OR revolutionary~1) AND (guard^3 OR guard* OR guard~1)',
    );
  });

  it('takes Lucene syntax literally instead of executing it', () => {
    expect(toSearchQuery('name:"x" OR *')?.lucene).toBe('(name^3 OR name* OR name~1) AND (x^3 OR x*)');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toSearchQuery('  *?  ')).toBeNull();
    expect(toSearchQuery('of the')).toBeNull();
  });

  it('folds accents and case out of the words it searches for', () => {
    expect(toSearchQuery('Qāsem SOLEIMĀNĪ')?.lucene).toBe(
      '(qasem^3 OR qasem* OR qasem~1) AND (soleimani^3 OR soleimani* OR soleimani~1)',
    );
  });

  it('leaves out the stop words the index leaves out', () => {
    expect(toSearchQuery('Department of State')?.lucene).toBe(
      '(department^3 OR department* OR department~1) AND (state^3 OR state* OR state~1)',
    );
  });

  it('keeps the whole folded text, stop words included, to rank exact names first', () => {
    expect(toSearchQuery('The  Department of State!')?.exact).toBe('the department of state');
  });
});

describe('folding a name', () => {
  it.each([
    ['Soleimānī', 'soleimani'],
    ['Ṣalāḥ Brigade', 'salah brigade'],
    ["Pompeo's", 'pompeo'],
    ['Pompeo’s office', 'pompeo office'],
    ["States' rights", 'states rights'],
    ['U.S.', 'u s'],
    ['  "Mike"   (Pompeo)  ', 'mike pompeo'],
  ])('folds "%s" to "%s"', (text, folded) => {
    expect(foldName(text)).toBe(folded);
  });
});
