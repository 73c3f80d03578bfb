/**
 * The background's answers to content scripts and Backstory's pages: one handler per request type,
 * in a table typed by lib/core/protocol.ts, so a handler that answers another request's shape does not
 * compile. Only requests that validate get an answer; the rest are ignored, as is anything from
 * outside this extension (checked by the caller).
 */
import * as v from 'valibot';
import { Request, type ReplyOf, type RequestOf, type RequestType } from '../core/protocol';
import { USER_PACK } from '../core/knowledge/pack-merge';
import { pick, type Card } from '../core/knowledge/pack-schema';
import type { LocatorMap } from '../core/maps/locator';
import { mergeCards } from '../core/knowledge/identity';
import type { BackstoryDB } from './database';
import { addExclusion } from './writes';
import type { createMatcherCache } from './matcher-cache';
import type { Storage } from './open-database';
import type { InstallProgress } from './install-packs';
import { frameSite, mayWrite, type Sender } from '../core/sender-site';
import { activeOn, type Settings } from '../core/settings';
import type { FrameReport } from '../core/toolbar-badge';
import { readSetupData, type SetupCache, type SetupData } from './setup-cache';
import { markRequestStep } from './probes';

export interface RequestContext {
  db: BackstoryDB;
  /** Where the data lives: the extension's IndexedDB, or memory where that cannot be opened. */
  storage?: Storage;
  matcher: ReturnType<typeof createMatcherCache>;
  /** Resolves once the bundled packs of ordinary size are in the database. */
  ready: Promise<unknown>;
  /** Large packs still being installed, in slices (install-packs.ts). */
  progress?: InstallProgress;
  /** Tells open tabs that what is matched changed. */
  onDataChanged?: () => Promise<void>;
  /** Reinstalls the bundled packs whose rows in the database do not match them. */
  verifyPacks?: () => Promise<unknown>;
  /** Locator maps for place and country cards; without it (unit tests of other things), cards come without maps. */
  maps?: { mapFor(card: Card): Promise<LocatorMap | undefined> };
  /** The toolbar button of each tab (toolbar.ts); without it (unit tests of other things), badge reports are dropped. */
  toolbar?: { report(tabId: number, frameId: number, report: FrameReport, fresh: boolean): void };
  /** The reader's settings, where the background can read them: a setup's first slice is read only where they say Backstory is on. */
  settings?: () => Promise<Settings>;
  /** The revision and exclusions kept between pages (setup-cache.ts); without it, every page reads them. */
  setup?: SetupCache;
}

export type Handler<K extends RequestType> = (
  request: RequestOf<K>,
  ctx: RequestContext,
  sender: Sender,
) => Promise<ReplyOf<K>>;
export type Handlers = { [K in RequestType]: Handler<K> };

/** The revision and every site's exclusions: kept between pages where the context keeps them, else read. */
async function setupData(ctx: RequestContext): Promise<SetupData & { cached: boolean }> {
  if (ctx.setup) return ctx.setup.read();
  return { ...(await readSetupData(ctx.db)), cached: false };
}

/** An answer given from memory is checked once it is sent (in a task after this one). */
function verifyAfter(ctx: RequestContext): void {
  setTimeout(() => void ctx.setup?.verify().catch(() => undefined));
}

