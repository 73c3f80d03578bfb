/**
 * The one schema for a knowledge pack file. Every type the rest of the code uses for packs and cards
 * is derived from it, so a pack that validates is exactly a pack the code can read.
 */
import * as v from 'valibot';
import { DatePattern, isCalendarDate } from '../base/dates';
import { formatIssues } from '../base/issues';
import { CardIdSchema } from './card-id';

import { LANGS, type Lang } from '../text/lang-codes';

/** Languages a card can speak: its names in all twelve; its text at least in English (and, in the bundled packs, Arabic). */
export { LANGS, type Lang };

export const KINDS = [
  'person',
  'place',
  'country',
  'organisation',
  'armed-group',
  'political-party',
  'weapon-system',
  'programme',
  'agreement',
  'event',
  /** An office ("President of Russia") and who held it when: titles in the text resolve to its holder. */
  'office',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The kinds a card is written as, by a reader or a pack, and chosen to be marked: an office card is
 * made from its holders' records (npm run build:offices), and its titles are marked as their holder.
 */
export const NAMED_KINDS: readonly Kind[] = KINDS.filter((k) => k !== 'office');

const MAX_TEXT = 4000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

/** "2019", "2019-07" or "2019-07-12": the format carries the precision. */
const isoDate = v.pipe(
  v.string(),
  v.regex(DatePattern, 'expected a date like 2019-07-12'),
  v.check(isCalendarDate, 'no such day in the calendar'),
);
/** A day, "2019-07-12": when a card was reviewed or a source read, and an article's date. */
export const DaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2019-07-12'),
  v.check(isCalendarDate, 'no such day in the calendar'),
);
/** Longer than any real source address; a limit keeps a hostile file from storing megabytes in one. */
export const MAX_URL_LENGTH = 2048;

const id = CardIdSchema;

/** Per-language text; English is the fallback and so is always present. */
const localised = (max = MAX_TEXT) =>
  v.strictObject({
    ...(Object.fromEntries(LANGS.map((lang) => [lang, v.optional(text(max))])) as Record<
      Exclude<Lang, 'en'>,
      v.OptionalSchema<ReturnType<typeof text>, undefined>
    >),
    en: text(max),
  });

export const AliasSchema = v.union([
  text(200),
  v.strictObject({
    text: text(200),
    /** Match only with the same letter case (for short names that are also common words). */
    caseSensitive: v.optional(v.boolean()),
    /** Match only the whole word: no clitics before it, no endings after it. */
    exact: v.optional(v.boolean()),
    /**
     * Also a common word where a sentence starts (Turkish «Kalın bir duvar», "a thick wall"): at a
     * sentence start it marks only once the card has been named earlier in the text.
     */
    wordAtSentenceStart: v.optional(v.boolean()),
    /**
     * A surname that is also a given name (`Jonathan`, `Yunus`): where a name follows it ("Jonathan
     * Moyo") it is someone else's first name, and marks nothing.
     */
    givenName: v.optional(v.boolean()),
    /**
     * A name that is this card's only once the card has been named in full earlier in the text, as
     * news names a person in full and then by surname alone («Delcy Rodríguez … Rodríguez dijo»): a
     * surname many others share, which alone would mark them all.
     */
    afterName: v.optional(v.boolean()),
  }),
]);

/*
 * Size caps. The bundled packs' largest card has 10 aliases in one language, 41 in all, 11 facts,
 * 6 timeline events, 4 sources, 3 designations and 13 related cards: the caps are far above anything real, and keep a hostile file
 * from making one card (and the matcher built from it) enormous.
 */
export const MAX_ALIASES_PER_LANG = 200;
export const MAX_ALIASES_PER_CARD = 500;
export const MAX_FACTS = 200;
export const MAX_TIMELINE = 500;
export const MAX_SOURCES = 200;
export const MAX_DESIGNATIONS = 100;
export const MAX_RELATED = 500;

/**
 * A list of at most `max` items. The length is checked before the items, so an oversized list is
 * refused at once instead of after validating (and reporting on) every item.
 */
export const capped = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max, `at most ${max} ${what}`), v.array(item));

