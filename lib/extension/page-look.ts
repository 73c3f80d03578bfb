/**
 * How each of Backstory's own pages presents itself: in the interface language (`lang`, and `dir`
 * right to left for Arabic), in the reader's theme (light, dark, or the system's: `data-theme` on
 * <html> picks the half of each colour token in components/tokens.css). Follows a theme change made
 * in another page at once.
 */
import { i18n } from '#i18n';
import type { Settings } from '../core/settings';
import { loadSettings, watchSettings } from './settings-store';

/** `onSettings`: a page that draws with the settings too gets them from here, read and watched once. */
export function applyPageLook(
  onSettings?: (settings: Settings) => void,
  root: HTMLElement = document.documentElement,
): void {
  root.dir = i18n.t('@@bidi_dir');
  root.lang = i18n.t('@@ui_locale').replace('_', '-');
  const theme = (settings: Settings) => {
    if (settings.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    onSettings?.(settings);
  };
  void loadSettings().then(theme);
  watchSettings(theme);
}
