import { describe, expect, it } from 'vitest';
import { TAB_FOCUS_MS, TabFocusGate } from '../../lib/core/page/tab-focus';

describe('focus opens a card only after the reader’s own Tab', () => {
  it('lets through a trusted focus within 100 ms of the Tab keydown', () => {
    const gate = new TabFocusGate();
    expect(TAB_FOCUS_MS).toBe(100);
    gate.tabPressed(1000);
    expect(gate.focusFollowsTab(true, 1099)).toBe(true);
  });

  it('refuses a focus 100 ms or more after the Tab', () => {
    const gate = new TabFocusGate();
    gate.tabPressed(1000);
    expect(gate.focusFollowsTab(true, 1100)).toBe(false);
  });

  it('refuses a focus with no Tab before it (a page’s element.focus())', () => {
    expect(new TabFocusGate().focusFollowsTab(true, 0)).toBe(false);
  });

  it('refuses an untrusted focus event even right after a Tab, and uses the Tab up', () => {
    const gate = new TabFocusGate();
    gate.tabPressed(1000);
    expect(gate.focusFollowsTab(false, 1001)).toBe(false);
    expect(gate.focusFollowsTab(true, 1002)).toBe(false);
  });

  it('lets one focus through per key press: a page cannot ride on it to focus several mentions', () => {
    const gate = new TabFocusGate();
    gate.tabPressed(1000);
    expect(gate.focusFollowsTab(true, 1010)).toBe(true);
    expect(gate.focusFollowsTab(true, 1020)).toBe(false);
    gate.tabPressed(2000);
    expect(gate.focusFollowsTab(true, 2010)).toBe(true);
  });
});