const aliasList = () => v.optional(capped(AliasSchema, MAX_ALIASES_PER_LANG, 'aliases in one language'));
const aliases = v.pipe(
  v.strictObject(
    Object.fromEntries(LANGS.map((lang) => [lang, aliasList()])) as Record<Lang, ReturnType<typeof aliasList>>,
  ),
  v.check(
    (all) => Object.values(all).reduce((sum, list) => sum + (list?.length ?? 0), 0) <= MAX_ALIASES_PER_CARD,
    `at most ${MAX_ALIASES_PER_CARD} aliases in a card`,
  ),
);

/**
 * A pack's stop phrases: many more than a card's names, since a generated pack writes them per place
 * ("<city> Times" for thousands of cities); capped all the same, as everything read from a file is.
 */
export const MAX_STOP_PHRASES_PER_LANG = 50_000;
const stopPhraseList = () => v.optional(capped(AliasSchema, MAX_STOP_PHRASES_PER_LANG, 'stop phrases in one language'));
const stopPhraseLists = v.strictObject(
  Object.fromEntries(LANGS.map((lang) => [lang, stopPhraseList()])) as Record<Lang, ReturnType<typeof stopPhraseList>>,
);

/** A user name or password before the host (`https://evil.com@news.example/`) makes a link lie about where it goes. */
const hasUserInfo = (url: string) => {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/\\?#]*@/i.test(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
};

export const SourceSchema = v.strictObject({
  id,
  title: text(300),
  publisher: v.optional(text(200)),
  url: v.pipe(
    v.string(),
    v.maxLength(MAX_URL_LENGTH, `expected a URL of at most ${MAX_URL_LENGTH} characters`),
    v.url(),
    v.regex(/^https?:\/\//, 'expected an http or https URL'),
    v.check((url) => !hasUserInfo(url), 'expected a URL without a user name or password (user:password@)'),
  ),
  accessed: DaySchema,
});

export const FactSchema = v.strictObject({
  asOf: isoDate,
  text: localised(600),
  sources: v.pipe(v.array(id), v.minLength(1, 'a fact needs at least one source')),
});

/** Who calls it what, since when: "designated a terrorist organisation by the United States since 1997". */
export const DesignationSchema = v.strictObject({
  by: localised(200),
  says: localised(300),
  since: v.optional(isoDate),
  until: v.optional(isoDate),
  sources: v.pipe(v.array(id), v.minLength(1, 'a designation needs at least one source')),
});

/**
 * A key that names one thing the same way in every pack, so two packs' cards for it become one card
 * (identity.ts): an ISO 3166-1 alpha-2 country code (`iso3166:TR`) or a Wikidata item (`wikidata:Q43`).
 */
export const SameAsSchema = v.pipe(
  v.string(),
  v.regex(
    /^(iso3166:[A-Z]{2}|wikidata:Q[1-9][0-9]{0,9}|geonames:[1-9][0-9]{0,9})$/,
    'expected a key like iso3166:TR, wikidata:Q43 or geonames:745044',
  ),
);

/**
 * Where a place is, for its locator map: the country it lies in (ISO 3166-1 alpha-2; a country card
 * gives its own) and, for a place that is a point on the map (a city, a site), its coordinates in
 * degrees. Like any fact, they come from a source the card cites (GeoNames for generated places).
 */
export const GeoSchema = v.pipe(
  v.strictObject({
    country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 code like TR'))),
    lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
    lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
    /** Where the point comes from, as a fact's sources. */
    sources: v.optional(v.array(id)),
  }),
  v.check((g) => (g.lat === undefined) === (g.lon === undefined), 'lat and lon go together'),
  v.check((g) => g.country !== undefined || g.lat !== undefined, 'a country, a point, or both'),
);
export type Geo = v.InferOutput<typeof GeoSchema>;
export const MAX_SAME_AS = 10;

/** The offices a card can be: the roles news names people by. */
export const OFFICE_ROLES = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  // The head of an international body or of a state's agency: "UN Secretary-General", "CIA Director".
  'head-of-organisation',
] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/**
 * One tenure of an office: who held it (or nobody: `vacant`), from when, until when (none: in office
 * at the card's review), and whether as an acting holder. A contested holding says who named them in
 * `note`. Days where the sources give them; a tenure known only to the month says so by its format.
 */
