/**
 * The whole protocol between Backstory's parts, in two tables: what content scripts and Backstory's
 * pages ask the background, and what the background and those pages tell a tab. Each entry pairs a
 * message schema with the schema of its reply, and every type is derived from them, so a message, its
 * reply and their types cannot disagree. The background answers only requests that validate, and
 * only for this extension's own contexts; askers check the reply before they use it.
 * Content scripts can only read (plus "not this here", below). Writes come from extension pages.
 */
import * as v from 'valibot';
import { formatPath } from './base/issues';
import { CardIdSchema } from './knowledge/card-id';
import { CardObject, DaySchema, KINDS } from './knowledge/pack-schema';
import { SettingsSchema } from './settings';

/** A table entry: the key must be the message's own `type`, so the table cannot file one under another's name. */
interface Entry<K> {
  message: v.GenericSchema<unknown, { type: K }>;
  reply: v.GenericSchema;
}
const table = <T extends { [K in keyof T]: Entry<K> }>(entries: T): T => entries;

/** Entity and card ids on the wire (a card id is only capped: an unknown one just finds nothing). */
const EntityId = CardIdSchema;
const CardId = v.pipe(v.string(), v.maxLength(64));
const Revision = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ok = v.strictObject({ ok: v.boolean() });

/** What the content script needs to draw a mention before any card is asked for. */
export const EntitySummary = v.strictObject({
  id: EntityId,
  kind: v.picklist(KINDS),
  /** A title resolved to this person: the office's card ("the Turkish foreign minister"). */
  office: v.optional(EntityId),
});
export type EntitySummary = v.InferOutput<typeof EntitySummary>;

/**
 * Text a tab asks the background to read, in runs of one block each: the page's text goes to
 * Backstory's own background and no further. Capped so that one request is one short task there.
 */
export const MAX_RUN_LENGTH = 100_000;
export const MAX_RUNS = 2_000;
/** Cards a page's request may say it has named: far more than an article names. */
export const MAX_NAMED = 1_000;
const TextRun = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_RUN_LENGTH)),
  /** The language the page declares for the run. */
  lang: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

/**
 * A run's mentions as numbers: UTF-16 offsets into their run, and indexes into `entities`. Checked in
 * one loop, not a schema per number: an answer carries hundreds, and a page checks its first one with
 * code that has not run before (a setup reply with 180: 2.0 ms so, 1.1 this way, in Node; 0.42 and
 * 0.14 after).
 */
const Offsets = v.custom<number[]>(
  (x) => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_RUN_LENGTH),
  'expected offsets: integers from 0 to the run length',
);
const FoundReply = v.strictObject({
  revision: Revision,
  /** Per run, in order: its mentions as [entity, start, end] triples, flattened. */
  found: v.array(Offsets),
  entities: v.array(EntitySummary),
  /**
   * Read with the quick view a woken background answers from first (the packs of ordinary size),
   * while the one of every enabled pack loads: the tab is told to read again once that is ready.
   */
  partial: v.optional(v.literal(true)),
});
export type FoundResponse = v.InferOutput<typeof FoundReply>;
const Runs = v.pipe(v.array(TextRun), v.maxLength(MAX_RUNS));
/** The article's date, which titles are resolved by; without it, today. */
const ArticleDay = DaySchema;

const SetupReply = v.strictObject({
  revision: Revision,
  /** Entity and folded alias pairs not to mark on the asking tab's site. */
  exclusions: v.array(v.strictObject({ entity: v.string(), alias: v.string() })),
  /** The mentions in the runs sent with the request: only where Backstory is on for the frame's site. */
  first: v.optional(FoundReply),
  /**
   * The reader's settings as the background follows them in memory: a tab uses them if they come
   * before its own read of storage (in Firefox that read alone takes 15–40 ms, and gated the first marks).
   */
  settings: v.optional(SettingsSchema),
});
export type SetupResponse = v.InferOutput<typeof SetupReply>;

