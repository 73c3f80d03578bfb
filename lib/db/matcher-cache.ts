/**
 * Builds the matcher once per data revision and keeps the serialised form. A service worker can be
 * stopped at any time; the next request rebuilds from the database (milliseconds for hand-written packs).
 */
import { cardAliases } from '../knowledge/card-aliases';
import type { EntitySummary, MatcherResponse } from '../messages';
import { buildMatcher, serialiseMatcher } from '../text/matcher';
import { getRevision, type BackstoryDB } from './database';
import { enabledCards } from './install-packs';

export function createMatcherCache(db: BackstoryDB) {
  let cached: Promise<Required<MatcherResponse>> | undefined;
  let cachedRevision = -1;

  async function build(revision: number): Promise<Required<MatcherResponse>> {
    const cards = await enabledCards(db);
    const entities: Record<string, EntitySummary> = {};
    for (const card of cards) entities[card.id] = { kind: card.kind };
    const matcher = serialiseMatcher(buildMatcher(cards.flatMap(cardAliases)));
    return { revision, matcher, entities };
  }

  return async function get(have?: number): Promise<MatcherResponse> {
    const revision = await getRevision(db);
    if (have === revision) return { revision };
    if (!cached || cachedRevision !== revision) {
      cachedRevision = revision;
      cached = build(revision);
    }
    return cached;
  };
}
