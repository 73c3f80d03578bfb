import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { specOf } from '../../lib/core/knowledge/card-aliases';
import { AliasSchema } from '../../lib/core/knowledge/pack-schema';
import { afterNameEntity } from '../../lib/core/text/after-name';
import { buildMatcher, findMentions, loadMatcher, storeMatcher, type AliasSpec } from '../../lib/core/text/matcher';

const full = (entity: string, text: string): AliasSpec => ({ entity, text, lang: 'en' });
const surname = (entity: string, text: string): AliasSpec => ({
  entity: afterNameEntity(entity),
  text,
  lang: 'en',
  caseSensitive: true,
});

const m = buildMatcher([
  full('ali-khamenei', 'Ali Khamenei'),
  full('mojtaba-khamenei', 'Mojtaba Khamenei'),
  surname('ali-khamenei', 'Khamenei'),
  surname('mojtaba-khamenei', 'Khamenei'),
  full('lai-ching-te', 'Lai Ching-te'),
  surname('lai-ching-te', 'Lai'),
]);
const found = (text: string, matcher = m) =>
  findMentions(matcher, text).map((x) => `${text.slice(x.start, x.end)}=${x.entity}`);

describe('a name that counts only after the full name', () => {
  it("is the card's once the card is named, and nothing before or without it", () => {
    expect(found('Lai said so. President Lai Ching-te then spoke, and Lai left.')).toEqual([
      'Lai Ching-te=lai-ching-te',
      'Lai=lai-ching-te',
    ]);
    expect(found('Jimmy Lai was sentenced.')).toEqual([]);
  });

  it('is the one named card that shares it, and neither where both are named', () => {
    expect(found('Ali Khamenei was killed. Khamenei had ruled since 1989.')).toEqual([
      'Ali Khamenei=ali-khamenei',
      'Khamenei=ali-khamenei',
    ]);
    expect(found('Ali Khamenei was killed; Mojtaba Khamenei succeeded him. Khamenei spoke.')).toEqual([
      'Ali Khamenei=ali-khamenei',
      'Mojtaba Khamenei=mojtaba-khamenei',
    ]);
  });

  it("wins over another card's name of the same text once its card is named, and only then", () => {
    const parties = buildMatcher([
      full('spd', 'SPD'),
      full('spd-czechia', 'Freedom and Direct Democracy'),
      surname('spd-czechia', 'SPD'),
    ]);
    expect(found('The SPD lost. Freedom and Direct Democracy (SPD) won; the SPD of Okamura.', parties)).toEqual([
      'SPD=spd',
      'Freedom and Direct Democracy=spd-czechia',
      'SPD=spd-czechia',
      'SPD=spd-czechia',
    ]);
    expect(found('The SPD lost.', parties)).toEqual(['SPD=spd']);
  });

  it('works the same in a matcher loaded from its stored form', () => {
    const loaded = loadMatcher(structuredClone(storeMatcher(m)));
    const text = 'Lai Ching-te spoke. Lai left.';
    expect(found(text, loaded)).toEqual(found(text));
  });

  it("comes from a pack's alias flagged afterName, under its card's stand-in", () => {
    const alias = v.parse(AliasSchema, { text: 'Lai', caseSensitive: true, afterName: true });
    expect(specOf('lai-ching-te', 'en', alias).entity).toBe('~lai-ching-te');
    expect(specOf('lai-ching-te', 'en', { text: 'Lai Ching-te' }).entity).toBe('lai-ching-te');
    // A stop phrase (the empty entity) stays one.
    expect(specOf('', 'en', alias).entity).toBe('');
  });
});
