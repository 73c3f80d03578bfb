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
});
