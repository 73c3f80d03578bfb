/** The given names of the bundled packs, as assets/given-names.json holds them (build-given-names.ts). */
import { bundledPacks } from '../../lib/node/bundled-packs';
import { givenNamesOf } from '../../lib/core/knowledge/given-names';
import { packsView } from '../../lib/core/knowledge/pack-matcher';
import { fold } from '../../lib/core/text/normalise';
import { LANGS } from '../../lib/core/text/lang-codes';
import { commonWords, type WordLangs } from './common-words';
import type { Pack } from '../../lib/core/knowledge/pack-schema';

export const GIVEN_NAMES_FILE = 'assets/given-names.json';

/** Dictionaries whose words in small letters include given names. */
const NAMES_AS_WORDS: ReadonlySet<string> = new Set(['es', 'pt', 'tr']);

/**
 * The names of the days and months in the twelve languages, folded, which the dictionaries write
 * with a capital as names: a person may be called Monday or June, but "said on Monday Kyiv had…"
 * is no Mr Monday.
 */
function calendarWords(): Set<string> {
  const out = new Set<string>();
  const add = (lang: string, date: Date, option: Intl.DateTimeFormatOptions) => {
    for (const word of new Intl.DateTimeFormat(lang, { ...option, timeZone: 'UTC' }).format(date).split(/\s/u))
      out.add(fold(word));
  };
  for (const lang of LANGS)
    for (let i = 0; i < 12; i++) {
      // 1–7 January 2024 are Monday to Sunday.
      if (i < 7) add(lang, new Date(Date.UTC(2024, 0, 1 + i)), { weekday: 'long' });
      add(lang, new Date(Date.UTC(2024, i, 15)), { month: 'long' });
      add(lang, new Date(Date.UTC(2024, i, 15)), { month: 'short' });
    }
  return out;
}

/**
 * The file's text: one name a line, so that a change reads as the names it adds or drops. `packs` and
 * `wordLangs` (folded, as the matcher reads: «Lê» matches French «le») are passed in by a caller that
 * already has them (pack-check.ts), so the dictionaries are read once.
 */
export function bundledGivenNames(
  packs: readonly Pack[] = bundledPacks(),
  wordLangs: WordLangs = commonWords(fold),
): string {
  const calendar = calendarWords();
  const names = givenNamesOf(packsView(packs).cards, (word) => {
    if (calendar.has(fold(word))) return true;
    // The Spanish, Portuguese and Turkish dictionaries list given names in small letters too
    // («jorge», «ricardo», «celal»): there only their short words count («Del», «Por», «Bir»).
    return wordLangs(word).some((lang) => !NAMES_AS_WORDS.has(lang) || [...word].length <= 3);
  });
  return `${JSON.stringify(names, null, 1)}\n`;
}
