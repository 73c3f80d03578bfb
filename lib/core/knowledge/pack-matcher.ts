/** The matcher for a set of packs, as the background builds it from the database. */
import { buildMatcher, STOP_ENTITY, type AliasSpec, type BuildOptions, type Matcher } from '../text/matcher';
import { cardAliases, specOf } from './card-aliases';
import { givenNameAliases } from './given-names';
import { mergeIdentities } from './identity';
import type { Card, Pack } from './pack-schema';

export function stopPhraseAliases(stopPhrases: Pack['stopPhrases']): AliasSpec[] {
  return Object.entries(stopPhrases ?? {}).flatMap(([lang, list]) =>
    (list ?? []).map((a) => specOf(STOP_ENTITY, lang, a)),
  );
}

/** Every alias of the cards, the packs' stop phrases and the given names of the bundled packs' people, as the matcher is built from them. */
export const matcherAliases = (cards: readonly Card[], stopPhrases: readonly Pack['stopPhrases'][] = []) => [
  ...cards.flatMap(cardAliases),
  ...stopPhrases.flatMap(stopPhraseAliases),
  ...givenNameAliases(),
];

export function matcherFor(
  cards: readonly Card[],
  stopPhrases: readonly Pack['stopPhrases'][] = [],
  options?: BuildOptions,
): Matcher {
  return buildMatcher(matcherAliases(cards, stopPhrases), options);
}

/** The matcher over `packs` as the reader sees them: one card per thing, earlier packs speaking for it. */
export function packsMatcher(packs: readonly Pack[], options?: BuildOptions): Matcher {
  return matcherFor(
    packsView(packs).cards,
    packs.map((p) => p.stopPhrases),
    options,
  );
}

/** Cards of `packs` merged where they name the same thing (identity.ts), earlier packs ranking first. */
export const packsView = (packs: readonly Pack[]) =>
  mergeIdentities(packs.flatMap((p, rank) => p.cards.map((card) => ({ card, rank }))));
