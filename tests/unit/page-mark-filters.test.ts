import { describe, expect, it } from 'vitest';
import { byDensity, ofKinds } from '../../lib/core/page/mark-filters';
import { countEntities } from '../../lib/core/page/page-summary';
import { mentionFilter } from '../../lib/core/page/exclusions';
import { stepAround } from '../../lib/core/page/travel';

/** Mentions in reading order, as plain objects: the filters need nothing of a page. */
const marks = [
  { entity: 's-400', kind: 'weapon-system', at: 0 },
  { entity: 'erdogan', kind: 'person', at: 1 },
  { entity: 's-400', kind: 'weapon-system', at: 2 },
  { entity: 'ankara', kind: 'place', at: 3 },
  { entity: 'erdogan', kind: 'person', at: 4 },
];

describe('kind filter', () => {
  it('keeps only the kinds the reader wants, in reading order', () => {
    expect(ofKinds(marks, ['person', 'place']).map((m) => m.at)).toEqual([1, 3, 4]);
  });

  it('keeps nothing when no kind is wanted, everything when all are', () => {
    expect(ofKinds(marks, [])).toEqual([]);
    expect(ofKinds(marks, ['weapon-system', 'person', 'place'])).toEqual(marks);
  });
});

describe('density', () => {
  it('"all" draws every mention', () => {
    expect(byDensity(marks, 'all')).toEqual(marks);
  });

  it('"first" draws the first mention of each entity only', () => {
    expect(byDensity(marks, 'first').map((m) => m.at)).toEqual([0, 1, 3]);
  });

  it('"countries-once" draws every mention but a place\'s or a country\'s first only', () => {
    const withCountries = [
      { entity: 'country-sd', kind: 'country', at: 0 },
      { entity: 'erdogan', kind: 'person', at: 1 },
      { entity: 'country-sd', kind: 'country', at: 2 },
      { entity: 'erdogan', kind: 'person', at: 3 },
      { entity: 'el-fasher', kind: 'place', at: 4 },
      { entity: 'el-fasher', kind: 'place', at: 5 },
      { entity: 's-400', kind: 'weapon-system', at: 6 },
      { entity: 's-400', kind: 'weapon-system', at: 7 },
    ];
    expect(byDensity(withCountries, 'countries-once').map((m) => m.at)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('"none" draws nothing', () => {
    expect(byDensity(marks, 'none')).toEqual([]);
  });

  it('thins after the kind filter: the first mention of a kind left out does not count', () => {
    const wanted = ofKinds([{ entity: 'x', kind: 'place', at: 0 }, ...marks], ['person']);
    expect(byDensity(wanted, 'first').map((m) => m.entity)).toEqual(['erdogan']);
  });
});

describe('page summary', () => {
  it('counts mentions per entity, in order of first mention, with the kind of the first', () => {
    expect(countEntities(marks)).toEqual([
      { id: 's-400', kind: 'weapon-system', count: 2 },
      { id: 'erdogan', kind: 'person', count: 2 },
      { id: 'ankara', kind: 'place', count: 1 },
    ]);
  });

  it('is empty for a page without marks', () => {
    expect(countEntities([])).toEqual([]);
  });
});

describe('"not this here" exclusions', () => {
  it('leaves unmarked a mention whose surface folds to an excluded alias of that entity', () => {
    const accepts = mentionFilter([{ entity: 'erdogan', alias: 'erdogan' }]);
    expect(accepts('erdogan', 'Erdoğan')).toBe(false);
    expect(accepts('erdogan', 'ERDOGAN')).toBe(false);
    // Another entity, or another surface of the same entity, is still marked.
    expect(accepts('ankara', 'Erdoğan')).toBe(true);
    expect(accepts('erdogan', 'Tayyip')).toBe(true);
  });

  it('accepts everything when nothing is excluded', () => {
    expect(mentionFilter([])('erdogan', 'Erdoğan')).toBe(true);
  });
});

describe('keyboard travel', () => {
  it('starts at the first or last mention and wraps around at either end', () => {
    expect(stepAround(-1, 1, 3)).toBe(0);
    expect(stepAround(-1, -1, 3)).toBe(1);
    expect(stepAround(2, 1, 3)).toBe(0);
    expect(stepAround(0, -1, 3)).toBe(2);
  });
});
