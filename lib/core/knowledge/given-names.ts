/**
 * Given names, learnt from the people's cards, so that a place's name right after one is read as a
 * surname: «Jorge Lima», «Piedad Córdoba» are people, not Lima or Córdoba. A given name is the first
 * word of a person's name of two words or more, capitalised, in a script with capitals (Arabic,
 * Persian and Hebrew text cannot tell a name from a word this way). The matcher holds each under
 * GIVEN_NAME_ENTITY: it marks nothing, and loses to any card's own name of the same length.
 *
 * A first word is left out where it is something else too, so that the rule never takes a place's
 * own name for a person's:
 * - it starts a name of another kind («President …» of an office, «Abu Dhabi», «San José»);
 * - it is a name by itself (Jordan, Georgia, Israel: those stay the card's);
 * - a dictionary of one of the twelve languages has it as an ordinary word («Le», «Per», «Mayor»,
 *   «Grace»): checked when the list is made (npm run record:packs), as the dictionaries are only
 *   there at build time. The list of the bundled packs is assets/given-names.json.
 */
import bundled from '../../../assets/given-names.json';
import { aliasSpec, type AliasSpec } from '../text/alias-spec';
import { GIVEN_NAME_ENTITY } from '../text/given-name';
import { cardAliases } from './card-aliases';
import type { Card } from './pack-schema';

/** Per language, the given names its people's names start with. */
export type GivenNames = Record<string, string[]>;

/** One capitalised word of letters, two or more: «Jorge», «Ιωάννης», «Олена». */
const GIVEN = /^\p{Lu}\p{Ll}+$/u;

/** Every name of `card` as written, in its language: its labels and aliases, but after-name ones. */
const namesOf = (card: Card) => cardAliases(card).filter((alias) => alias.entity === card.id);

const firstWord = (text: string) => {
  const space = text.indexOf(' ');
  return space < 0 ? undefined : text.slice(0, space);
};

/**
 * The given names of `cards`' people (see above), less those `isWord` says are ordinary words,
 * sorted, so that the list as made and as committed compare equal.
 */
export function givenNamesOf(cards: readonly Card[], isWord: (word: string) => boolean): GivenNames {
  const found = new Map<string, Set<string>>();
  for (const card of cards) {
    if (card.kind !== 'person') continue;
    for (const { lang, text } of namesOf(card)) {
      const word = firstWord(text);
      if (!word || !GIVEN.test(word)) continue;
      const langs = found.get(word) ?? new Set();
      langs.add(lang);
      found.set(word, langs);
    }
  }
  // Compared as written: a card's names are capitalised as they are printed.
  for (const card of cards)
    for (const { text } of namesOf(card)) {
      found.delete(text);
      if (card.kind !== 'person') {
        const word = firstWord(text);
        if (word) found.delete(word);
      }
    }
  const out: GivenNames = {};
  for (const [word, langs] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isWord(word)) continue;
    for (const lang of [...langs].sort()) (out[lang] ??= []).push(word);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

let bundledSpecs: AliasSpec[] | undefined;

/** The given names as the matcher holds them: those of the bundled packs' people. */
export function givenNameAliases(names: GivenNames = bundled): AliasSpec[] {
  const specs = () =>
    Object.entries(names).flatMap(([lang, words]) =>
      words.map((word) => aliasSpec(GIVEN_NAME_ENTITY, lang, word, false, true)),
    );
  if (names !== bundled) return specs();
  return (bundledSpecs ??= specs());
}
