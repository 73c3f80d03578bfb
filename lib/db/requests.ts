/**
 * The background's answers to content scripts. Only requests that validate get an answer; the
 * rest are ignored, as is anything from outside this extension (checked by the caller).
 */
import * as v from 'valibot';
import { Request, type ResponseOf } from '../messages';
import { USER_PACK } from '../knowledge/pack-merge';
import { pick } from '../knowledge/pack-schema';
import type { BackstoryDB } from './database';
import type { createMatcherCache } from './matcher-cache';

export interface RequestContext {
  db: BackstoryDB;
  matcher: ReturnType<typeof createMatcherCache>;
  /** Resolves once bundled packs are in the database. */
  ready: Promise<unknown>;
}

export async function handleRequest(message: unknown, ctx: RequestContext): Promise<ResponseOf[Request['type']] | undefined> {
  const parsed = v.safeParse(Request, message);
  if (!parsed.success) return undefined;
  await ctx.ready;
  const request = parsed.output;
  switch (request.type) {
    case 'matcher/get':
      return ctx.matcher(request.have);
    case 'card/get': {
      const row = await ctx.db.cards.get(request.id);
      if (!row) return { card: null, edited: [] };
      const shown = row.packId === USER_PACK || (await ctx.db.packs.get(row.packId))?.enabled;
      return shown ? { card: row.card, edited: Object.keys(row.edits) } : { card: null, edited: [] };
    }
    case 'labels/get': {
      const rows = await ctx.db.cards.bulkGet(request.ids);
      const labels: Record<string, string> = {};
      for (const row of rows) if (row) labels[row.id] = pick(row.card.label, request.lang).text;
      return { labels };
    }
  }
}