export const handlers: Handlers = {
  'status/get': async (_request, ctx) => ({
    storage: ctx.storage ?? 'indexeddb',
    ...(ctx.progress?.total ? { progress: { done: ctx.progress.done, total: ctx.progress.total } } : {}),
  }),

  'page/setup': async (request, ctx, sender) => {
    const site = frameSite(sender);
    // The reads start together: a page's first marks wait for this answer.
    const data = setupData(ctx);
    const revision = data.then((d) => d.revision);
    // The first slice is read only where the settings say Backstory is on for the frame's own site;
    // elsewhere (or where that cannot be told) it is dropped unread, and the tab asks again if on.
    const settings = await ctx.settings?.();
    markRequestStep('settings');
    const read = !!(site && request.runs?.length && settings && activeOn(settings, site));
    // A matcher that cannot be built now must not fail the setup: the tab then asks with mentions/find.
    const first = read
      ? await ctx.matcher.find(request.runs!, revision, request.date).catch(() => undefined)
      : undefined;
    markRequestStep('found');
    // Otherwise the text follows at once: the view is loaded (or built) meanwhile.
    if (!first) ctx.matcher.current(revision).catch(() => undefined);
    const { exclusions, cached } = await data;
    markRequestStep('data');
    const reply = {
      revision: await revision,
      exclusions: exclusions.filter((e) => e.site === site).map(({ entity, alias }) => ({ entity, alias })),
      ...(settings ? { settings } : {}),
    };
    if (cached) verifyAfter(ctx);
    return first ? { ...reply, first } : reply;
  },

  'page/badge': async ({ state, names, fresh }, ctx, sender) => {
    // Only a content script in a tab: Backstory's own pages have no badge to set.
    if (sender.tabId === undefined || sender.frameId === undefined || sender.extensionPage) return { ok: false };
    ctx.toolbar?.report(sender.tabId, sender.frameId, { state, names }, fresh ?? false);
    return { ok: true };
  },

  'mentions/find': async (request, ctx) => {
    if (!ctx.setup) return ctx.matcher.find(request.runs, undefined, request.date, request.named);
    const data = ctx.setup.read();
    const found = await ctx.matcher.find(
      request.runs,
      data.then((d) => d.revision),
      request.date,
      request.named,
    );
    if ((await data).cached) verifyAfter(ctx);
    return found;
  },

  'exclusion/add': async (request, ctx, sender) => {
    const site = frameSite(sender);
    if (!site || !mayWrite(sender)) return { ok: false };
    // Through the one write path, which folds the name, bumps the revision and tells the tabs.
    await addExclusion(
      { db: ctx.db, notify: ctx.onDataChanged },
      { site, entity: request.entity, alias: request.surface },
    );
    return { ok: true };
  },

  'packs/verify': async (_request, ctx, sender) => {
    // Only Backstory's own pages: a content script has no business asking for this work.
    if (!sender.extensionPage || !ctx.verifyPacks) return { ok: false };
    await ctx.verifyPacks();
    await ctx.onDataChanged?.();
    return { ok: true };
  },

  'cards/merged': async (_request, ctx, sender) => {
    if (!sender.extensionPage) return { redirect: {} };
    // The library lists each thing once by this: the merges of what the packs now hold, worth a wait.
    return { redirect: Object.fromEntries((await ctx.matcher.identities({ fresh: true })).redirect) };
  },

  'card/get': async (request, ctx, sender) => {
    // A card merged into another (the generated Turkey into the story's) opens as that one. Backstory's
    // own pages take the merges already known while new ones are worked out; a page waits for them.
    const { redirect, members } = await ctx.matcher.identities({ soonest: sender.extensionPage });
    const id = redirect.get(request.id) ?? request.id;
    const row = await ctx.db.cards.get(id);
    if (!row) return { card: null, edited: [] };
    // A page shows only cards of packs that are on; the library reads any (a pack off is still browsable).
    const shown = sender.extensionPage || row.packId === USER_PACK || (await ctx.db.packs.get(row.packId))?.enabled;
    if (!shown) return { card: null, edited: [] };
    const others = members.get(id)?.slice(1) ?? [];
    const card = others.length
      ? mergeCards(
          row.card,
          (await ctx.db.cards.bulkGet(others)).flatMap((r) => (r ? [r.card] : [])),
        )
      : row.card;
    const map = await ctx.maps?.mapFor(card);
    return { card, edited: Object.keys(row.edits), own: row.packId === USER_PACK, ...(map ? { map } : {}) };
  },

  'labels/get': async (request, ctx) => {
    const { redirect } = await ctx.matcher.identities();
    const rows = await ctx.db.cards.bulkGet(request.ids.map((id) => redirect.get(id) ?? id));
    const labels: Record<string, string> = {};
    rows.forEach((row, i) => {
      if (row) labels[request.ids[i]!] = pick(row.card.label, request.lang).text;
    });
    return { labels };
  },
};

const READS_PAGE: ReadonlySet<RequestType> = new Set(['page/setup', 'mentions/find']);

/** One request, already valid, to the handler of its type. Generic so the reply stays tied to the request. */
function dispatch<K extends RequestType>(
  type: K,
  request: RequestOf<K>,
  ctx: RequestContext,
  sender: Sender,
): Promise<ReplyOf<K>> {
  const handler: Handler<K> = handlers[type];
  return handler(request, ctx, sender);
}

/** The entry point for every message that reaches the background: undefined for anything that is not a valid request. */
export async function handleRequest(
  message: unknown,
  context: RequestContext | Promise<RequestContext>,
  sender: Sender = {},
): Promise<ReplyOf<RequestType> | undefined> {
  const parsed = v.safeParse(Request, message);
  if (!parsed.success) return undefined;
  const ctx = await context;
  // A page's setup and text wait for the bundled packs to be in, except in a worker woken to a stored
  // view: it answers from that at once, and should the start's check of the packs change anything,
  // the write tells the tabs to read again.
  const early =
    READS_PAGE.has(parsed.output.type) && (await Promise.race([ctx.matcher.fromStore(), ctx.ready.then(() => false)]));
  if (!early) await ctx.ready;
  return dispatch(parsed.output.type, parsed.output, ctx, sender);
}