export const HolderSchema = v.pipe(
  v.strictObject({
    person: v.optional(id),
    vacant: v.optional(v.literal(true)),
    from: isoDate,
    to: v.optional(isoDate),
    acting: v.optional(v.boolean()),
    note: v.optional(localised(600)),
    sources: v.pipe(v.array(id), v.minLength(1, 'a holder needs at least one source')),
  }),
  v.check(
    (h) => (h.person === undefined) === (h.vacant === true),
    'a holder names a person, or says the office was vacant',
  ),
  v.check((h) => h.to === undefined || h.to >= h.from, 'a tenure ends after it starts'),
);
export type Holder = v.InferOutput<typeof HolderSchema>;
export const MAX_HOLDERS = 200;

export const OfficeSchema = v.pipe(
  v.strictObject({
    /** The state or body whose office it is. */
    of: id,
    role: v.picklist(OFFICE_ROLES),
    /** The word news uses for it, which picks the title phrases (lib/core/titles): president, king, chancellor… */
    title: v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/, 'expected a title key like foreign-minister')),
    holders: capped(HolderSchema, MAX_HOLDERS, 'holders in an office'),
  }),
  v.check(
    // Compared at the coarser of the two precisions: a tenure to 10 June 2019 and one from June 2019 may meet.
    (o) =>
      o.holders.every((h, i) => {
        const to = i === 0 ? '' : (o.holders[i - 1]!.to ?? '9999');
        const n = Math.min(to.length, h.from.length);
        return to.slice(0, n) <= h.from.slice(0, n);
      }),
    'holders in order, one tenure ending before (or the day) the next begins',
  ),
);
export type Office = v.InferOutput<typeof OfficeSchema>;

/** A card's fields, before the checks that span fields. */
export const CardObject = v.strictObject({
  id,
  kind: v.picklist(KINDS),
  /** What the card is the same thing as, in other packs. */
  sameAs: v.optional(capped(SameAsSchema, MAX_SAME_AS, 'sameAs keys')),
  geo: v.optional(GeoSchema),
  label: localised(200),
  description: v.optional(localised(300)),
  aliases,
  summary: localised(1200),
  facts: capped(FactSchema, MAX_FACTS, 'facts in a card'),
  timeline: v.optional(capped(FactSchema, MAX_TIMELINE, 'timeline events in a card')),
  designations: v.optional(capped(DesignationSchema, MAX_DESIGNATIONS, 'designations in a card')),
  related: v.optional(capped(id, MAX_RELATED, 'related cards in a card')),
  /** An office card's office and its holders. */
  office: v.optional(OfficeSchema),
  sources: capped(SourceSchema, MAX_SOURCES, 'sources in a card'),
  reviewed: DaySchema,
});

/** The source ids a card's parts cite: facts, timeline events, designations and its point. */
export function citedSources(card: v.InferOutput<typeof CardObject>): string[] {
  return [
    ...card.facts,
    ...(card.timeline ?? []),
    ...(card.designations ?? []),
    ...(card.geo ? [card.geo] : []),
    ...(card.office?.holders ?? []),
  ].flatMap((f) => f.sources ?? []);
}

export const CardSchema = v.pipe(
  CardObject,
  v.check(
    (card) => (card.kind === 'office') === (card.office !== undefined),
    'an office card, and only one, has an office',
  ),
  v.check(
    (card) => citedSources(card).every((s) => card.sources.some((src) => src.id === s)),
    'every fact names a source listed in the card',
  ),
);

/** A pack's fields, before the checks that span cards. */
export const PackObject = v.strictObject({
  format: v.literal(1),
  id,
  name: text(200),
  version: v.pipe(v.string(), v.regex(/^\d+(\.\d+){0,3}$/, 'expected a version like 2026.11.29')),
  languages: v.array(v.picklist(LANGS)),
  author: text(200),
  licence: text(100),
  reviewed: DaySchema,
  /** Packs that are not on by default (large generated packs) say so. */
  enabledByDefault: v.optional(v.boolean()),
  /**
   * Phrases that contain a name but are not that entity (The Washington Post, Moscow Times):
   * found like aliases, they win as the longer match and mark nothing.
   */
  stopPhrases: v.optional(stopPhraseLists),
  cards: v.array(CardSchema),
});

