/**
 * The toolbar button of each tab: the number of names Backstory marked on its page as the badge,
 * and, where Backstory is paused or off for the site, the grey icon and a title that says which.
 * Chrome's MV3 calls it `action`, Firefox's MV2 `browserAction`; both take the same calls.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { TabBadges, type BadgeLook, type FrameReport } from '../core/toolbar-badge';

/** The icon's own blue (assets/icon/backstory.svg), so the count reads as part of the button. */
const BADGE_COLOUR = '#1b5bb8';
/** At 1×, 1.5× and 2×, as the manifest's (wxt.config.ts): Chromium asks for 24 on 1.5× screens. */
const ICONS = { 16: '/icon/16.png', 24: '/icon/24.png', 32: '/icon/32.png' };
const GREY_ICONS = { 16: '/icon/off-16.png', 24: '/icon/off-24.png', 32: '/icon/off-32.png' };

/** The calls used here, which `action` and `browserAction` share (the text colour is newer: Chrome 110, Firefox 63). */
type Action = Pick<
  typeof browser.browserAction,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'setIcon'
> & {
  setBadgeTextColor?: (details: { color: string }) => Promise<void>;
};

function toolbarAction(): Action | undefined {
  // Each browser has one of them.
  const api = browser as unknown as { action?: Action; browserAction?: Action };
  return api.action ?? api.browserAction;
}

function titleOf(look: BadgeLook, names: number): string {
  const name = i18n.t('extName');
  if (look.state === 'paused') return `${name}: ${i18n.t('popup.pausedEverywhere')}`;
  if (look.state === 'off-here') return `${name}: ${i18n.t('popup.offHere')}`;
  return `${name}: ${i18n.t('popup.found', names, [String(names)])}`;
}

export function createToolbar() {
  const action = toolbarAction();
  const badges = new TabBadges();
  /** What each tab's button shows now, so a report that changes nothing calls nothing. */
  const shown = new Map<number, BadgeLook>();
  if (action) {
    // Typed as returning nothing in one browser's API and a promise in the other's: either way, a
    // colour that cannot be set leaves the browser's default.
    void Promise.resolve()
      .then(() => action.setBadgeBackgroundColor({ color: BADGE_COLOUR }))
      .then(() => action.setBadgeTextColor?.({ color: '#ffffff' }))
      .catch(() => undefined);
  }

  async function show(tabId: number, look: BadgeLook, names: number): Promise<void> {
    const before = shown.get(tabId);
    if (!action || (before?.state === look.state && before.text === look.text)) return;
    // Set on a state's change, and on a tab's first report (a new page, or a worker woken without memory).
    const icon = before?.state !== look.state;
    shown.set(tabId, look);
    // The tab may close between its report and these calls: nothing to set then.
    await Promise.all([
      action.setBadgeText({ tabId, text: look.text }),
      action.setTitle({ tabId, title: titleOf(look, names) }),
      icon ? action.setIcon({ tabId, path: look.state === 'on' ? ICONS : GREY_ICONS }) : undefined,
    ]).catch(() => shown.delete(tabId));
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    badges.forget(tabId);
    shown.delete(tabId);
  });

  return {
    report(tabId: number, frameId: number, report: FrameReport, fresh: boolean): void {
      const look = badges.report(tabId, frameId, report, fresh);
      // A new page in the tab: the browser has reset the button, so it is set again in full.
      if (fresh && frameId === 0) shown.delete(tabId);
      void show(tabId, look, Number.parseInt(look.text, 10) || 0);
    },
  };
}
