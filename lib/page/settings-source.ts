/** Settings as the content script sees them: read once, then every change as it is stored. */
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export function watchSettings(onChange: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) onChange(readSettings(changes[SETTINGS_KEY].newValue));
  });
}
