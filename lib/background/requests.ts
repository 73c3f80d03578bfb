/**
 * The background's answers to content scripts. Only requests that validate get an answer; the
 * rest are ignored, as is anything from outside this extension (checked by the caller).
 */
import * as v from 'valibot';
import { Request, type ResponseOf } from '../core/messages';
import { USER_PACK } from '../core/knowledge/pack-merge';
import { pick } from '../core/knowledge/pack-schema';
import { fold } from '../core/text/normalise';
import { bumpRevision, type BackstoryDB } from './database';
import type { createMatcherCache } from './matcher-cache';
import type { Storage } from './open-database';
import { frameSite, mayWrite, type Sender } from '../core/sender-site';

export interface RequestContext {
  db: BackstoryDB;
  /** Where the data lives: the extension's IndexedDB, or memory where that cannot be opened. */
  storage?: Storage;
  matcher: ReturnType<typeof createMatcherCache>;
  /** Resolves once bundled packs are in the database. */
  ready: Promise<unknown>;
  /** Tells open tabs that what is matched changed. */
  onDataChanged?: () => Promise<void>;
  /** Reinstalls the bundled packs whose rows in the database do not match them. */
  verifyPacks?: () => Promise<unknown>;
}

export async function handleRequest(message: unknown, context: RequestContext | Promise<RequestContext>, sender: Sender = {}): Promise<ResponseOf[Request['type']] | undefined> {
  const parsed = v.safeParse(Request, message);
  if (!parsed.success) return undefined;
  const ctx = await context;
  await ctx.ready;
  const request = parsed.output;
  switch (request.type) {
    case 'status/get':
      return { storage: ctx.storage ?? 'indexeddb' };
    case 'matcher/get': {
      const site = frameSite(sender);
      const exclusions = site ? (await ctx.db.exclusions.where('site').equals(site).toArray()).map(({ entity, alias }) => ({ entity, alias })) : [];
      return { ...(await ctx.matcher(request.have)), exclusions };
    }
    case 'exclusion/add': {
      const site = frameSite(sender);
      if (!site || !mayWrite(sender)) return { ok: false };
      await ctx.db.transaction('rw', ctx.db.exclusions, ctx.db.meta, async () => {
        await ctx.db.exclusions.put({ site, entity: request.entity, alias: fold(request.surface) });
        await bumpRevision(ctx.db);
      });
      await ctx.onDataChanged?.();
      return { ok: true };
    }
    case 'packs/verify': {
      // Only Backstory's own pages: a content script has no business asking for this work.
      if (!sender.extensionPage || !ctx.verifyPacks) return { ok: false };
      await ctx.verifyPacks();
      await ctx.onDataChanged?.();
      return { ok: true };
    }
    case 'card/get': {
      const row = await ctx.db.cards.get(request.id);
      if (!row) return { card: null, edited: [] };
      const shown = row.packId === USER_PACK || (await ctx.db.packs.get(row.packId))?.enabled;
      return shown ? { card: row.card, edited: Object.keys(row.edits), own: row.packId === USER_PACK } : { card: null, edited: [] };
    }
    case 'labels/get': {
      const rows = await ctx.db.cards.bulkGet(request.ids);
      const labels: Record<string, string> = {};
      for (const row of rows) if (row) labels[row.id] = pick(row.card.label, request.lang).text;
      return { labels };
    }
  }
}
