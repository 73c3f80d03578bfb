/**
 * What the parts of the content script share, owned by the controller and read by the rest: the
 * reader's settings, the card language they give, the article's publication date, and whether
 * Backstory is on for this page.
 */
import type { CardLang } from '../core/card-strings';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';

export interface PageState {
  settings: Settings;
  lang: CardLang;
  /** The article's publication date, read again after a single-page navigation. */
  published: string | undefined;
  /** Backstory is on for this page: marks drawn, input listened to. */
  active: boolean;
}

export function initialPageState(): PageState {
  return { settings: DEFAULT_SETTINGS, lang: 'en', published: undefined, active: false };
}