const UNIQUE_IDS = 'card ids must be unique';
const UNIQUE_SAME_AS = 'a sameAs key names one card in a pack: two cards of one pack cannot be the same thing';
const uniqueIds = (cards: readonly { id: string }[]) => new Set(cards.map((c) => c.id)).size === cards.length;
const uniqueSameAs = (cards: readonly { sameAs?: readonly string[] }[]) => {
  const keys = cards.flatMap((c) => c.sameAs ?? []);
  return new Set(keys).size === keys.length;
};

export const PackSchema = v.pipe(
  PackObject,
  // A partial check runs even when other fields have problems, so one pass lists every error.
  v.forward(
    v.partialCheck([['cards', '$', 'id']], (pack) => uniqueIds(pack.cards), UNIQUE_IDS),
    ['cards'],
  ),
  v.forward(
    v.partialCheck([['cards', '$', 'sameAs']], (pack) => uniqueSameAs(pack.cards), UNIQUE_SAME_AS),
    ['cards'],
  ),
);

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Designation = v.InferOutput<typeof DesignationSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type Localised = Card['label'];

/** A pack to install: its id and version up front, the (validated) pack only when needed. */
export interface PackSource {
  id: string;
  version: string;
  /** How many cards it has, when known without reading it: a large pack installs in slices, after the others. */
  cards?: number;
  /** Read (in the extension, from the packaged file) and validated, only when it has to be installed. */
  load(): Pack | Promise<Pack>;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** Validates a parsed pack file; errors read `cards[12].facts[0].asOf: expected a date like 2019-07-12`. */
export function validatePack(input: unknown): PackResult {
  const result = v.safeParse(PackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, errors: formatIssues(result.issues, '(pack)') };
}

/** Cards checked between two places where `validatePackSteps` may stop: a few milliseconds' work. */
const CARDS_PER_STEP = 100;

/**
 * `validatePack` written as steps (build-steps.ts): the pack's own fields at once, then its cards a
 * hundred at a time, then the checks across cards. The background validates the 6,500-card places pack
 * this way, in slices, and answers requests meanwhile; at once it blocks for seconds. A pack passes or
 * fails exactly as with `validatePack`, with the same messages (a test holds the two to it).
 */
export function* validatePackSteps(input: unknown): Generator<void, PackResult> {
  const cards = (input as { cards?: unknown } | null)?.cards;
  if (typeof input !== 'object' || input === null || !Array.isArray(cards) || cards.length <= CARDS_PER_STEP)
    return validatePack(input);
  const head = v.safeParse(PackObject, { ...input, cards: [] });
  const errors = head.success ? [] : formatIssues(head.issues, '(pack)');
  const checked: Card[] = [];
  for (let i = 0; i < cards.length; i++) {
    if (i % CARDS_PER_STEP === 0) yield;
    const card = v.safeParse(CardSchema, cards[i]);
    if (card.success) checked.push(card.output);
    else errors.push(...formatIssues(card.issues, '(pack)', ['cards', i]));
  }
  // The checks across cards, as PackSchema makes them (of the cards that are valid).
  if (!uniqueIds(checked)) errors.push(`cards: ${UNIQUE_IDS}`);
  if (!uniqueSameAs(checked)) errors.push(`cards: ${UNIQUE_SAME_AS}`);
  return errors.length === 0 && head.success
    ? { ok: true, pack: { ...head.output, cards: checked } }
    : { ok: false, errors };
}

/** Card text in the reader's language, falling back to English. */
export function pick(text: Localised, lang: string): { text: string; lang: Lang } {
  const own = (text as Record<string, string | undefined>)[lang];
  return own ? { text: own, lang: lang as Lang } : { text: text.en, lang: 'en' };
}
