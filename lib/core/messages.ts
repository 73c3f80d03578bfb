/**
 * The typed protocol between content scripts and the background. Every request is a schema with a
 * `type`; the background answers only what validates, and only for this extension's own contexts.
 * Content scripts can only read: look up the matcher and cards. Writes come from extension pages.
 */
import * as v from 'valibot';
import type { Card } from './knowledge/pack-schema';
import type { SerialisedMatcher } from './text/matcher';

export const MatcherRequest = v.strictObject({
  type: v.literal('matcher/get'),
  /** The revision the tab already holds; the answer leaves the matcher out when it is still current. */
  have: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/**
 * "Not this entity here", from a card's button: the one write a content script may ask for. The
 * site is taken from the sender's tab, never from the message, so a page can only ever stop marks
 * on itself; and the content script sends it only for a trusted (real) click.
 */
export const ExcludeRequest = v.strictObject({
  type: v.literal('exclusion/add'),
  entity: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  surface: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

export const CardRequest = v.strictObject({
  type: v.literal('card/get'),
  id: v.pipe(v.string(), v.maxLength(64)),
});

/** Labels for the "In this article" panel, in the card language. */
export const LabelsRequest = v.strictObject({
  type: v.literal('labels/get'),
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(1000)),
  lang: v.picklist(['ar', 'en']),
});

/** Backstory's own pages: where the data lives (the popup says when it is only in memory). */
export const StatusRequest = v.strictObject({ type: v.literal('status/get') });

/**
 * Backstory's own pages, after a restore: check every bundled pack's cards against the database and
 * reinstall a pack whose rows do not match (a backup may hold a damaged or tampered packs table).
 */
export const VerifyPacksRequest = v.strictObject({ type: v.literal('packs/verify') });

export const Request = v.variant('type', [MatcherRequest, CardRequest, LabelsRequest, ExcludeRequest, StatusRequest, VerifyPacksRequest]);
export type Request = v.InferOutput<typeof Request>;

/** What the content script needs to mark a mention before any card is asked for. */
export interface EntitySummary {
  kind: Card['kind'];
}

export interface MatcherResponse {
  revision: number;
  /** Entity and folded alias pairs not to mark on the asking tab's site. */
  exclusions?: { entity: string; alias: string }[];
  /** Absent when the tab's revision is current. */
  matcher?: SerialisedMatcher;
  entities?: Record<string, EntitySummary>;
}

export interface CardResponse {
  card: Card | null;
  /** Top-level fields the reader changed: the card says "edited by you". */
  edited: string[];
  /** The reader's own card: the card says so. */
  own?: boolean;
}

export interface LabelsResponse {
  labels: Record<string, string>;
}

export interface ResponseOf {
  'status/get': { storage: 'indexeddb' | 'memory' };
  'exclusion/add': { ok: boolean };
  'packs/verify': { ok: boolean };
  'matcher/get': MatcherResponse;
  'card/get': CardResponse;
  'labels/get': LabelsResponse;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Background or extension page → tab: a keyboard command, or a question about the page. */
export const TabMessage = v.variant('type', [
  v.strictObject({ type: v.literal('command'), name: v.picklist(['next-mention', 'previous-mention', 'toggle-panel']) }),
  v.strictObject({ type: v.literal('page/summary') }),
  v.strictObject({ type: v.literal('page/open'), id: v.pipe(v.string(), v.maxLength(64)) }),
  /** Cards or packs changed (options page, card manager): fetch the new matcher and rescan. */
  v.strictObject({ type: v.literal('data/changed') }),
]);
export type TabMessage = v.InferOutput<typeof TabMessage>;
export type TabCommand = Extract<TabMessage, { type: 'command' }>;

export interface PageSummary {
  /** The page's host name, for the per-site switch. */
  host: string;
  /** Backstory is on for this page (not paused, site not switched off). */
  active: boolean;
  entities: { id: string; kind: string; count: number }[];
}
