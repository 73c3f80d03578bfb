import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { givenNamesOf } from '../../lib/core/knowledge/given-names';
import { packsMatcher } from '../../lib/core/knowledge/pack-matcher';
import type { Card } from '../../lib/core/knowledge/pack-schema';
import { findMentions, loadMatcher, storeMatcher } from '../../lib/core/text/matcher';

const card = (id: string, kind: Card['kind'], en: string, aliases: string[] = []): Card =>
  ({ id, kind, label: { en }, description: { en: 'A card.' }, aliases: { en: aliases } }) as unknown as Card;

describe('given names learnt from the people', () => {
  it('takes the first word of a person name, less words that are something else too', () => {
    const cards = [
      card('jorge-lima', 'person', 'Jorge Lima'),
      card('san-jose', 'place', 'San José'),
      card('san-person', 'person', 'San Suu'),
      card('jordan', 'country', 'Jordan'),
      card('jordan-bardella', 'person', 'Jordan Bardella'),
      card('mayor-x', 'person', 'Mayor Smith'),
      card('someone', 'person', 'Someone', ['Abu Dhabi']),
    ];
    const names = givenNamesOf(cards, (word) => word === 'Mayor');
    // Starts another kind's name, is a name by itself, is an ordinary word: left out.
    expect(names).toEqual({ en: ['Abu', 'Jorge'] });
  });

  it('assets/given-names.json holds names, not the words pack:check keeps out', () => {
    const names = JSON.parse(readFileSync('assets/given-names.json', 'utf8')) as Record<string, string[]>;
    const all = new Set(Object.values(names).flat());
    expect(all.has('Jorge')).toBe(true);
    for (const word of ['San', 'Jordan', 'Le', 'Per', 'Mayor', 'Monday', 'President'])
      expect(all.has(word)).toBe(false);
  });

  it('with the bundled packs: the surname is no place, the place still is, built or stored', () => {
    const built = packsMatcher(bundledPacks().filter((p) => p.enabledByDefault !== false));
    const loaded = loadMatcher(structuredClone(storeMatcher(built)));
    const text = 'Jorge Lima spoke in Lima. Sri Lanka and Abu Dhabi signed. Le Qatar a parlé.';
    for (const m of [built, loaded]) {
      const found = findMentions(m, text);
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Lima', 'Sri Lanka', 'Abu Dhabi', 'Qatar']);
      expect(found[0]!.start).toBe(text.lastIndexOf('Lima'));
    }
  });
});
