import { describe, expect, it } from 'vitest';
import { DWELL_MS, GRACE_MS, HoverIntent, type Timers } from '../../lib/page/hover-intent';

/** A clock we step by hand: hover intent is all about time. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => (pending.set(next, { at: now + ms, fn }), next++),
    clear: (id) => void pending.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && pending.has(id)) {
        pending.delete(id);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

function setup() {
  const log: string[] = [];
  const clock = manualTimers();
  const intent = new HoverIntent<string>(
    (t) => log.push(`open ${t}`),
    () => log.push('close'),
    clock.timers,
  );
  return { log, intent, advance: clock.advance };
}

describe('HoverIntent', () => {
  it('opens only after the pointer rests for the dwell time', () => {
    const { log, intent, advance } = setup();
    intent.pointerOver('a');
    advance(DWELL_MS - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['open a']);
  });

  it('opens nothing when the pointer sweeps across mentions', () => {
    const { log, intent, advance } = setup();
    for (const t of ['a', 'b', 'c', undefined]) {
      intent.pointerOver(t);
      advance(50);
    }
    advance(DWELL_MS * 2);
    expect(log).toEqual([]);
  });

  it('keeps the card while the pointer travels into it, and closes after the grace period once it leaves', () => {
    const { log, intent, advance } = setup();
    intent.openNow('a');
    intent.pointerOver(undefined);
    advance(GRACE_MS / 2);
    intent.pointerInCard(true);
    advance(GRACE_MS * 2);
    expect(log).toEqual(['open a']);
    intent.pointerInCard(false);
    advance(GRACE_MS);
    expect(log).toEqual(['open a', 'close']);
  });

  it('closes at once on request, and only once', () => {
    const { log, intent } = setup();
    intent.openNow('a');
    intent.closeNow();
    intent.closeNow();
    expect(log).toEqual(['open a', 'close']);
  });

  it('keeps an open card open when its target is found again, and opens nothing when none is open', () => {
    const { log, intent, advance } = setup();
    intent.retarget('a');
    expect(intent.current).toBeUndefined();
    intent.openNow('a');
    intent.retarget('a2');
    expect(intent.current).toBe('a2');
    // The pointer resting on the new target is resting on the open card's mention.
    intent.pointerOver('a2');
    advance(DWELL_MS * 2);
    expect(log).toEqual(['open a']);
  });
});
