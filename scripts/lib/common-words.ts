/**
 * Which names are also ordinary words: the hunspell dictionaries of wooorm/dictionaries
 * (dictionary-en…, dev dependencies, read at build and check time only). The places generator drops
 * such a name unless it is big enough (place-names.ts); `npm run pack:check` asks a hand-written pack
 * to flag it case-sensitive ("trump", "rubio", Turkish "fidan").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Languages whose dictionaries tell ordinary words (the others write without capitals). */
export const DICTIONARIES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'tr', 'ru', 'uk'] as const;
export type DictionaryLang = (typeof DICTIONARIES)[number];

/** The languages whose dictionary has `word` (lower case) as an ordinary word; none: a name only. */
export type WordLangs = (word: string) => readonly DictionaryLang[];

/**
 * `key` turns a word into what is compared: the dictionary's words and the words looked up alike.
 * The places generator compares lower case; `npm run pack:check` compares folded text, as the matcher
 * reads it (an alias "Bahceli" also matches Turkish "bahçeli", "with a garden").
 */
export function commonWords(key: (word: string) => string = (word) => word): WordLangs {
  const words = new Map<string, DictionaryLang[]>();
  for (const lang of DICTIONARIES) {
    const path = fileURLToPath(new URL(`../../node_modules/dictionary-${lang}/index.dic`, import.meta.url));
    // The first line is the count; a word is written before its affix flags.
    for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
      const [word = '', flags = ''] = line.trim().split('/');
      // Lower case only: a capitalised entry is itself a name (Paris, Berlin). German lists city
      // names in lower case too, flagged only as the start of a compound (seattle/Sozm), some with
      // their -er adjective (stuttgart/SRozm, magdeburg/SRozm): not words.
      if (!word || word !== word.toLocaleLowerCase(lang) || (lang === 'de' && /^[SRozm]+$/.test(flags))) continue;
      const k = key(word);
      const langs = words.get(k);
      if (!langs) words.set(k, [lang]);
      else if (!langs.includes(lang)) langs.push(lang);
    }
  }
  return (word) => words.get(key(word)) ?? [];
}
