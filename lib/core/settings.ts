/**
 * Every setting the content script honours, with one schema and its defaults. Settings live in
 * extension storage (`browser.storage.local`, key `settings`) and reach open tabs through
 * storage.onChanged, without a reload. A stored value that does not validate falls back to the
 * defaults field by field, so a bad write can never stop Backstory from working.
 */
import * as v from 'valibot';
import { KINDS } from './knowledge/pack-schema';
import { onSite } from './base/hosts';

/** A DNS name (letters, digits, hyphens between dots) or a bracketed IPv6 address. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

/** What a reader types for a site (`News.Example.com/path`, `https://пример.рф:8080`) as a host name, or undefined. */
export function siteName(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
    return HOST_NAME.test(host) && host.length <= 253 ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Far more sites than anyone switches off by hand; keeps a stored or imported list from growing without bound. */
export const MAX_DISABLED_SITES = 1000;

export const SettingsSchema = v.strictObject({
  /** hover: rest the pointer (or tap, or keyboard); click: only a click, tap or the keyboard opens a card. */
  trigger: v.picklist(['hover', 'click']),
  /** How long the pointer rests on a name before its card opens. */
  dwellMs: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(2000)),
  /**
   * all: every mention; countries-once: every mention, but a place's or a country's first only (a story
   * about Sudan names Sudan and El Fasher in every paragraph; the value keeps its first name so stored
   * settings stay valid); first: the first mention of each entity; none: cards through the keyboard
   * and the panel only.
   */
  density: v.picklist(['all', 'countries-once', 'first', 'none']),
  theme: v.picklist(['auto', 'light', 'dark']),
  fontSize: v.pipe(v.number(), v.integer(), v.minValue(11), v.maxValue(24)),
  /** auto: the page's language when the card has it, else the browser's, else English. */
  cardLanguage: v.picklist(['auto', 'ar', 'en']),
  kinds: v.pipe(v.array(v.picklist(KINDS)), v.maxLength(KINDS.length, `at most ${KINDS.length} kinds`)),
  /** Host names where Backstory stays off, as the address bar has them (lower case, punycode). */
  disabledSites: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(253), v.regex(HOST_NAME, 'expected a host name like example.com'))),
    v.maxLength(MAX_DISABLED_SITES, `at most ${MAX_DISABLED_SITES} sites`),
  ),
  /** Off everywhere until switched back on. */
  paused: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  trigger: 'hover',
  dwellMs: 300,
  density: 'countries-once',
  theme: 'auto',
  fontSize: 14,
  cardLanguage: 'auto',
  kinds: [...KINDS],
  disabledSites: [],
  paused: false,
};

export const SETTINGS_KEY = 'settings';

const LIST_CAPS: Record<string, number | undefined> = { kinds: KINDS.length, disabledSites: MAX_DISABLED_SITES };

/** Whatever is stored, as valid settings: each field that validates is kept, the rest default. */
export function readSettings(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
      let value = (stored as Record<string, unknown>)[key];
      // A list keeps its valid entries, up to its cap: one bad site (or one too many) must not lose the reader's whole list.
      if (Array.isArray(value) && schema.type === 'array')
        value = value
          .filter((item) => v.safeParse((schema as v.ArraySchema<v.GenericSchema, undefined>).item, item).success)
          .slice(0, LIST_CAPS[key]);
      if (value !== undefined && v.safeParse(schema, value).success) out[key] = value;
    }
  }
  return out as Settings;
}

/** Is Backstory on for this host name? A listed site also switches off its subdomains. */
/** The theme Backstory's own pages draw a card in: the reader's choice, else the system's. */
export function pageTheme(settings: Settings | undefined, systemDark: boolean): 'light' | 'dark' {
  if (settings?.theme === 'light' || settings?.theme === 'dark') return settings.theme;
  return systemDark ? 'dark' : 'light';
}

export function activeOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return !settings.disabledSites.some((site) => {
    return onSite(host, site.toLowerCase().replace(/^www\./, ''));
  });
}
