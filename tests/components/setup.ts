/**
 * The browser's i18n for components rendered in happy-dom: the real `#i18n` module (WXT's
 * @wxt-dev/i18n) over `chrome.i18n.getMessage`, answered from locales/en.yml as the build would
 * compile it. Pages render in English with a left-to-right UI.
 */
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));
const PREDEFINED: Record<string, string> = { '@@ui_locale': 'en', '@@bidi_dir': 'ltr' };

function getMessage(name: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const text = PREDEFINED[name] ?? messages[name]?.message ?? '';
  // Chrome's positional substitutions: $1 … $9.
  return text.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}

Object.assign(globalThis, {
  chrome: { runtime: { id: 'backstory-test' }, i18n: { getMessage, getUILanguage: () => 'en' } },
});
