import { describe, expect, it } from 'vitest';
import { createActorDirectory } from '../../server/extraction/actor-directory.ts';
import { findCountry, findDemonym } from '../../server/extraction/countries.ts';
import type { KnownActor } from '../../server/extraction/extractor.ts';
import { acronymOf, isSpellingVariant } from '../../server/extraction/names.ts';
import { dyad, extractCase } from '../support/extract-case.ts';

const SOLEIMANI: KnownActor = {
  id: 'qassem-soleimani',
  name: 'Qassem Soleimani',
  kind: 'PERSON',
  country: 'IR',
  aliases: [],
};
const IRAQ: KnownActor = { id: 'iraq', name: 'Iraq', kind: 'STATE', country: 'IQ', aliases: [] };

describe('states from the country dataset', () => {
  it('finds a state by its name, its code written in capitals, its capital and its seat of power', () => {
    expect(findCountry('Pakistan')?.cca2).toBe('PK');
    expect(findCountry('U.S.')?.cca2).toBe('US');
    expect(findCountry('us')).toBeNull();
    expect(findCountry('Washington')).toMatchObject({ cca2: 'US', via: 'capital' });
    expect(findCountry('the Kremlin')).toMatchObject({ cca2: 'RU', via: 'seat' });
  });

  it('finds a state by a spelling of its name the dataset does not list ("Turkey" for "Türkiye")', () => {
    expect(findCountry('Turkey')?.cca2).toBe('TR');
    expect(findCountry('Iraq')?.cca2).toBe('IQ');
  });

  it('gives a demonym shared by two states to the larger one', () => {
    expect(findDemonym('American')?.cca2).toBe('US');
    expect(findDemonym('Iranian')?.cca2).toBe('IR');
  });
});

describe('names', () => {
  it('takes transliterations of one name as spellings of it, but not different short names', () => {
    expect(isSpellingVariant('qasem suleimani', 'qassem soleimani')).toBe(true);
    expect(isSpellingVariant('iran', 'iraq')).toBe(false);
    expect(isSpellingVariant('qassem soleimani', 'soleimani')).toBe(false);
  });

  it('makes an acronym of the capitalised words of a name', () => {
    expect(acronymOf('Islamic Revolutionary Guard Corps')).toBe('IRGC');
    expect(acronymOf('International Military Education and Training')).toBe('IMET');
    expect(acronymOf('Pakistan')).toBeNull();
  });
});

describe("the graph's actors by what an article calls them", () => {
  const directory = createActorDirectory([
    SOLEIMANI,
    IRAQ,
    { id: 'the-news-international', name: 'The News International', kind: 'MEDIA_OUTLET', country: 'PK', aliases: [] },
  ]);

  it('finds a name with or without its leading "the", and whatever its case and accents', () => {
    expect(directory.byName('News International')?.id).toBe('the-news-international');
    expect(directory.byName('QASSEM SOLEIMĀNĪ')?.id).toBe('qassem-soleimani');
  });

  it('finds a person by surname alone and a state by its code, and nothing for a stranger', () => {
    expect(directory.byName('Soleimani')?.id).toBe('qassem-soleimani');
    expect(directory.stateOf('IQ')?.id).toBe('iraq');
    expect(directory.byName('Iran')).toBeNull();
  });
});

