/**
 * The twelve languages Backstory reads, their scripts, and which of them a run of text may be in.
 *
 * A rule of one language (an ending, a clitic, a stop phrase, an alias that is a name only in that
 * language) applies only where the text may be in it. What a run may be in is decided, in order:
 * 1. by the language the page declares for it (the `lang` of the nearest element, else the page's),
 *    where that language is one of the twelve and is written in the script of the letters at hand;
 * 2. else by a guess from the run's own letters: Ukrainian and Russian, Persian and Arabic by
 *    the letters only one of each pair uses; the Latin-script languages by the function words only
 *    one of them writes, and where those are not clear, by franc-min's trigram model, asked to
 *    choose among ours only;
 * 3. and where the guess is unsure (a short run, no telling letters), every language of the script.
 * The guess is lazy: a run in which no rule of one language is at stake is never looked at.
 */
import { francAll } from 'franc-min';
import { CharClass, classOf } from './char-class';

import { LANGS, NO_LANG, declaredLang, type Lang } from './lang-codes';

export { LANGS, NO_LANG, declaredLang, langIndex, type Lang } from './lang-codes';

export const SCRIPT_OF: Record<Lang, CharClass> = {
  ar: CharClass.Arabic,
  fa: CharClass.Arabic,
  en: CharClass.Latin,
  tr: CharClass.Latin,
  fr: CharClass.Latin,
  de: CharClass.Latin,
  es: CharClass.Latin,
  pt: CharClass.Latin,
  it: CharClass.Latin,
  ru: CharClass.Cyrillic,
  uk: CharClass.Cyrillic,
  he: CharClass.Hebrew,
};

/**
 * The language whose names every writer of a script uses as they stand: names in English appear in
 * news in every Latin-script language, names in Arabic in Persian news (حزب‌الله، حماس). An alias in
 * one of these matches in any text of its script; an alias in another language only where the text
 * may be in that language (German "Syrien" is not Syria in French « le peuple syrien »).
 */
export const SHARED_NAMES: ReadonlySet<Lang> = new Set(['en', 'ar', 'ru']);

const bit = (lang: Lang) => 1 << LANGS.indexOf(lang);
const SHARED_MASK = [...SHARED_NAMES].reduce((mask, lang) => mask | bit(lang), 0);
const SCRIPT_MASK = new Map<CharClass, number>();
for (const lang of LANGS) SCRIPT_MASK.set(SCRIPT_OF[lang], (SCRIPT_MASK.get(SCRIPT_OF[lang]) ?? 0) | bit(lang));

/** franc's ISO 639-3 codes for our Latin-script languages. */
const FRANC_CODES: Record<string, Lang> = {
  eng: 'en',
  tur: 'tr',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
};
const FRANC_ONLY = Object.keys(FRANC_CODES);
/** Shorter runs say too little about their language (franc's own default is 10). */
const MIN_GUESS_LENGTH = 12;
/**
 * How much of a run the guess reads: a paragraph says which language it is in, and reading no more
 * keeps the guess's cost bounded however long a run is (a page without blocks is one long run).
 */
const GUESS_SAMPLE = 4000;

/** franc reads this much: its cost grows with the text, and a paragraph tells it enough. */
const FRANC_SAMPLE = 600;