const SvgPath = v.pipe(v.string(), v.maxLength(200_000), v.regex(/^[MLZmlz0-9.,\s-]*$/, 'expected SVG path data'));
const Coordinate = v.pipe(v.number(), v.finite());
const LocatorMapSchema = v.strictObject({
  width: Coordinate,
  height: Coordinate,
  land: SvgPath,
  focus: SvgPath,
  dot: v.optional(v.tuple([Coordinate, Coordinate])),
  inset: v.strictObject({
    width: Coordinate,
    height: Coordinate,
    world: SvgPath,
    at: v.tuple([Coordinate, Coordinate]),
    r: Coordinate,
  }),
});

const CardReply = v.strictObject({
  // The card's shape, not its cross-field rules: a stored card must open even if a rule tightened since.
  card: v.nullable(CardObject),
  /** Top-level fields the reader changed: the card says "edited by you". */
  edited: v.array(v.string()),
  /** The reader's own card: the card says so. */
  own: v.optional(v.boolean()),
  /** Its locator map, drawn in the background (lib/core/maps/locator.ts): path strings only. */
  map: v.optional(LocatorMapSchema),
});
export type CardResponse = v.InferOutput<typeof CardReply>;

const LabelsReply = v.strictObject({ labels: v.record(v.string(), v.string()) });
export type LabelsResponse = v.InferOutput<typeof LabelsReply>;

/** Content script or Backstory's page → background. */
export const Requests = table({
  /** What a tab reads a page with before its text: the data revision, and what not to mark on its site. */
  'page/setup': {
    /**
     * `runs`: the page's first slice, sent before the tab has its settings so that the first marks
     * take one round trip, not two. The background reads it only where the settings say Backstory is
     * on for the asking frame's site, and drops it unread elsewhere.
     */
    message: v.strictObject({ type: v.literal('page/setup'), runs: v.optional(Runs), date: v.optional(ArticleDay) }),
    reply: SetupReply,
  },
  /** The mentions in a tab's text runs, found in the background with the one matcher of this revision. */
  'mentions/find': {
    message: v.strictObject({
      type: v.literal('mentions/find'),
      runs: Runs,
      date: v.optional(ArticleDay),
      /**
       * The cards the page's earlier answers named by name: a surname flagged afterName («Rodríguez»)
       * in these runs is theirs, though the full name was in another request (the first slice).
       */
      named: v.optional(v.pipe(v.array(CardIdSchema), v.maxLength(MAX_NAMED))),
    }),
    reply: FoundReply,
  },
  'card/get': {
    message: v.strictObject({ type: v.literal('card/get'), id: CardId }),
    reply: CardReply,
  },
  /** Labels for the "In this article" panel, in the card language. */
  'labels/get': {
    message: v.strictObject({
      type: v.literal('labels/get'),
      ids: v.pipe(v.array(CardId), v.maxLength(1000)),
      lang: v.picklist(['ar', 'en']),
    }),
    reply: LabelsReply,
  },
  /**
   * "Not this entity here", from a card's button: the one write a content script may ask for. The
   * site is taken from the sender's tab, never from the message, so a page can only ever stop marks
   * on itself; and the content script sends it only for a trusted (real) click.
   */
  'exclusion/add': {
    message: v.strictObject({
      type: v.literal('exclusion/add'),
      entity: EntityId,
      surface: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    }),
    reply: Ok,
  },
  /**
   * A frame's count for the toolbar badge: how many names it marked, or that Backstory is paused or
   * off there. A number and a state, nothing of the page's text; the tab is the sender's own.
   */
  'page/badge': {
    message: v.strictObject({
      type: v.literal('page/badge'),
      state: v.picklist(['on', 'paused', 'off-here']),
      names: Count,
      /** The frame has just started on a new page: what its tab's frames said before is forgotten. */
      fresh: v.optional(v.boolean()),
    }),
    reply: Ok,
  },
  /**
   * Backstory's own pages (the library): the cards merged into another (the generated Ukraine into the
   * curated one), each to the card it now is part of, so a list shows each thing once.
   */
  'cards/merged': {
    message: v.strictObject({ type: v.literal('cards/merged') }),
    reply: v.strictObject({ redirect: v.record(v.string(), v.string()) }),
  },
  /** Backstory's own pages: where the data lives (the popup says when it is only in memory). */
  'status/get': {
    message: v.strictObject({ type: v.literal('status/get') }),
    reply: v.strictObject({
      storage: v.picklist(['indexeddb', 'memory']),
      /** Cards of large packs written so far, while a first start or an update installs them. */
      progress: v.optional(v.strictObject({ done: Count, total: Count })),
    }),
  },
  /**
   * Backstory's own pages, after a restore: check every bundled pack's cards against the database and
   * reinstall a pack whose rows do not match (a backup may hold a damaged or tampered packs table).
   */
  'packs/verify': {
    message: v.strictObject({ type: v.literal('packs/verify') }),
    reply: Ok,
  },
});

