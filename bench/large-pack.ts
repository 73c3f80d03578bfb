/**
 * The generated pack of the scale tests: 200,000 aliases shaped like the bundled ones
 * (shaped-aliases.ts), four to a card (50,000 cards), on top of every bundled pack. `wxt build --mode e2e-large`
 * ships it, so `npm run bench:browser` and the end-to-end suites run with it on.
 *
 * Its names are made up, but a short one can still spell a real word. Those that occur in the test
 * pages are left out, so the suites' expectations (what is marked where) hold unchanged with the pack on:
 * it adds weight, not marks.
 */
import { cardAliases } from '../lib/core/knowledge/card-aliases';
import { NAMED_KINDS, type Alias, type Card, type Lang, type Pack } from '../lib/core/knowledge/pack-schema';
import { buildMatcher, findMentions, type AliasSpec } from '../lib/core/text/matcher';
import { fold } from '../lib/core/text/normalise';
import { bundledPacks } from '../lib/node/bundled-packs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtmlText } from '../lib/node/html-text';
import { shapedAliases } from './shaped-aliases';

export const LARGE_PACK_ID = 'bench-large';
export const LARGE_PACK_FILE = `${LARGE_PACK_ID}.json`;
/** Four names a card: 50,000 cards, the scale at which the library is measured. */
const PER_CARD = 4;

/**
 * A made-up name as the pack writes it, with every rule its model had: the fixtures are probed with
 * these rules, so a name the pack wrote without one could mark where the probe found nothing (a
 * made-up «Ale» that waits for its card at a sentence start in the probe marked Czech «Ale» in the
 * browser once it shipped without `wordAtSentenceStart`).
 */
const asAlias = (spec: AliasSpec): Alias => {
  const rules = SPEC_RULES.filter((rule) => spec[rule]);
  return rules.length ? { text: spec.text, ...Object.fromEntries(rules.map((rule) => [rule, true])) } : spec.text;
};
/** The rules an alias spec carries, as a pack's alias writes them. */
const SPEC_RULES = ['caseSensitive', 'exact', 'wordAtSentenceStart', 'givenName'] as const;

export function largePack(aliases = 200_000): Pack {
  const bundled = bundledPacks().flatMap((p) => p.cards.flatMap(cardAliases));
  // A few more than asked for, so that after the words of the test pages are left out the count holds.
  // A made-up name spelt like a bundled one (a letter swapped for itself: "S400") would be a second
  // card for that name: left out, so the pack adds weight and no card of its own to a real name.
  const taken = new Set(bundled.map((b) => fold(b.text)));
  let shaped = shapedAliases(bundled, Math.ceil(aliases * 1.1)).filter((s) => !taken.has(fold(s.text)));
  // Matched beside the bundled names, as the extension matches them, and again until none is found:
  // a name left out can uncover a shorter one it overlapped, or give back a bundled one it hid.
  const texts = fixtureTexts();
  for (;;) {
    const probe = buildMatcher([
      ...bundled.map((b) => ({ ...b, entity: 'bundled' })),
      ...shaped.map((s, i) => ({ ...s, entity: String(i) })),
    ]);
    const hits = new Set<string>();
    for (const { text, lang } of texts) for (const m of findMentions(probe, text, lang)) hits.add(m.entity);
    hits.delete('bundled');
    if (hits.size === 0) break;
    shaped = shaped.filter((_, i) => !hits.has(String(i)));
  }
  shaped = shaped.slice(0, aliases);
  const cards: Card[] = [];
  for (let k = 0; k * PER_CARD < shaped.length; k++) {
    const group = shaped.slice(k * PER_CARD, (k + 1) * PER_CARD);
    const byLang: Partial<Record<Lang, Alias[]>> = {};
    for (const a of group) (byLang[a.lang as Lang] ??= []).push(asAlias(a));
    const first = group[0]!.text;
    cards.push({
      id: `${LARGE_PACK_ID}-${k}`,
      kind: NAMED_KINDS[k % NAMED_KINDS.length]!,
      label: { en: first, ar: first },
      aliases: byLang,
      summary: { en: 'A made-up entity of the scale tests.', ar: 'كيان مختلق لاختبارات الحجم.' },
      facts: [],
      sources: [],
      reviewed: '2026-11-30',
    });
  }
  return {
    format: 1,
    id: LARGE_PACK_ID,
    name: 'Scale test (200,000 made-up names)',
    version: '1',
    languages: ['ar', 'en', 'tr', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'fa', 'uk', 'he'],
    author: 'Backstory tests',
    licence: 'Apache-2.0',
    reviewed: '2026-11-30',
    cards,
  };
}

/** The text of every page and article the tests read (tests/fixtures). */
/**
 * The text of every test fixture: each block of a page with the language it declares (the language
 * rules let some names match only there), and the whole page without one.
 */
function fixtureTexts(dir = 'tests/fixtures'): { text: string; lang?: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureTexts(path);
    if (entry.name.endsWith('.html')) {
      const { text, segments } = extractHtmlText(readFileSync(path, 'utf8'));
      return [{ text }, ...segments];
    }
    return entry.name.endsWith('.txt') ? [{ text: readFileSync(path, 'utf8') }] : [];
  });
}
