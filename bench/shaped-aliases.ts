/**
 * Made-up names shaped like the bundled ones, for the 200,000-alias run: each copies a random real
 * alias — its language, flags, word count, word lengths, script, capitals, hyphens and digits — with
 * every letter swapped for another of the same script and case. The run then has the bundled packs'
 * distribution of lengths, scripts and languages, at any size, without a real name in it. Four names
 * make a card (one entity), as in the generated pack of the scale tests (large-pack.ts): the bundled
 * cards have ten to twenty each, and a run of one-name cards would time a map of 200,000 entities
 * that no library of 200,000 names has.
 */
import type { AliasSpec } from '../lib/core/text/matcher';
import { rng } from './corpus';

const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Hebrew', 'Greek'] as const;
const TESTS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
const scripts = new Map<string, string | undefined>();
const scriptOf = (ch: string) => {
  if (!scripts.has(ch)) scripts.set(ch, TESTS.find(([, re]) => re.test(ch))?.[0]);
  return scripts.get(ch);
};

/** Names to a card (entity). */
const PER_CARD = 4;

export function shapedAliases(real: readonly AliasSpec[], count: number, seed = 7): AliasSpec[] {
  const random = rng(seed);
  // Letters of each script and case as the real aliases use them, so frequent letters stay frequent.
  const pools = new Map<string, string[]>();
  for (const { text } of real)
    for (const ch of text) {
      const script = scriptOf(ch);
      if (!script) continue;
      const key = `${script}:${ch === ch.toLowerCase() ? 'l' : 'u'}`;
      (pools.get(key) ?? pools.set(key, []).get(key)!).push(ch);
    }
  const swap = (ch: string) => {
    const script = scriptOf(ch);
    const pool = script && pools.get(`${script}:${ch === ch.toLowerCase() ? 'l' : 'u'}`);
    return pool ? pool[Math.floor(random() * pool.length)]! : ch;
  };
  const out: AliasSpec[] = [];
  for (let i = 0; i < count; i++) {
    const model = real[Math.floor(random() * real.length)]!;
    const text = [...model.text].map(swap).join('');
    out.push({ ...model, entity: `shaped-${Math.floor(i / PER_CARD)}`, text });
  }
  return out;
}