describe('actors in an article', () => {
  it('reads capitals and seats of power as their states (metonymy)', async () => {
    const draft = await extractCase('metonymy');
    expect(draft.actors.map((actor) => [actor.id, actor.kind, actor.country])).toEqual([
      ['russia', 'STATE', 'RU'],
      ['ukraine', 'STATE', 'UA'],
      ['united-states', 'STATE', 'US'],
    ]);
    expect(draft.actors[0]?.aliases).toEqual(['Kremlin', 'Moscow']);
  });

  it('reads a seat of power as the body the graph already knows by that name, not as its state', async () => {
    const kremlin: KnownActor = { id: 'kremlin', name: 'Kremlin', kind: 'GOVERNMENT_BODY', country: 'RU', aliases: [] };
    const draft = await extractCase('metonymy', [kremlin]);
    expect(draft.actors.map((actor) => [actor.id, actor.existing])).toEqual([
      ['russia', false],
      ['ukraine', false],
      ['kremlin', true],
      ['united-states', false],
    ]);
    expect(draft.relations.map(dyad)).toContain('kremlin THREATEN united-states');
  });

  it('finds a known name the engine left untagged, and a name it tagged only in part, whole', async () => {
    const alQaeda: KnownActor = { id: 'al-qaeda', name: 'Al-Qaeda', kind: 'ARMED_GROUP', country: null, aliases: [] };
    const draft = await extractCase('untaggedKnownName', [alQaeda]);
    expect(draft.actors.map((actor) => [actor.id, actor.existing])).toEqual([
      ['saif-al-adel', false],
      ['al-qaeda', true],
      ['osama-bin-laden', false],
      ['u-s-navy-seals', false],
      ['pakistan', false],
    ]);
    expect(draft.relations.map(dyad)).toEqual(['saif-al-adel LEADS al-qaeda', 'u-s-navy-seals KILL osama-bin-laden']);
  });

  it('takes an abbreviation in brackets after a name as that name, whatever its letters', async () => {
    const draft = await extractCase('bracketedAbbreviation');
    expect(draft.actors.map((actor) => [actor.id, actor.aliases])).toEqual([
      ['union-of-south-american-nations', ['UNASUR']],
      ['colombia', []],
    ]);
  });

  it("does not take a state's ministry for the only other body of that state the graph knows", async () => {
    const kremlin: KnownActor = { id: 'kremlin', name: 'Kremlin', kind: 'GOVERNMENT_BODY', country: 'RU', aliases: [] };
    const draft = await extractCase('ministryOfState', [kremlin]);
    expect(draft.actors.map((actor) => [actor.id, actor.kind, actor.existing])).toEqual([
      ['russia-foreign-ministry', 'GOVERNMENT_BODY', false],
      ['estonia', 'STATE', false],
    ]);
  });

  it("reads a demonym with an institution noun as that state's institution", async () => {
    const draft = await extractCase('demonym');
    expect(draft.actors).toContainEqual(
      expect.objectContaining({ id: 'iranian-military', kind: 'MILITARY', country: 'IR', existing: false }),
    );
  });

  it('reads a people\'s adjective on a participant as its state ("seized a British tanker")', async () => {
    const draft = await extractCase('abbreviation');
    expect(draft.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(
      'islamic-revolutionary-guard-corps COERCE united-kingdom',
    );
  });

  it('folds an abbreviation into the name whose initials it is', async () => {
    const draft = await extractCase('abbreviation');
    const irgc = draft.actors.find((actor) => actor.id === 'islamic-revolutionary-guard-corps');
    expect(irgc?.aliases).toEqual(['IRGC']);
    expect(irgc?.mentions.map((mention) => mention.text)).toEqual([
      'Islamic Revolutionary Guard Corps',
      'IRGC',
      'IRGC',
    ]);
  });

  it('gives a person the country of the people named before the title', async () => {
    const draft = await extractCase('directQuote');
    expect(draft.actors).toContainEqual(expect.objectContaining({ id: 'ashraf-ghani', kind: 'PERSON', country: 'AF' }));
  });

  it('resolves a spelling variant and a surname alone to the actor already in the graph', async () => {
    const draft = await extractCase('spellingVariant', [SOLEIMANI, IRAQ]);
    const soleimani = draft.actors.find((actor) => actor.id === 'qassem-soleimani');
    expect(soleimani).toMatchObject({ existing: true, name: 'Qassem Soleimani', country: 'IR' });
    expect(soleimani?.mentions.map((mention) => mention.text)).toEqual(['Qasem Suleimani', 'Suleimani']);
    expect(draft.actors.find((actor) => actor.id === 'iraq')).toMatchObject({ existing: true });
  });

  it('proposes new actors with slugs of their names when the graph does not know them', async () => {
    const draft = await extractCase('spellingVariant');
    expect(draft.actors.map((actor) => [actor.id, actor.existing])).toEqual([
      ['qasem-suleimani', false],
      ['iraq', false],
    ]);
  });
});
