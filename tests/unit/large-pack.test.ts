import { describe, expect, it } from 'vitest';
import { largePack } from '../../bench/large-pack';
import { validatePack } from '../../lib/core/knowledge/pack-schema';

// The scale-test build ships this pack (`npm run build:large`); a card it cannot install stops
// `npm run bench:browser` and `npm run test:e2e:large` after minutes of waiting, so it is checked here.
describe('the scale-test pack', () => {
  it('validates as any pack must, at a small size', () => {
    const result = validatePack(largePack(2_000));
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    expect(result.ok && result.pack.cards.some((c) => c.kind === 'office')).toBe(false);
  });

  it('writes each made-up name with the rules of the name it copies, as the fixtures were probed with them', () => {
    // Without them a made-up «Ale» (French, case-sensitive, a word at a sentence start), which the
    // probe found nowhere, marked Czech «Ale» on a saved real page in the scale-test build.
    const flagged = (rule: 'wordAtSentenceStart' | 'givenName') =>
      largePack(20_000)
        .cards.flatMap((c) => Object.values(c.aliases).flat())
        .filter((a) => typeof a === 'object' && a[rule]).length;
    expect(flagged('wordAtSentenceStart')).toBeGreaterThan(0);
    expect(flagged('givenName')).toBeGreaterThan(0);
  });
});