export type RequestType = keyof typeof Requests;
export type RequestOf<K extends RequestType> = v.InferOutput<(typeof Requests)[K]['message']>;
export type ReplyOf<K extends RequestType> = v.InferOutput<(typeof Requests)[K]['reply']>;
/** Any request: the background parses what arrives with this, choosing the schema by `type`. */
export const Request = v.variant(
  'type',
  Object.values(Requests).map((entry) => entry.message),
);
export type Request = v.InferOutput<typeof Request>;

export const PageSummary = v.strictObject({
  /** The page's host name, for the per-site switch. */
  host: v.string(),
  /** Backstory is on for this page (not paused, site not switched off). */
  active: v.boolean(),
  entities: v.array(v.strictObject({ id: v.string(), kind: v.string(), count: v.number() })),
});
export type PageSummary = v.InferOutput<typeof PageSummary>;

/** An answer of nothing. How a browser carries an empty answer is its own business: null is taken too. */
const Nothing = v.union([v.undefined(), v.null()]);

/** Background or Backstory's page → tab: a keyboard command, or a question about the page. */
export const TabMessages = table({
  command: {
    message: v.strictObject({
      type: v.literal('command'),
      name: v.picklist(['next-mention', 'previous-mention', 'toggle-panel']),
    }),
    reply: Nothing,
  },
  'page/summary': { message: v.strictObject({ type: v.literal('page/summary') }), reply: PageSummary },
  'page/open': { message: v.strictObject({ type: v.literal('page/open'), id: CardId }), reply: Nothing },
  /** Cards or packs changed (options page, card manager): read the page again. */
  'data/changed': { message: v.strictObject({ type: v.literal('data/changed') }), reply: Nothing },
});

export type TabMessageType = keyof typeof TabMessages;
export type TabMessageOf<K extends TabMessageType> = v.InferOutput<(typeof TabMessages)[K]['message']>;
export type TabReplyOf<K extends TabMessageType> = v.InferOutput<(typeof TabMessages)[K]['reply']>;
export const TabMessage = v.variant(
  'type',
  Object.values(TabMessages).map((entry) => entry.message),
);
export type TabMessage = v.InferOutput<typeof TabMessage>;
export type TabCommand = TabMessageOf<'command'>;

/**
 * The reply to a request or tab message, checked against its schema; throws when it does not match
 * (a background of another shape, a listener that answered something else), so the asker never works
 * on a reply its type only claims to be.
 */
export function checkReply<K extends RequestType>(type: K, reply: unknown): ReplyOf<K> {
  return parseReply(Requests[type].reply, type, reply);
}

export function checkTabReply<K extends TabMessageType>(type: K, reply: unknown): TabReplyOf<K> {
  return parseReply(TabMessages[type].reply, type, reply);
}

function parseReply<S extends v.GenericSchema>(schema: S, type: string, reply: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, reply);
  if (result.success) return result.output;
  const [first] = result.issues;
  throw new Error(
    `reply to ${type} does not match: ${formatPath(first.path?.map((item) => item.key) ?? [], '(reply)')}: ${first.message}`,
  );
}
