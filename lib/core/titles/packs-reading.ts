/** How Node tools and tests read packs as the background does, titles included. */
import { matcherFor, packsView } from '../knowledge/pack-matcher';
import type { Pack } from '../knowledge/pack-schema';
import { officeTerms } from './office-terms';

/**
 * What Node tools and tests read `packs` with, as the background does: one card per thing, the
 * matcher over them, and each office's tenures (titles resolve to their holders).
 */
export function packsReading(packs: readonly Pack[]) {
  const view = packsView(packs);
  const matcher = matcherFor(
    view.cards,
    packs.map((p) => p.stopPhrases),
  );
  return { view, matcher, offices: officeTerms(view.cards, view.redirect) };
}
