import type { Kind } from '../lib/core/knowledge/pack-schema';
import type { KindCounts } from '../lib/core/write-results';
import { kindName, packCovers, packCredits } from './pack-names';

/**
 * What a pack covers, what it holds, kind by kind (the most first), and what its data requires be
 * said of where it comes from: shown with the pack in the library and in the options.
 */
export function PackFacts({ id, kinds }: { id: string; kinds: KindCounts }) {
  const counts = (Object.entries(kinds) as [Kind, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const covers = packCovers(id);
  return (
    <>
      {covers && (
        <p class="muted" data-covers>
          {covers}
        </p>
      )}
      {counts.length > 0 && (
        <p class="muted" data-kinds>
          {counts.map(([kind, n]) => `${kindName(kind)}: ${n.toLocaleString()}`).join(' · ')}
        </p>
      )}
      {packCredits(id).map((line) => (
        <p class="muted credit" key={line}>
          {line}
        </p>
      ))}
    </>
  );
}
