/**
 * Every setting the content script honours, with one schema and its defaults. Settings live in
 * extension storage (`browser.storage.local`, key `settings`) and reach open tabs through
 * storage.onChanged, without a reload. A stored value that does not validate falls back to the
 * defaults field by field, so a bad write can never stop Backstory from working.
 */
import * as v from 'valibot';
import { KINDS } from './knowledge/pack-schema';

export const SettingsSchema = v.strictObject({
  /** hover: rest the pointer (or tap, or keyboard); click: only a click, tap or the keyboard opens a card. */
  trigger: v.picklist(['hover', 'click']),
  /** How long the pointer rests on a name before its card opens. */
  dwellMs: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(2000)),
  /** all: every mention; first: the first mention of each entity; none: cards through the keyboard and the panel only. */
  density: v.picklist(['all', 'first', 'none']),
  theme: v.picklist(['auto', 'light', 'dark']),
  fontSize: v.pipe(v.number(), v.integer(), v.minValue(11), v.maxValue(24)),
  /** auto: the page's language when the card has it, else the browser's, else English. */
  cardLanguage: v.picklist(['auto', 'ar', 'en']),
  kinds: v.array(v.picklist(KINDS)),
  /** Host names where Backstory stays off. */
  disabledSites: v.array(v.pipe(v.string(), v.maxLength(253))),
  /** Off everywhere until switched back on. */
  paused: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  trigger: 'hover',
  dwellMs: 300,
  density: 'all',
  theme: 'auto',
  fontSize: 14,
  cardLanguage: 'auto',
  kinds: [...KINDS],
  disabledSites: [],
  paused: false,
};

export const SETTINGS_KEY = 'settings';

/** Whatever is stored, as valid settings: each field that validates is kept, the rest default. */
export function readSettings(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
      const value = (stored as Record<string, unknown>)[key];
      if (value !== undefined && v.safeParse(schema, value).success) out[key] = value;
    }
  }
  return out as Settings;
}

/** Is Backstory on for this host name? A listed site also switches off its subdomains. */
export function activeOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return !settings.disabledSites.some((site) => {
    const s = site.toLowerCase().replace(/^www\./, '');
    return host === s || host.endsWith(`.${s}`);
  });
}
