/**
 * Settings in extension storage, for every context: the content script reads them once and then
 * follows every change; Backstory's own pages write them. Writes are validated as a whole first.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, SettingsSchema, type Settings } from '../core/settings';

/**
 * The reader's settings, or the defaults where extension storage cannot be read (Firefox keeps it
 * in the same IndexedDB that a damaged profile may refuse): marks and cards still work.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('Backstory: settings cannot be read here; using the defaults.', error);
    return readSettings(undefined);
  }
}

/**
 * Follows changes to the settings. Listens to `storage.local` only, not `storage.onChanged`: every
 * listening context is sent each change's old and new values, and the background's writes of the
 * start indexes to the session area (start-index-store.ts, megabytes) must not reach every open tab.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (changes[SETTINGS_KEY]) onChange(readSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

/**
 * The settings as last read, kept current by watching storage: for the background, which reads them
 * at every page's first request and should not wait for storage each time.
 */
export function followedSettings(): () => Promise<Settings> {
  let current = loadSettings();
  watchSettings((next) => (current = Promise.resolve(next)));
  return () => current;
}

/** Applies `change` to the current settings; refuses (and writes nothing) if the result is not valid. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = v.parse(SettingsSchema, change(await loadSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
