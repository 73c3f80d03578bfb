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

export const CardRequest = v.strictObject({
  type: v.literal('card/get'),
  id: v.pipe(v.string(), v.maxLength(64)),
});

export const Request = v.variant('type', [MatcherRequest, CardRequest]);
export type Request = v.InferOutput<typeof Request>;

/** What the content script needs to mark a mention before any card is asked for. */
export interface EntitySummary {
  kind: Card['kind'];
}

export interface MatcherResponse {
  revision: number;
  /** Absent when the tab's revision is current. */
  matcher?: SerialisedMatcher;
  entities?: Record<string, EntitySummary>;
}

export interface CardResponse {
  card: Card | null;
  /** Top-level fields the reader changed: the card says "edited by you". */
  edited: string[];
}

export interface ResponseOf {
  'matcher/get': MatcherResponse;
  'card/get': CardResponse;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Background → tab: a keyboard command the reader pressed. */
export const TabCommand = v.strictObject({
  type: v.literal('command'),
  name: v.picklist(['next-mention', 'previous-mention']),
});
export type TabCommand = v.InferOutput<typeof TabCommand>;
