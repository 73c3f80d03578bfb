import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDB } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { createMatcherCache } from '../../lib/background/matcher-cache';
import { handleRequest } from '../../lib/background/requests';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { checkReply, checkTabReply, type Request } from '../../lib/core/protocol';
import { ask } from '../../lib/extension/ask';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { broadcastDataChanged, pageSummary, tellTab } from '../../lib/extension/tab-messages';

// The extension API, faked: what the background or a tab answers is up to each test.
const api = vi.hoisted(() => ({
  sendMessage: async (_message: unknown): Promise<unknown> => undefined,
  sendTabMessage: async (_tab: number, _message: unknown, _options?: unknown): Promise<unknown> => undefined,
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage: (message: unknown) => api.sendMessage(message) },
    tabs: {
      sendMessage: (tab: number, message: unknown, options?: unknown) => api.sendTabMessage(tab, message, options),
      query: async () => [{ id: 1 }, { id: 2 }],
    },
  },
}));

const core = () => bundledPack('core');
let n = 0;
const dbs: BackstoryDB[] = [];
const context = () => {
  const db = new BackstoryDB(`protocol-${n++}`);
  dbs.push(db);
  return { db, ready: installPacks(db, [core()]), matcher: createMatcherCache(db), verifyPacks: async () => undefined };
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('replies from the background', () => {
  it('match their schemas as the handlers write them today', async () => {
    const ctx = context();
    const page = { url: 'https://example.com/a', frameId: 0, tabUrl: 'https://example.com/a' };
    const options = { url: 'chrome-extension://abc/options.html', extensionPage: true };
    const requests: [Request, typeof page | typeof options][] = [
      [{ type: 'page/setup' }, page],
      [{ type: 'mentions/find', runs: [{ text: 'S-400 and the PKK', lang: 'en' }, { text: 'nothing' }] }, page],
      [{ type: 'card/get', id: 'pkk' }, page],
      [{ type: 'card/get', id: 'nope' }, page],
      [{ type: 'labels/get', ids: ['pkk', 'nope'], lang: 'ar' }, options],
      [{ type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' }, page],
      [{ type: 'status/get' }, options],
      [{ type: 'packs/verify' }, options],
    ];
    for (const [request, sender] of requests) {
      const reply = await handleRequest(request, ctx, sender);
      expect(checkReply(request.type, reply), request.type).toEqual(reply);
    }
  });

  it('answers text runs with offsets into each run and the kind of each entity named', async () => {
    const reply = checkReply(
      'mentions/find',
      await handleRequest({ type: 'mentions/find', runs: [{ text: 'x' }, { text: 'The PKK and the PKK' }] }, context()),
    );
    expect(reply.found[0]).toEqual([]);
    expect(reply.found[1]).toEqual([0, 4, 7, 0, 16, 19]);
    expect(reply.entities).toEqual([{ id: 'pkk', kind: 'armed-group' }]);
    for (const bad of [
      [0, -1, 3],
      [0, 1.5, 3],
      [0, 1, 100_001],
      [0, '1', 3],
    ])
      expect(() => checkReply('mentions/find', { ...reply, found: [[], bad] }), JSON.stringify(bad)).toThrow(
        'reply to mentions/find does not match: found[1]: expected offsets',
      );
  });

  it('reads the first slice sent with a setup request only where the settings say Backstory is on for that site', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['off.example'] };
    const ctx = { ...context(), settings: async () => settings };
    const runs = [{ text: 'The PKK and the S-400', lang: 'en' }];
    const at = (url: string) => ({ url, frameId: 0, tabUrl: url });
    const setup = async (sender: ReturnType<typeof at> | object) =>
      checkReply('page/setup', await handleRequest({ type: 'page/setup', runs }, ctx, sender));
    const on = await setup(at('https://www.news.example/a'));
    expect(on.first?.found).toEqual([[0, 4, 7, 1, 16, 21]]);
    expect(on.first?.entities.map((e) => e.id)).toEqual(['pkk', 's-400']);
    // A site switched off, a frame whose site cannot be told, everything paused: dropped unread.
    expect((await setup(at('https://news.off.example/a'))).first).toBeUndefined();
    expect(
      (await setup({ url: 'about:srcdoc', frameId: 3, tabUrl: 'https://www.news.example/a' })).first,
    ).toBeUndefined();
    settings = { ...settings, paused: true };
    // The settings it went by travel with the answer (checked against their schema): the tab need not
    // wait for its own read of storage.
    const paused = await setup(at('https://www.news.example/a'));
    expect(paused.first).toBeUndefined();
    expect(paused.settings).toEqual(settings);
    expect(on.settings?.disabledSites).toEqual(['off.example']);
    expect(() => checkReply('page/setup', { ...paused, settings: { ...settings, paused: 'yes' } })).toThrow(
      'reply to page/setup does not match: settings.paused',
    );
    // Without settings to go by (a context that cannot read them), nothing is read either.
    const blind = context();
    const reply = checkReply(
      'page/setup',
      await handleRequest({ type: 'page/setup', runs }, blind, at('https://www.news.example/a')),
    );
    expect(reply.first).toBeUndefined();
    expect(reply.settings).toBeUndefined();
    expect(reply.revision).toBe(on.revision);
    // A matcher that cannot be built now does not fail the setup: the tab asks again with mentions/find.
    const broken = { ...ctx, matcher: { ...ctx.matcher, find: async () => Promise.reject(new Error('no view')) } };
    const still = checkReply(
      'page/setup',
      await handleRequest({ type: 'page/setup', runs }, broken, at('https://www.news.example/a')),
    );
    expect(still.first).toBeUndefined();
    expect(still.revision).toBe(on.revision);
  });

  it('refuses a reply of another shape, naming the request and the field', () => {
    expect(() => checkReply('card/get', { labels: {} })).toThrow(/^reply to card\/get does not match: card: /);
    expect(() => checkReply('card/get', { card: null, edited: [], extra: 1 })).toThrow(
      'reply to card/get does not match',
    );
    expect(() => checkReply('card/get', { card: { id: 'pkk' }, edited: [] })).toThrow(
      'reply to card/get does not match: card.kind',
    );
    expect(() => checkReply('labels/get', { labels: { pkk: 7 } })).toThrow(
      'reply to labels/get does not match: labels.pkk',
    );
    expect(() => checkReply('status/get', { storage: 'disk' })).toThrow('reply to status/get does not match: storage');
    expect(() => checkReply('page/setup', undefined)).toThrow('reply to page/setup does not match: (reply)');
  });
});

describe('ask', () => {
  beforeEach(() => {
    api.sendMessage = async () => undefined;
  });

  it('returns the reply when it matches the request', async () => {
    api.sendMessage = async () => ({ labels: { pkk: 'PKK' } });
    expect(await ask({ type: 'labels/get', ids: ['pkk'], lang: 'en' })).toEqual({ labels: { pkk: 'PKK' } });
  });

  it('throws when the background answers with the reply of another request', async () => {
    api.sendMessage = async () => ({ labels: { pkk: 'PKK' } });
    await expect(ask({ type: 'card/get', id: 'pkk' })).rejects.toThrow(/^reply to card\/get does not match: /);
  });

  it('throws when the background ignored the request', async () => {
    await expect(ask({ type: 'status/get' })).rejects.toThrow('reply to status/get does not match');
  });
});

describe('handleRequest', () => {
  it('refuses an invalid request before it waits for the database or reaches a handler', async () => {
    const never = new Promise<never>(() => undefined);
    const bad = [
      undefined,
      { type: 'card/put', id: 'pkk' },
      { type: 'card/get', id: 'x'.repeat(65) },
      { type: 'card/get', id: 'pkk', extra: true },
      { type: 'page/setup', have: 1 },
      { type: 'mentions/find', runs: [{ text: 'x'.repeat(100_001) }] },
      { type: 'mentions/find', runs: Array(2001).fill({ text: 'x' }) },
      { type: 'mentions/find', runs: [{ text: 'x', lang: 7 }] },
      { type: 'labels/get', ids: Array(1001).fill('pkk'), lang: 'en' },
      { type: 'labels/get', ids: ['pkk'], lang: 'de' },
      { type: 'exclusion/add', entity: 'Turkey', surface: 'Turkey' },
      { type: 'exclusion/add', entity: 'turkey', surface: '' },
      { type: 'exclusion/add', entity: 'turkey', surface: 'x'.repeat(201) },
      { type: 'status/get', storage: 'memory' },
    ];
    for (const message of bad)
      expect(await handleRequest(message, never), JSON.stringify(message)?.slice(0, 80)).toBeUndefined();
  });
});

describe('tab messages', () => {
  beforeEach(() => {
    api.sendTabMessage = async () => undefined;
  });

  it('returns the page summary, or undefined where no content script runs', async () => {
    const summary = { host: 'example.com', active: true, entities: [{ id: 'pkk', kind: 'armed-group', count: 2 }] };
    api.sendTabMessage = async () => summary;
    expect(await pageSummary(1)).toEqual(summary);
    api.sendTabMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await pageSummary(1)).toBeUndefined();
  });

  it('throws when a tab answers the summary with something else', async () => {
    api.sendTabMessage = async () => ({ host: 'example.com' });
    await expect(pageSummary(1)).rejects.toThrow('reply to page/summary does not match: active');
  });

  it('takes an empty answer to a command, from the top frame only, and refuses any other', async () => {
    const sent: unknown[] = [];
    api.sendTabMessage = async (...args) => void sent.push(args);
    await tellTab(3, { type: 'page/open', id: 'pkk' });
    expect(sent).toEqual([[3, { type: 'page/open', id: 'pkk' }, { frameId: 0 }]]);
    api.sendTabMessage = async () => null;
    await tellTab(3, { type: 'command', name: 'toggle-panel' });
    api.sendTabMessage = async () => ({ host: 'example.com', active: true, entities: [] });
    await expect(tellTab(3, { type: 'command', name: 'toggle-panel' })).rejects.toThrow(
      'reply to command does not match',
    );
    expect(() => checkTabReply('data/changed', 0)).toThrow('reply to data/changed does not match');
  });

  it('broadcasts a change to every frame of every tab, and a wrong answer does not fail it', async () => {
    const sent: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.sendTabMessage = async (...args) => {
      sent.push(args);
      return args[0] === 2 ? 'surprise' : undefined;
    };
    await broadcastDataChanged();
    expect(sent).toEqual([
      [1, { type: 'data/changed' }, undefined],
      [2, { type: 'data/changed' }, undefined],
    ]);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
