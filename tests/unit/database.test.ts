import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDB, getRevision } from '../../lib/background/database';
import { installPacks, setPackEnabled } from '../../lib/background/install-packs';
import { SERVE_STALE_ABOVE, createMatcherCache } from '../../lib/background/matcher-cache';
import { handleRequest } from '../../lib/background/requests';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import type { Card, Pack } from '../../lib/core/knowledge/pack-schema';
import type { FoundResponse, SetupResponse } from '../../lib/core/protocol';
import { loadingEarly, openViewStore } from '../../lib/background/view-store';
import { Field, NODE } from '../../lib/core/text/trie';
import { buildMatcher, storeMatcher } from '../../lib/core/text/matcher';

let n = 0;
const dbs: BackstoryDB[] = [];
const fresh = () => {
  const db = new BackstoryDB(`test-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const core = () => bundledPack('core');

describe('installPacks', () => {
  it('seeds the bundled pack once and bumps the revision once', async () => {
    const db = fresh();
    expect(await installPacks(db, [core()])).toEqual({ installed: ['core'] });
    expect(await db.cards.count()).toBe(core().cards.length);
    expect(await getRevision(db)).toBe(1);
    expect(await installPacks(db, [core()])).toEqual({ installed: [] });
    expect(await getRevision(db)).toBe(1);
  });

  it('lets a default the reader never changed follow the release (the countries pack, once off, now on)', async () => {
    const db = fresh();
    const off: Pack = { ...core(), enabledByDefault: false };
    await installPacks(db, [off]);
    expect((await db.packs.get('core'))?.enabled).toBe(false);
    await installPacks(db, [{ ...core(), version: '9999.1' }]);
    expect((await db.packs.get('core'))?.enabled).toBe(true);
    // Once chosen, a choice stays whatever a release's default is, even a choice of what was the default.
    await setPackEnabled(db, 'core', true);
    await installPacks(db, [{ ...off, version: '9999.2' }]);
    expect((await db.packs.get('core'))?.enabled).toBe(true);
  });

  it('drops cards a new pack version no longer has, and keeps the pack switched off if the reader did', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    await setPackEnabled(db, 'core', false);
    expect(await getRevision(db)).toBe(2);
    const next: Pack = { ...core(), version: '9999.1', cards: core().cards.filter((c) => c.id !== 'pkk') };
    await installPacks(db, [next]);
    expect(await db.cards.get('pkk')).toBeUndefined();
    expect((await db.packs.get('core'))?.enabled).toBe(false);
    expect(await getRevision(db)).toBe(3);
  });
});

describe('handleRequest', () => {
  const context = (db: BackstoryDB) => ({ db, ready: installPacks(db, [core()]), matcher: createMatcherCache(db) });

  it('finds the PKK in a tab’s text, and tells the tab the revision and its site’s exclusions', async () => {
    const ctx = context(fresh());
    expect(await handleRequest({ type: 'page/setup' }, ctx)).toEqual({ revision: 1, exclusions: [] });
    const answer = (await handleRequest(
      { type: 'mentions/find', runs: [{ text: 'لحزب العمال الكردستاني' }] },
      ctx,
    )) as FoundResponse;
    expect(answer.revision).toBe(1);
    expect(answer.entities).toEqual([{ id: 'pkk', kind: 'armed-group' }]);
    expect(answer.found).toEqual([[0, 1, 22]]);
  });

  it('reads a request’s runs on from one another: a surname that is a word at a sentence start marks once named', async () => {
    const ctx = context(fresh());
    const find = async (runs: { text: string; lang: string }[]) =>
      ((await handleRequest({ type: 'mentions/find', runs }, ctx)) as FoundResponse).found.map((f) => f.length / 3);
    // "Kalın spoke after the meeting." after "MİT chief İbrahim Kalın was in Damascus."; alone, «Kalın» may be "thick".
    const later = { text: 'Kalın görüşmeden sonra açıklama yaptı.', lang: 'tr' };
    expect(await find([{ text: 'MİT Başkanı İbrahim Kalın konuştu.', lang: 'tr' }, later])).toEqual([1, 1]);
    expect(await find([later])).toEqual([0]);
  });

  it('reads on from the cards the page named in its earlier requests, which the page passes on', async () => {
    const ctx = context(fresh());
    const later = { text: 'Kalın görüşmeden sonra açıklama yaptı.', lang: 'tr' };
    const find = async (named?: string[]) =>
      (
        (await handleRequest(
          { type: 'mentions/find', runs: [later], ...(named ? { named } : {}) },
          ctx,
        )) as FoundResponse
      ).entities.map((e) => e.id);
    expect(await find()).toEqual([]);
    expect(await find(['ibrahim-kalin'])).toEqual(['ibrahim-kalin']);
    // An id the data does not have names nothing.
    expect(await find(['no-such-card'])).toEqual([]);
  });

  it('keeps the view it built, so a woken background loads it instead of reading every card again', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const store = openViewStore();
    await createMatcherCache(db, store).find([{ text: 'S-400' }]);
    await vi.waitFor(async () => expect((await store.load())?.revision).toBe(1));
    // The cards gone behind its back (no new revision): only the stored view still knows the S-400.
    await db.cards.clear();
    const woken = createMatcherCache(db, store);
    // Loaded without the walk's shortcuts (second symbols, wide rows): they come after the first answer.
    const { trie } = (await woken.current()).matcher;
    const shortcuts = () => trie.nodes.some((v, i) => i % NODE === Field.Wide && v !== 0);
    expect(shortcuts()).toBe(false);
    expect((await woken.find([{ text: 'S-400' }])).entities).toEqual([{ id: 's-400', kind: 'weapon-system' }]);
    await vi.waitFor(() => expect(shortcuts()).toBe(true));
    expect((await woken.find([{ text: 'S-400' }])).entities).toEqual([{ id: 's-400', kind: 'weapon-system' }]);
    // Read before the cache exists (a worker reads it beside opening the database): the same view.
    const early = loadingEarly(store);
    expect((await createMatcherCache(db, early).find([{ text: 'S-400' }])).entities).toEqual([
      { id: 's-400', kind: 'weapon-system' },
    ]);
    expect((await createMatcherCache(db).find([{ text: 'S-400' }])).entities).toEqual([]);
    // A stored view of an older revision is not the answer (small data: the new view is waited for).
    await setPackEnabled(db, 'core', false);
    expect((await createMatcherCache(db, store).find([{ text: 'S-400' }])).revision).toBe(2);
  });

  it('answers at once from a large stored view of an older revision, and says so when the new one is built', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    // A stored view of more names than SERVE_STALE_ABOVE, of a revision before the database's: as a
    // worker woken after an update finds it. Its answer comes without waiting for the rebuild (or a
    // count of the cards).
    const many = Array.from({ length: SERVE_STALE_ABOVE + 1 }, (_, i) => ({
      text: `Name${i} Zzyx`,
      entity: `e${i}`,
      lang: 'en',
    }));
    const matcher = buildMatcher([...many, { text: 'Old Only Name', entity: 'old-only', lang: 'en' }]);
    const saved = {
      revision: 0,
      matcher: storeMatcher(matcher),
      kinds: new Uint8Array(matcher.entities.length),
      redirect: [],
      members: [],
      offices: [],
    };
    const store = {
      load: async () => saved,
      first: async () => ({ view: saved, part: 'full' as const }),
      save: async () => undefined,
    };
    const rebuilt = vi.fn();
    const woken = createMatcherCache(db, store, rebuilt);
    const first = await woken.find([{ text: 'Old Only Name and S-400' }]);
    expect(first.revision).toBe(0);
    expect(first.entities.map((e) => e.id)).toEqual(['old-only']);
    await vi.waitFor(() => expect(rebuilt).toHaveBeenCalled());
    const next = await woken.find([{ text: 'Old Only Name and S-400' }]);
    expect(next.revision).toBe(1);
    expect(next.entities.map((e) => e.id)).toEqual(['s-400']);
  });

  it('answers a woken first request from the quick view of the smaller packs, then loads the full one and says so', async () => {
    await Dexie.delete('backstory-view');
    const db = fresh();
    const s400 = core().cards.find((c) => c.id === 's-400')!;
    const card = (i: number): Card => ({
      ...s400,
      id: `big-${i}`,
      sameAs: undefined,
      aliases: { en: [`Bigname${i} Qux`] },
    });
    // More cards than the story pack: the quick view here takes packs of at most as many as that.
    const most = core().cards.length;
    const big: Pack = { ...core(), id: 'big', name: 'Big', cards: Array.from({ length: most + 1 }, (_, i) => card(i)) };
    await installPacks(db, [core(), big]);
    const store = openViewStore();
    const cache = (onRebuilt?: () => unknown) => createMatcherCache(db, loadingEarly(store), onRebuilt, 10_000, most);
    const built = await cache().find([{ text: 'S-400 and Bigname1 Qux' }]);
    expect(built.entities.map((e) => e.id)).toEqual(['s-400', 'big-1']);
    expect(built.partial).toBeUndefined();
    await vi.waitFor(async () => expect((await store.load('quick'))?.revision).toBe(1));
    expect((await store.load('full'))?.revision).toBe(1);
    // A woken worker: its first answer comes from the quick view, and says it is partial.
    const rebuilt = vi.fn();
    const woken = cache(rebuilt);
    // The start's own check once its packs are in leaves the quick view be: the page's request comes first.
    await woken.prepare();
    const first = await woken.find([{ text: 'S-400 and Bigname1 Qux' }]);
    expect(first).toMatchObject({ revision: 1, partial: true });
    expect(first.entities.map((e) => e.id)).toEqual(['s-400']);
    // Then the full view loads and the tabs are told to read again: the next answer is whole.
    await vi.waitFor(() => expect(rebuilt).toHaveBeenCalledTimes(1));
    const next = await woken.find([{ text: 'S-400 and Bigname1 Qux' }]);
    expect(next.partial).toBeUndefined();
    expect(next.entities.map((e) => e.id)).toEqual(['s-400', 'big-1']);
    // A background page started with the browser loads the full view after its start's check: its
    // first answer is whole, and no tab is told to read again.
    const started = vi.fn();
    const page = cache(started);
    await page.prepare();
    await page.loadFullNow();
    const whole = await page.find([{ text: 'S-400 and Bigname1 Qux' }]);
    expect(whole.partial).toBeUndefined();
    expect(whole.entities.map((e) => e.id)).toEqual(['s-400', 'big-1']);
    expect(started).not.toHaveBeenCalled();
    // A woken worker asked for identities (Backstory's own pages) gets the full view's, not the quick one's.
    const other = cache(rebuilt);
    expect((await other.identities()).redirect).toBeInstanceOf(Map);
    expect((await other.find([{ text: 'Bigname2 Qux' }])).partial).toBeUndefined();
    // A quick view is stored only with the full one of its revision.
    const full = (await store.load('full'))!;
    await expect(store.save(full, { ...(await store.load('quick'))!, revision: 0 })).rejects.toThrow();
    expect((await store.load('quick'))?.revision).toBe(1);
    // A page's text in a worker woken to a stored view is read at once, not after the start's check
    // of the packs (here one that never ends); other requests, and a worker with no view, still wait.
    const never = new Promise<never>(() => undefined);
    const woke = { db, ready: never, matcher: cache() };
    const asked = (await handleRequest({ type: 'mentions/find', runs: [{ text: 'S-400' }] }, woke)) as FoundResponse;
    expect(asked.entities.map((e) => e.id)).toEqual(['s-400']);
    const waiting = { db, ready: never, matcher: createMatcherCache(db) };
    const late = await Promise.race([
      handleRequest({ type: 'mentions/find', runs: [{ text: 'S-400' }] }, waiting),
      new Promise((done) => setTimeout(() => done('waited'), 200)),
    ]);
    expect(late).toBe('waited');
    // Without a pack that large, no quick view is stored (and one stored before is removed).
    await setPackEnabled(db, 'big', false);
    await cache().find([{ text: 'S-400' }]);
    await vi.waitFor(async () => expect((await store.load('full'))?.revision).toBe(2));
    expect(await store.load('quick')).toBeUndefined();
  });

  it('gives a name two packs share to the card of the first-ranked pack, not to the id that sorts first', async () => {
    const db = fresh();
    const s400 = core().cards.find((c) => c.id === 's-400')!;
    // Another pack's card, not the same thing (no sameAs in common); its pack's id and its own sort first.
    const rival: Card = { ...s400, id: 'a-rival', sameAs: undefined, aliases: { en: ['S-400'] } };
    const later: Pack = { ...core(), id: 'added-later', name: 'Added later', cards: [rival] };
    await installPacks(db, [core(), later]);
    const found = await createMatcherCache(db).find([{ text: 'The S-400 arrived.' }]);
    expect(found.entities.map((e) => e.id)).toEqual(['s-400']);
  });

  it('returns a card by id, and null for an unknown one', async () => {
    const ctx = context(fresh());
    const answer = (await handleRequest({ type: 'card/get', id: 's-400' }, ctx)) as { card: { id: string } };
    expect(answer.card.id).toBe('s-400');
    expect(await handleRequest({ type: 'card/get', id: 'nope' }, ctx)).toEqual({ card: null, edited: [] });
  });

  it('tells the library the merges of what the packs hold now, while a large view is still rebuilt', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    // The story pack's 32 cards made "large": above 10, a view of an older revision is served while the new one is built.
    const matcher = createMatcherCache(db, undefined, undefined, 10);
    expect((await matcher.identities()).redirect.size).toBe(0);
    // A new pack's card is Turkey too (the same ISO code): merged into the story's.
    const turkey = core().cards.find((c) => c.id === 'turkey')!;
    await installPacks(db, [{ ...core(), id: 'twin', cards: [{ ...turkey, id: 'twin-turkey' }] }]);
    // Pages are answered from the older view meanwhile; the library waits for the new one.
    expect((await matcher.identities()).redirect.has('twin-turkey')).toBe(false);
    expect((await matcher.identities({ fresh: true })).redirect.get('twin-turkey')).toBe('turkey');
  });

  it('gives Backstory’s own pages the merges already known while a small view rebuilds; pages wait for the new', async () => {
    const db = fresh();
    await installPacks(db, [core()]);
    const matcher = createMatcherCache(db);
    expect((await matcher.identities()).redirect.size).toBe(0);
    const turkey = core().cards.find((c) => c.id === 'turkey')!;
    await installPacks(db, [{ ...core(), id: 'twin', cards: [{ ...turkey, id: 'twin-turkey' }] }]);
    // At once, from the view built before the install: no wait for the rebuild it starts.
    expect((await matcher.identities({ soonest: true })).redirect.has('twin-turkey')).toBe(false);
    // A small view is never served stale otherwise: the rebuilt one, with the new merge.
    expect((await matcher.identities()).redirect.get('twin-turkey')).toBe('turkey');
    expect((await matcher.identities({ soonest: true })).redirect.get('twin-turkey')).toBe('turkey');
  });

  it('opens a card of a pack that is off for Backstory’s own pages only, not for a web page', async () => {
    const ctx = context(fresh());
    await ctx.ready;
    await setPackEnabled(ctx.db, 'core', false);
    const page = { url: 'https://news.example/a', extensionPage: false };
    const library = { url: 'chrome-extension://abc/library.html', extensionPage: true };
    expect(await handleRequest({ type: 'card/get', id: 's-400' }, ctx, page)).toEqual({ card: null, edited: [] });
    const answer = (await handleRequest({ type: 'card/get', id: 's-400' }, ctx, library)) as { card: Card };
    expect(answer.card.id).toBe('s-400');
  });

  it('shows one card per thing: the generated country opens as the story card, with the names of both', async () => {
    const db = fresh();
    const countries = bundledPack('countries');
    const ctx = { db, ready: installPacks(db, [core(), countries]), matcher: createMatcherCache(db) };
    const answer = (await handleRequest({ type: 'card/get', id: 'country-tr' }, ctx)) as { card: Card };
    const story = core().cards.find((c) => c.id === 'turkey')!;
    expect(answer.card.id).toBe('turkey');
    expect(answer.card.summary).toEqual(story.summary);
    expect(answer.card.aliases.it?.map((a) => (typeof a === 'string' ? a : a.text))).toContain('Turchia');
    expect(((await handleRequest({ type: 'card/get', id: 'turkey' }, ctx)) as { card: Card }).card).toEqual(
      answer.card,
    );
    const labels = (await handleRequest({ type: 'labels/get', ids: ['country-tr'], lang: 'en' }, ctx)) as {
      labels: Record<string, string>;
    };
    expect(labels.labels['country-tr']).toBe(story.label.en);
    const reply = (await handleRequest(
      { type: 'mentions/find', runs: [{ text: 'Türkei und Turkey, ترکیه و تركيا' }] },
      ctx,
    )) as FoundResponse;
    expect(reply.entities.map((e) => e.id)).toEqual(['turkey']);
    expect(reply.found[0]!.filter((_, i) => i % 3 === 0)).toEqual([0, 0, 0, 0]);
    // With the story pack off, the generated card speaks for itself again.
    await setPackEnabled(db, 'core', false);
    const alone = (await handleRequest({ type: 'card/get', id: 'country-tr' }, ctx)) as { card: Card };
    expect(alone.card.id).toBe('country-tr');
  });

  it('ignores anything that is not a valid request', async () => {
    const ctx = context(fresh());
    await ctx.ready;
    for (const bad of [
      null,
      'card/get',
      { type: 'card/put', id: 'x' },
      { type: 'card/get' },
      { type: 'card/get', id: 's-400', extra: 1 },
      { type: 'page/setup', revision: 1 },
    ])
      expect(await handleRequest(bad, ctx)).toBeUndefined();
  });
});

describe('not this entity here', () => {
  it('takes the site from the sender, folds the alias, and hands the exclusion to that site only', async () => {
    const db = fresh();
    let told = 0;
    const ctx = {
      db,
      ready: installPacks(db, [core()]),
      matcher: createMatcherCache(db),
      onDataChanged: async () => void told++,
    };
    const top = (url: string) => ({ url, frameId: 0, tabUrl: url });
    expect(
      await handleRequest(
        { type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' },
        ctx,
        top('https://www.example.com/a'),
      ),
    ).toEqual({ ok: true });
    expect(await db.exclusions.toArray()).toEqual([{ site: 'example.com', entity: 'turkey', alias: 'turkey' }]);
    expect(told).toBe(1);
    const here = (await handleRequest({ type: 'page/setup' }, ctx, top('https://example.com/b'))) as SetupResponse;
    expect(here.exclusions).toEqual([{ entity: 'turkey', alias: 'turkey' }]);
    const elsewhere = (await handleRequest({ type: 'page/setup' }, ctx, top('https://example.org/'))) as SetupResponse;
    expect(elsewhere.exclusions).toEqual([]);
    // Not from a web page: refused.
    expect(await handleRequest({ type: 'exclusion/add', entity: 'turkey', surface: 'x' }, ctx, {})).toEqual({
      ok: false,
    });
  });

  it('keeps a frame to its own site, and takes writes only from the top frame or its own origin', async () => {
    const db = fresh();
    const ctx = { db, ready: installPacks(db, [core()]), matcher: createMatcherCache(db) };
    const ad = { url: 'https://ads.example.net/slot', frameId: 7, tabUrl: 'https://news.example.com/story' };
    // A cross-origin frame (an ad) cannot stop marks, neither for itself nor for the site around it.
    expect(await handleRequest({ type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' }, ctx, ad)).toEqual({
      ok: false,
    });
    expect(await db.exclusions.count()).toBe(0);
    // A frame of the site's own origin may, and it is filed under that site.
    const own = { url: 'https://news.example.com/embed', frameId: 3, tabUrl: 'https://news.example.com/story' };
    expect(await handleRequest({ type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' }, ctx, own)).toEqual({
      ok: true,
    });
    // The ad frame reads the exclusions of its own site, not those of the page around it.
    expect(((await handleRequest({ type: 'page/setup' }, ctx, ad)) as SetupResponse).exclusions).toEqual([]);
    expect(((await handleRequest({ type: 'page/setup' }, ctx, own)) as SetupResponse).exclusions).toEqual([
      { entity: 'turkey', alias: 'turkey' },
    ]);
    // A srcdoc frame belongs to whoever wrote it: Chromium names that origin.
    const written = {
      url: 'about:srcdoc',
      origin: 'https://ads.example.net',
      frameId: 9,
      tabUrl: 'https://news.example.com/story',
    };
    expect(await handleRequest({ type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' }, ctx, written)).toEqual({
      ok: false,
    });
    // A sandboxed srcdoc frame (origin "null"), or one whose maker the browser does not name
    // (Firefox), may be an ad's: it reads no site's exclusions and adds none.
    for (const frame of [
      { ...written, origin: 'null' },
      { url: 'about:srcdoc', frameId: 9, tabUrl: own.tabUrl },
    ]) {
      const reply = (await handleRequest({ type: 'page/setup' }, ctx, frame)) as SetupResponse;
      expect(reply.exclusions, JSON.stringify(frame)).toEqual([]);
      expect(await handleRequest({ type: 'exclusion/add', entity: 'turkey', surface: 'Turkey' }, ctx, frame)).toEqual({
        ok: false,
      });
    }
  });

  it('verifies the packs only for Backstory’s own pages', async () => {
    const db = fresh();
    let verified = 0;
    const ctx = {
      db,
      ready: installPacks(db, [core()]),
      matcher: createMatcherCache(db),
      verifyPacks: async () => void verified++,
    };
    expect(
      await handleRequest({ type: 'packs/verify' }, ctx, {
        url: 'https://news.example.com/',
        frameId: 0,
        tabUrl: 'https://news.example.com/',
      }),
    ).toEqual({ ok: false });
    expect(verified).toBe(0);
    expect(
      await handleRequest({ type: 'packs/verify' }, ctx, {
        url: 'chrome-extension://abc/options.html',
        extensionPage: true,
      }),
    ).toEqual({ ok: true });
    expect(verified).toBe(1);
  });

  it('says which cards are the reader’s own', async () => {
    const db = fresh();
    const ctx = { db, ready: installPacks(db, [core()]), matcher: createMatcherCache(db) };
    await ctx.ready;
    const pack = core().cards[0]!;
    await db.cards.put({
      id: 'mine',
      packId: 'user',
      packVersion: '',
      base: null,
      edits: {},
      card: { ...pack, id: 'mine' },
      search: [],
    });
    expect(((await handleRequest({ type: 'card/get', id: 'mine' }, ctx)) as { own?: boolean }).own).toBe(true);
    expect(((await handleRequest({ type: 'card/get', id: pack.id }, ctx)) as { own?: boolean }).own).toBe(false);
  });
});

describe('where IndexedDB cannot be opened', () => {
  it('falls back to the bundled packs in memory, serves cards, and says so', async () => {
    const { openDatabase } = await import('../../lib/background/open-database');
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const { db, storage } = await openDatabase(() => new BackstoryDB('refused', { indexedDB: refusing, IDBKeyRange }));
    dbs.push(db);
    expect(storage).toBe('memory');
    const ctx = { db, storage, ready: installPacks(db, [core()]), matcher: createMatcherCache(db) };
    expect(await handleRequest({ type: 'status/get' }, ctx)).toEqual({ storage: 'memory' });
    expect(((await handleRequest({ type: 'card/get', id: 'pkk' }, ctx)) as { card: { id: string } }).card.id).toBe(
      'pkk',
    );
  });
});
