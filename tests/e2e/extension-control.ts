/**
 * Drives the extension from one of its own pages, as its popup would: settings in extension
 * storage, and messages to the tab under test (what the background sends for keyboard commands).
 */
import type { ExtensionBrowser, PageDriver } from '../../scripts/lib/browsers';
import type { Settings } from '../../lib/core/settings';
import type { TabMessage } from '../../lib/core/protocol';

export interface Control {
  page: PageDriver;
  /** The id of the tab showing the page under test (its URL starts with `origin`). */
  tabId(): Promise<number>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  send(message: TabMessage): Promise<unknown>;
}

type Api = {
  tabs: {
    query(q: object): Promise<{ id: number }[]>;
    getCurrent(): Promise<{ id: number }>;
    sendMessage(id: number, m: unknown, o?: { frameId: number }): Promise<unknown>;
  };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

/** The welcome page the extension opens on install is its own page: the tests drive the extension from it. */
export async function openControl(browser: ExtensionBrowser, origin: string): Promise<Control> {
  const page = await browser.extensionPage('options.html');
  const control: Control = {
    page,
    tabId: () =>
      page.evaluate(async (prefix) => {
        const api = ((globalThis as unknown as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const tabs = (await api.tabs.query({})) as { id: number; url?: string }[];
        // Without the tabs permission a tab's URL may be hidden: then it is the one tab that is not this page.
        const self = await api.tabs.getCurrent();
        const shown = tabs.filter((t) => t.url?.startsWith(prefix));
        const mine = shown.length ? shown : tabs.filter((t) => !t.url && t.id !== self.id);
        if (mine.length !== 1) throw new Error(`expected one tab on ${prefix}, found ${mine.length} of ${tabs.length}`);
        return mine[0]!.id;
      }, origin),
    setSettings: (patch) =>
      page.evaluate(async (p) => {
        const api = ((globalThis as unknown as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const current = ((await api.storage.local.get('settings')).settings ?? {}) as object;
        await api.storage.local.set({ settings: { ...current, ...p } });
      }, patch),
    send: async (message) => {
      const id = await control.tabId();
      return page.evaluate(
        async (arg) => {
          const api = ((globalThis as unknown as { browser?: Api }).browser ??
            (globalThis as unknown as { chrome: Api }).chrome) as Api;
          return api.tabs.sendMessage(arg.id, arg.message, { frameId: 0 });
        },
        { id, message },
      );
    },
  };
  return control;
}

/** The toolbar button's badge and title for a tab, read in one of Backstory's pages. */
export async function toolbarButton(tabId: number): Promise<{ text: string; title: string }> {
  type Action = {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
  type Api = { action?: Action; browserAction?: Action };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const action = (api.action ?? api.browserAction)!;
  return { text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
}
