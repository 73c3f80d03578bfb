import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBundled, ofOrdinarySize, type InstallProgress } from '../lib/background/install-packs';
import { createMatcherCache } from '../lib/background/matcher-cache';
import { openDatabase } from '../lib/background/open-database';
import { loadingEarly, openViewStore } from '../lib/background/view-store';
import { handleRequest, type RequestContext } from '../lib/background/requests';
import { packagedPackSources } from '../lib/background/packaged-packs';
import { broadcastDataChanged, tellTab } from '../lib/extension/tab-messages';
import { followedSettings } from '../lib/extension/settings-store';
import { createLocatorMaps } from '../lib/background/locator-maps';
import { createToolbar } from '../lib/background/toolbar';
import { markStartStep, timePageRequest } from '../lib/background/probes';
import { createSetupCache } from '../lib/background/setup-cache';
import { startIndexWriter } from '../lib/background/start-index-writer';

export default defineBackground(() => {
  markStartStep('worker-start');
  // Listeners are registered at once (a woken service worker must find them); the database opens
  // behind them, and every request waits for it.
  const progress: InstallProgress = { done: 0, total: 0 };
  // The stored view is read beside opening the database: a worker woken by a page needs both.
  const viewStore = loadingEarly(openViewStore());
  const settings = followedSettings();
  const toolbar = createToolbar();
  const ctx: Promise<RequestContext> = openDatabase().then(({ db, storage }) => {
    const target = { db, notify: broadcastDataChanged };
    // The revision and exclusions are read now, beside the stored view: a woken worker's first
    // request (a page's setup) then finds them kept instead of reading them after the view.
    // Chromium: the tabs' start indexes, which a page reads while a stopped worker wakes.
    const startIndexes = import.meta.env.MANIFEST_VERSION === 3 ? startIndexWriter() : undefined;
    const setup = createSetupCache(db, broadcastDataChanged, startIndexes?.onSetupRead);
    setup.read().catch(() => undefined);
    // At every start, not only on install: a worker restarted after the database was cleared heals it.
    // Requests wait for the packs of ordinary size; large ones go on in slices behind them. Where only
    // memory works, large ones stay out: the 6,500 generated places take a minute to write into the
    // in-memory database, at every start, and the story, the who's who and the countries still work.
    const sources = () => packagedPackSources().filter((s) => storage === 'indexeddb' || ofOrdinarySize(s));
    const install = installBundled(target, sources(), progress);
    const failed = (error: unknown) => console.error('Backstory: installing packs failed', error);
    // The stored view is a cache in IndexedDB; where only memory works, the view lives in memory too.
    const matcher = createMatcherCache(
      db,
      storage === 'indexeddb' ? viewStore : undefined,
      broadcastDataChanged,
      undefined,
      undefined,
      startIndexes?.afterStore,
    );
    // Built (and stored) as soon as the packs are in, not at the first page after: a worker stopped
    // before any page asked would otherwise wake to an old stored view and build again then.
    // A background page (Firefox) runs from the browser's start, so no page waits for it: it loads
    // the full view then, where a woken service worker (Chromium) answers the page that woke it first.
    install.done
      .then(() => matcher.prepare(), failed)
      .then(() => (import.meta.env.MANIFEST_VERSION === 2 ? matcher.loadFullNow() : startIndexes?.ensure(db)))
      .catch(() => undefined);
    return {
      db,
      storage,
      ready: install.ready.catch(failed),
      progress,
      matcher,
      onDataChanged: broadcastDataChanged,
      settings,
      // The revision and exclusions every page's setup needs, kept between pages and checked after.
      setup,
      toolbar,
      maps: createLocatorMaps(),
      verifyPacks: async () => {
        await installBundled(target, sources(), progress, { verify: true }).done;
      },
    };
  });

  // A tab starting to load wakes a stopped worker (that it listens is what counts: tabs.onUpdated
  // needs no permission, and what it carries is ignored). The worker then reads its
  // stored view while the page still downloads, not after the page's first request: in Chromium
  // that read is most of a cold start (npm run bench:browser prints its steps).
  browser.tabs.onUpdated.addListener(() => markStartStep('tab-updated'));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own contexts; web pages cannot reach here without externally_connectable.
    if (sender.id !== browser.runtime.id) return undefined;
    // Chromium reports a frame's origin (which tells who wrote an about:srcdoc frame); Firefox does not.
    const origin = (sender as { origin?: string }).origin;
    const extensionPage = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!extensionPage) markStartStep('page-request');
    const answer = handleRequest(message, ctx, {
      url: sender.url,
      origin,
      frameId: sender.frameId,
      tabId: sender.tab?.id,
      tabUrl: sender.tab?.url,
      extensionPage,
    });
    if (!extensionPage) timePageRequest(answer);
    return answer;
  });

  // A first install opens the options page with a short welcome: how to use Backstory, and its promise of privacy.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });

  browser.commands.onCommand.addListener(async (name) => {
    if (name !== 'next-mention' && name !== 'previous-mention' && name !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await tellTab(tab.id, { type: 'command', name });
  });
});
