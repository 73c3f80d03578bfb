/**
 * Limits on what an import file (and a card) may hold: nesting depth, list sizes, and source URLs
 * that carry a user name or password. Each is refused with a clear message and its path.
 */
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { validatePack, type Card } from '../../lib/core/knowledge/pack-schema';
import { parseExport } from '../../lib/core/transfer-schema';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';

const PKK = bundledPacks()
  .find((p) => p.id === 'core')!
  .cards.find((c) => c.id === 'pkk')!;
const card = (id = 'my-card'): Card => ({ ...structuredClone(PKK), id });
const exportFile = (cards: Card[], extra: Record<string, unknown> = {}) => ({
  format: 1,
  id: 'my-backstory',
  name: 'My Backstory cards',
  version: '2026.1.15',
  languages: ['ar', 'en'],
  author: 'Exported from Backstory',
  licence: 'All rights reserved by the reader',
  reviewed: '2026-01-15',
  cards,
  backstory: {
    exportedAt: '2026-01-15T10:00:00.000Z',
    edits: {},
    exclusions: [],
    settings: DEFAULT_SETTINGS,
    ...extra,
  },
});
const errorsOf = (file: unknown) => {
  const result = parseExport(JSON.stringify(file));
  return result.ok ? [] : result.errors;
};

describe('nesting depth', () => {
  it('refuses 80 kB of nested arrays in well under a second', () => {
    const start = performance.now();
    const result = parseExport('['.repeat(40_000) + ']'.repeat(40_000));
    expect(performance.now() - start).toBeLessThan(500);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^(\[0\])+: nested deeper than 32 levels$/)] });
  });

  it('refuses deep nesting inside an otherwise valid file', () => {
    const text = JSON.stringify(exportFile([card()])).replace(
      '"reviewed":"2026-01-15"',
      `"reviewed":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    );
    const start = performance.now();
    expect(parseExport(text)).toEqual({ ok: false, errors: [expect.stringMatching(/nested deeper than 32 levels$/)] });
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('accepts a real export, whose deepest value is far shallower', () => {
    expect(errorsOf(exportFile([card()]))).toEqual([]);
  });
});

describe('size caps', () => {
  it('refuses more than 10,000 cards in a file', () => {
    const base = card();
    const cards = Array.from({ length: 10_001 }, (_, i) => ({
      id: `c-${i}`,
      kind: base.kind,
      label: { en: 'x' },
      aliases: {},
      summary: { en: 'x' },
      facts: [],
      sources: [],
      reviewed: base.reviewed,
    }));
    expect(errorsOf(exportFile(cards as Card[]))).toEqual(['cards: at most 10000 cards in a file']);
  });

  it('refuses a card with too many aliases, facts, timeline events or sources, naming where', () => {
    const big = card();
    big.aliases = { en: Array.from({ length: 201 }, (_, i) => `name ${i}`) };
    big.facts = Array.from({ length: 201 }, () => structuredClone(card().facts[0]!));
    big.timeline = Array.from({ length: 501 }, () => structuredClone(card().facts[0]!));
    big.sources = [
      ...card().sources,
      ...Array.from({ length: 201 }, (_, i) => ({ ...card().sources[0]!, id: `extra-${i}` })),
    ];
    expect(errorsOf(exportFile([big]))).toEqual([
      'cards[0].aliases.en: at most 200 aliases in one language',
      'cards[0].facts: at most 200 facts in a card',
      'cards[0].timeline: at most 500 timeline events in a card',
      'cards[0].sources: at most 200 sources in a card',
    ]);
    const many = card();
    many.aliases = Object.fromEntries(
      ['ar', 'en', 'tr', 'fr'].map((lang) => [lang, Array.from({ length: 150 }, (_, i) => `${lang} ${i}`)]),
    );
    expect(errorsOf(exportFile([many]))).toEqual(['cards[0].aliases: at most 500 aliases in a card']);
  });

  it('refuses more than 10,000 exclusions, and settings with more than 1,000 disabled sites', () => {
    const exclusions = Array.from({ length: 10_001 }, (_, i) => ({
      site: 'example.com',
      entity: 'pkk',
      alias: `a${i}`,
    }));
    expect(errorsOf(exportFile([], { exclusions }))).toEqual([
      'backstory.exclusions: at most 10000 exclusions in a file',
    ]);
    const settings = { ...DEFAULT_SETTINGS, disabledSites: Array.from({ length: 1001 }, (_, i) => `site${i}.example`) };
    expect(errorsOf(exportFile([], { settings }))).toEqual(['backstory.settings.disabledSites: at most 1000 sites']);
  });

  it('lets every bundled pack through', () => {
    for (const pack of bundledPacks()) expect(validatePack(structuredClone(pack)), pack.id).toMatchObject({ ok: true });
  });
});

describe('source URLs', () => {
  it('refuses a URL that carries a user name or password', () => {
    for (const url of [
      'https://user:pass@example.com/',
      'https://evil.com@news.example/story',
      'http://user@example.com',
      'https://@example.com/',
    ]) {
      const c = card();
      c.sources[0]!.url = url;
      expect(errorsOf(exportFile([c])), url).toEqual([
        'cards[0].sources[0].url: expected a URL without a user name or password (user:password@)',
      ]);
    }
  });

  it('still accepts an @ in the path or query', () => {
    const c = card();
    c.sources[0]!.url = 'https://example.com/@someone/post?by=a@b.example';
    expect(errorsOf(exportFile([c]))).toEqual([]);
  });
});