/**
 * The fast path of the Latin guess: the short words each language writes in every sentence (articles,
 * conjunctions, prepositions), those of one language only. Counting them in a paragraph costs
 * microseconds; franc's trigram model costs about half a millisecond, so it is asked only when the
 * count is not clear. Word lists by hand (a few dozen words; no package ships just these). A word
 * two languages both write often is in both lists, so it counts for neither: Italian writes «del»,
 * «un», «una», «con», «al» and «su» as much as Spanish, and an Italian news paragraph (a trial of
 * December 2026) counted 16 "Spanish" words to 30 Italian ones, too close to tell, so every
 * language's names and stop phrases applied to it.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is that was with for said has have are by it from were which this would',
  fr: 'les des du et est une dans pour sur au aux pas avec ont été sont mais cette il elle',
  de: 'der die das und ist nicht mit den dem ein eine sich auch von zu im auf wird für sind',
  es: 'el los las del y un una por con para su al como más fue sus pero ha entre',
  pt: 'o os do dos das um uma no na com não é ao foi pelo pela seu mas também',
  it: 'il gli di della che è per non nel sono alla dei delle degli anche ha ma lo del un una con al su',
  tr: 've bir bu ile için olarak olan gibi daha çok ama değil kadar sonra ise her',
};
const WORD_LANG = (() => {
  const owners = new Map<string, Lang[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS))
    for (const w of words.split(' ')) owners.set(w, [...(owners.get(w) ?? []), lang as Lang]);
  // A word two of the lists share tells nothing.
  return new Map([...owners].filter(([, langs]) => langs.length === 1).map(([w, [lang]]) => [w, lang!]));
})();
/** The longest function word: a longer word is not looked up (and no string is made for it). */
const LONGEST_WORD = Math.max(...[...WORD_LANG.keys()].map((w) => w.length));
/** A letter, as /\p{L}/ says (char-class.ts keeps the answer per unit); surrogates count as none: emoji, mostly. */
function letterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code < 0xd800 || code > 0xdfff) && classOf(code) >= CharClass.Latin;
}

