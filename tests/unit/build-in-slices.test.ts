/** A large matcher is built in slices, with the event loop free between them, and comes out the same. */
import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../lib/background/run-in-slices';
import { buildMatcher, findMentions, matcherSteps, storeMatcher } from '../../lib/core/text/matcher';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { PROFILE } from './profile-packs';
import { matcherAliases } from '../../lib/core/knowledge/pack-matcher';

describe('building in slices', () => {
  it('gives the event loop back while it builds, and builds the same matcher as at once', async () => {
    const specs = matcherAliases(bundledPacks(PROFILE).flatMap((p) => p.cards));
    let pauses = 0;
    let timersRan = 0;
    // A timer set before the build runs during it, not after.
    const timer = setInterval(() => timersRan++, 0);
    const sliced = await runInSlices(matcherSteps(specs), 2, async () => {
      pauses++;
      await new Promise((r) => setTimeout(r, 0));
    });
    const ranDuring = timersRan;
    clearInterval(timer);
    expect(pauses).toBeGreaterThan(5);
    expect(ranDuring).toBeGreaterThan(0);
    const whole = buildMatcher(specs);
    expect(storeMatcher(sliced)).toEqual(storeMatcher(whole));
    const text = 'أردوغان وبوتين في سوتشي، the S-400 and the PKK';
    expect(findMentions(sliced, text)).toEqual(findMentions(whole, text));
  });
});
