/**
 * Builds the reader's view of the enabled cards once per data revision: one card per thing (cards of
 * several packs that share a sameAs key merged, identity.ts), and the matcher over them in its
 * serialised form. A service worker can be stopped at any time; the next request rebuilds from the
 * database (milliseconds for hand-written packs).
 */
import { PACK_INDEX } from '../core/knowledge/pack-index';
import { mergeIdentities, type Identities } from '../core/knowledge/identity';
import { USER_PACK } from '../core/knowledge/pack-merge';
import { matcherFor } from '../core/knowledge/pack-matcher';
import type { EntitySummary, MatcherResponse } from '../core/protocol';
import { serialiseMatcher } from '../core/text/matcher';
import { getRevision, type BackstoryDB } from './database';
import { enabledContent } from './install-packs';

type FullReply = Required<Omit<MatcherResponse, 'exclusions'>>;

/**
 * Which card speaks for a thing: the reader's own, then the bundled packs in the order they win
 * overlaps (the hand-written story, the world's who's who, the generated countries), then any other pack.
 */
const RANKS = new Map([[USER_PACK, 0], ...PACK_INDEX.map((s, i) => [s.id, 1 + i] as const)]);
const rankOf = (packId: string) => RANKS.get(packId) ?? 1000;

export function createMatcherCache(db: BackstoryDB) {
  let cached: Promise<{ reply: FullReply; identities: Omit<Identities, 'cards'> }> | undefined;
  let cachedRevision = -1;

  async function build(revision: number) {
    const { packs, rows } = await enabledContent(db);
    const { cards, redirect, members } = mergeIdentities(rows.map((r) => ({ card: r.card, rank: rankOf(r.packId) })));
    const entities: Record<string, EntitySummary> = {};
    for (const card of cards) entities[card.id] = { kind: card.kind };
    const matcher = serialiseMatcher(
      matcherFor(
        cards,
        packs.map((p) => p.stopPhrases),
      ),
    );
    return { reply: { revision, matcher, entities }, identities: { redirect, members } };
  }

  /** The view of `revision`, built at most once; a request for another revision builds anew. */
  function viewOf(revision: number) {
    if (!cached || cachedRevision !== revision) {
      cachedRevision = revision;
      cached = build(revision);
    }
    return cached;
  }

  async function get(have?: number): Promise<MatcherResponse> {
    const revision = await getRevision(db);
    // A tab that has this revision needs nothing: no build for it.
    if (have === revision) return { revision };
    return (await viewOf(revision)).reply;
  }

  /** Which ids were merged into which card, for the enabled cards of the current revision. */
  get.identities = async () => (await viewOf(await getRevision(db))).identities;
  return get;
}
