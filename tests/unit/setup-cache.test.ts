import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, getRevision } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { createMatcherCache } from '../../lib/background/matcher-cache';
import { handleRequest } from '../../lib/background/requests';
import { createSetupCache, type SetupCache } from '../../lib/background/setup-cache';
import { addExclusion, bumpRevision } from '../../lib/background/writes';
import { bundledPack } from '../../lib/node/bundled-packs';
import type { SetupResponse } from '../../lib/core/protocol';

let n = 0;
const opened: { db: BackstoryDB; cache?: SetupCache }[] = [];
const fresh = () => {
  const db = new BackstoryDB(`setup-cache-${n++}`);
  opened.push({ db });
  return db;
};
const cacheOf = (db: BackstoryDB, onStale: () => unknown = () => undefined) => {
  const cache = createSetupCache(db, onStale);
  opened.push({ db, cache });
  return cache;
};
afterEach(async () => {
  for (const { db, cache } of opened.splice(0).reverse()) {
    cache?.close();
    if (!cache) await db.delete();
  }
});

const exclusion = { site: 'example.com', entity: 'pkk', alias: 'PKK' };

describe('the setup cache', () => {
  it('reads the revision and exclusions once, and again after any commit to the database', async () => {
    const db = fresh();
    await installPacks(db, [bundledPack('core')]);
    const cache = cacheOf(db);
    expect(await cache.read()).toEqual({ revision: 1, exclusions: [], cached: false });
    expect(await cache.read()).toEqual({ revision: 1, exclusions: [], cached: true });
    // A commit through the one write path, as the options page makes in its own context.
    await addExclusion(db, exclusion);
    const after = await cache.read();
    expect(after).toMatchObject({ revision: 2, cached: false });
    expect(after.exclusions).toEqual([{ ...exclusion, alias: 'pkk' }]);
    // Another database's commit (the stored view's) leaves it kept.
    const other = fresh();
    await bumpRevision(other);
    expect(await cache.read()).toMatchObject({ revision: 2, cached: true });
  });

  it('finds a revision it was not told of when it checks after an answer, and tells the tabs', async () => {
    const db = fresh();
    await bumpRevision(db);
    let told = 0;
    const cache = cacheOf(db, () => told++);
    expect(await cache.read()).toMatchObject({ revision: 1, cached: false });
    expect(await cache.verify()).toBe(false);
    // An announcement missed: the cache no longer listens, and the database moves on.
    cache.close();
    await bumpRevision(db);
    expect(await cache.read()).toMatchObject({ revision: 1, cached: true });
    expect(await cache.verify()).toBe(true);
    expect(told).toBe(1);
    expect(await cache.read()).toMatchObject({ revision: 2, cached: false });
  });

  it("answers a page's setup with the revision and exclusions of now, from memory between commits", async () => {
    const db = fresh();
    let told = 0;
    const ctx = {
      db,
      ready: installPacks(db, [bundledPack('core')]),
      matcher: createMatcherCache(db),
      setup: cacheOf(db, () => told++),
    };
    const page = { url: 'https://example.com/a', frameId: 0, tabId: 1, tabUrl: 'https://example.com/a' };
    const setup = async () => (await handleRequest({ type: 'page/setup' }, ctx, page)) as SetupResponse;
    expect(await setup()).toEqual({ revision: 1, exclusions: [] });
    expect(await setup()).toEqual({ revision: 1, exclusions: [] });
    await addExclusion(db, exclusion);
    expect(await setup()).toEqual({ revision: 2, exclusions: [{ entity: 'pkk', alias: 'pkk' }] });
    // Another site's page gets none of them.
    const elsewhere = (await handleRequest({ type: 'page/setup' }, ctx, {
      ...page,
      url: 'https://example.org/',
      tabUrl: 'https://example.org/',
    })) as SetupResponse;
    expect(elsewhere.exclusions).toEqual([]);
    expect(await getRevision(db)).toBe(2);
    // The checks after answers from memory found nothing to tell.
    await new Promise((done) => setTimeout(done, 50));
    expect(told).toBe(0);
  });
});