/** The Latin-script language whose function words clearly lead in `text`, if one does. */
function byFunctionWords(text: string): Lang | undefined {
  const hits = new Map<Lang, number>();
  const lower = text.toLowerCase();
  // Runs of letters, as /\p{L}+/ finds them, without a match object for each: a paragraph has hundreds.
  for (let i = 0; i < lower.length;) {
    if (!letterAt(lower, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && letterAt(lower, end)) end++;
    const lang = end - i <= LONGEST_WORD ? WORD_LANG.get(lower.slice(i, end)) : undefined;
    if (lang) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    i = end;
  }
  const [first, second] = [...hits].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * franc's best language where it is clearly ahead. On a paragraph of news the runner-up scores about
 * 0.6–0.87 of the best; on menus and bylines ("Skip to content", "Home Mail News") every language
 * scores within a few per cent, and there the run may be in any of them.
 */
const FRANC_MARGIN = 0.92;
function byTrigrams(text: string): Lang | undefined {
  const [best, second] = francAll(text.slice(0, FRANC_SAMPLE), { only: FRANC_ONLY, minLength: MIN_GUESS_LENGTH });
  if (!best || best[0] === 'und' || (second && second[1] >= FRANC_MARGIN)) return undefined;
  return FRANC_CODES[best[0]];
}

/**
 * Letters only one language of a pair writes: Ukrainian (і ї є ґ) and Russian (ы э ъ ё); Persian
 * (پ چ ژ گ, and its own ی ک) and Arabic (ة ى ي ك). By code unit, 1 for the pair's first language and
 * 2 for its second: counted in one loop, with no array of matches (ي is in most Arabic words).
 */
const PAIR_LETTERS = new Uint8Array(0x10000);
const PAIRS: readonly (readonly [first: string, second: string])[] = [
  ['іїєґІЇЄҐ', 'ыэъёЫЭЪЁ'],
  ['پچژگیک', 'ةىيك'],
];
for (const [first, second] of PAIRS) {
  for (const ch of first) PAIR_LETTERS[ch.charCodeAt(0)] = 1;
  for (const ch of second) PAIR_LETTERS[ch.charCodeAt(0)] = 2;
}

/** One of a pair when its letters are there and the other's are (nearly) not; else both. */
function byLetters(text: string, langA: Lang, langB: Lang): number {
  let na = 0;
  let nb = 0;
  for (let i = 0; i < text.length; i++) {
    const side = PAIR_LETTERS[text.charCodeAt(i)]!;
    if (side === 1) na++;
    else if (side === 2) nb++;
  }
  if (na > 0 && nb * 4 <= na) return bit(langA);
  if (nb > 0 && na * 4 <= nb) return bit(langB);
  return bit(langA) | bit(langB);
}

/** How many letters of `script` the text holds, counted up to `enough`. */
function lettersOf(text: string, script: CharClass, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (classOf(text.charCodeAt(i)) === script) n++;
  return n;
}

function guessScript(whole: string, script: CharClass): number {
  const text = whole.length > GUESS_SAMPLE ? whole.slice(0, GUESS_SAMPLE) : whole;
  switch (script) {
    case CharClass.Cyrillic:
      return byLetters(text, 'uk', 'ru');
    case CharClass.Arabic:
      return byLetters(text, 'fa', 'ar');
    case CharClass.Latin: {
      // A run of another script with a few Latin letters (S-400 in an Arabic article) says nothing
      // about them: without this the guessers read the whole sample for nothing, a third of the
      // time an Arabic article took to match.
      if (lettersOf(text, CharClass.Latin, MIN_GUESS_LENGTH) < MIN_GUESS_LENGTH) return SCRIPT_MASK.get(script)!;
      const guess = byFunctionWords(text) ?? byTrigrams(text);
      return guess ? bit(guess) : SCRIPT_MASK.get(script)!;
    }
    default:
      return SCRIPT_MASK.get(script) ?? 0;
  }
}

/** Entries for a guess per CharClass (the enum's values run from 0 to 9). */
const SCRIPTS = 10;
/** The script of each language, by LANGS index. */
const SCRIPT_AT = LANGS.map((lang) => SCRIPT_OF[lang]);

/**
 * Which languages one run of text may be in, asked language by language and answered lazily:
 * `mayBe(lang)` looks at the text at most once per script.
 */
export class TextLanguage {
  private text = '';
  private declared: Lang | undefined;
  /** `declared`'s bit, asked for every candidate of a run in its script. */
  private declaredBit = 0;
  /** The tag `declared` was read from: a page's runs mostly share one, read once. */
  private declaredTag: string | null | undefined;
  /**
   * The guess per script of the current run, valid where its stamp is the run's: a page's text comes
   * as hundreds of runs, and clearing a map for each was an eighth of matching them. Stamps are
   * doubles, which no count of runs wraps.
   */
  private readonly guessed = new Int32Array(SCRIPTS);
  private readonly guessedRun = new Float64Array(SCRIPTS);
  private run = 0;

  /** Starts on a new run; `declared` is its BCP 47 `lang`, if the page gives one. */
  reset(text: string, declared?: string | null): this {
    this.text = text;
    if (declared !== this.declaredTag) {
      this.declaredTag = declared;
      this.declared = declaredLang(declared);
      this.declaredBit = this.declared ? bit(this.declared) : 0;
    }
    // Stamps start at 0, so the first run is 1.
    this.run++;
    return this;
  }

  /** The languages (a bit per LANGS index) the run's letters of `script` may be in. */
  maskFor(script: CharClass): number {
    const d = this.declared;
    if (d && SCRIPT_OF[d] === script) return this.declaredBit;
    if (this.guessedRun[script] !== this.run) {
      this.guessed[script] = guessScript(this.text, script);
      this.guessedRun[script] = this.run;
    }
    return this.guessed[script]!;
  }

  /** True when the run may be in the language at `index` of LANGS. */
  mayBe(index: number): boolean {
    return index === NO_LANG || (this.maskFor(SCRIPT_AT[index]!) & (1 << index)) !== 0;
  }

  /** True when a name in the language at `index` may match here: shared names always do. */
  nameMayMatch(index: number): boolean {
    return index === NO_LANG || (SHARED_MASK & (1 << index)) !== 0 || this.mayBe(index);
  }
}
