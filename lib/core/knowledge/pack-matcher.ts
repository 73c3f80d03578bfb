/** The matcher for a set of packs, as the background builds it from the database. */
import { buildMatcher, STOP_ENTITY, type AliasSpec, type Matcher } from '../text/matcher';
import { cardAliases } from './card-aliases';
import type { Card, Pack } from './pack-schema';

export function stopPhraseAliases(stopPhrases: Pack['stopPhrases']): AliasSpec[] {
  return Object.entries(stopPhrases ?? {}).flatMap(([lang, list]) =>
    (list ?? []).map((a) =>
      typeof a === 'string' ? { entity: STOP_ENTITY, text: a, lang } : { entity: STOP_ENTITY, lang, ...a },
    ),
  );
}

export function matcherFor(cards: readonly Card[], stopPhrases: readonly Pack['stopPhrases'][] = []): Matcher {
  return buildMatcher([...cards.flatMap(cardAliases), ...stopPhrases.flatMap(stopPhraseAliases)]);
}

export function packsMatcher(packs: readonly Pack[]): Matcher {
  return matcherFor(
    packs.flatMap((p) => p.cards),
    packs.map((p) => p.stopPhrases),
  );
}
