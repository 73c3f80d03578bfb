/**
 * The matcher a careful engineer writes first: fold the text, split it into words, and look up every
 * run of up to N words in a Map of folded aliases. The same folding as ours (normalise.ts), so the
 * two find the same plain names; it knows no clitics, endings or case rules, which only make ours
 * slower — the comparison is generous to it.
 */
import type { AliasSpec } from '../lib/core/text/matcher';
import { fold } from '../lib/core/text/normalise';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface TokenHash {
  /** Folded alias → entity. */
  names: Map<string, string>;
  /** Every folded alias's leading words ("a", "a b" for "a b c"): a run stops growing when it leaves them. */
  prefixes: Set<string>;
}

export function buildTokenHash(specs: readonly AliasSpec[]): TokenHash {
  const names = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const spec of specs) {
    const words = fold(spec.text).match(WORD);
    if (!words) continue;
    let key = words[0]!;
    for (let k = 1; k < words.length; k++) {
      prefixes.add(key);
      key += ' ' + words[k]!;
    }
    if (!names.has(key)) names.set(key, spec.entity);
  }
  return { names, prefixes };
}

/** How many names the text holds, the longest at each word, as ours counts them. */
export function countTokenHash({ names, prefixes }: TokenHash, text: string): number {
  const words = fold(text).match(WORD) ?? [];
  let found = 0;
  for (let i = 0; i < words.length;) {
    let key = words[i]!;
    let longest = names.has(key) ? 1 : 0;
    for (let n = 2; i + n <= words.length && prefixes.has(key); n++) {
      key += ' ' + words[i + n - 1]!;
      if (names.has(key)) longest = n;
    }
    if (longest) {
      found++;
      i += longest;
    } else i++;
  }
  return found;
}
