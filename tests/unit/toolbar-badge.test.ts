import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, TabBadges } from '../../lib/core/toolbar-badge';

describe('the toolbar badge', () => {
  it('adds up the names each frame marks, and says nothing for none', () => {
    const badges = new TabBadges();
    expect(badges.report(7, 0, { state: 'on', names: 0 }, true)).toEqual({ text: '', state: 'on' });
    expect(badges.report(7, 0, { state: 'on', names: 12 })).toEqual({ text: '12', state: 'on' });
    expect(badges.report(7, 3, { state: 'on', names: 2 })).toEqual({ text: '14', state: 'on' });
    // Another tab is counted on its own.
    expect(badges.report(8, 0, { state: 'on', names: 1 })).toEqual({ text: '1', state: 'on' });
  });

  it("follows the top frame's state: paused or off there shows no count, whatever the frames marked", () => {
    const badges = new TabBadges();
    badges.report(1, 5, { state: 'on', names: 4 });
    expect(badges.report(1, 0, { state: 'off-here', names: 0 })).toEqual({ text: '', state: 'off-here' });
    expect(badges.report(1, 0, { state: 'paused', names: 0 })).toEqual({ text: '', state: 'paused' });
    // A frame off for its own site (another site's embed) adds nothing; the page stays on.
    const other = new TabBadges();
    other.report(2, 0, { state: 'on', names: 3 });
    expect(other.report(2, 9, { state: 'off-here', names: 0 })).toEqual({ text: '3', state: 'on' });
  });

  it('forgets the frames of the page before when the top frame starts on a new one', () => {
    const badges = new TabBadges();
    badges.report(4, 0, { state: 'on', names: 6 });
    badges.report(4, 2, { state: 'on', names: 5 });
    expect(badges.report(4, 0, { state: 'on', names: 0 }, true)).toEqual({ text: '', state: 'on' });
    // A frame's own fresh start does not wipe the top frame's count.
    expect(badges.report(4, 2, { state: 'on', names: 1 }, true)).toEqual({ text: '1', state: 'on' });
    badges.forget(4);
    expect(badges.report(4, 3, { state: 'on', names: 2 })).toEqual({ text: '2', state: 'on' });
  });

  it('caps the count at what fits the badge', () => {
    const badges = new TabBadges();
    expect(badges.report(1, 0, { state: 'on', names: MAX_SHOWN })).toEqual({ text: String(MAX_SHOWN), state: 'on' });
    expect(badges.report(1, 0, { state: 'on', names: MAX_SHOWN + 1 }).text).toBe(`${MAX_SHOWN}+`);
  });
});
