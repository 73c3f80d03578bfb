/**
 * Builds the matcher once per data revision and keeps the serialised form. A service worker can be
 * stopped at any time; the next request rebuilds from the database (milliseconds for hand-written packs).
 */
import { matcherFor } from '../core/knowledge/pack-matcher';
import type { EntitySummary, MatcherResponse } from '../core/protocol';
import { serialiseMatcher } from '../core/text/matcher';
import { getRevision, type BackstoryDB } from './database';
import { enabledContent } from './install-packs';

export function createMatcherCache(db: BackstoryDB) {
  let cached: Promise<Required<Omit<MatcherResponse, 'exclusions'>>> | undefined;
  let cachedRevision = -1;

  async function build(revision: number): Promise<Required<Omit<MatcherResponse, 'exclusions'>>> {
    const { packs, cards } = await enabledContent(db);
    const entities: Record<string, EntitySummary> = {};
    for (const card of cards) entities[card.id] = { kind: card.kind };
    const matcher = serialiseMatcher(
      matcherFor(
        cards,
        packs.map((p) => p.stopPhrases),
      ),
    );
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
