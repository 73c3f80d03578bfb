/**
 * The twelve languages Backstory reads, their scripts, and which of them a run of text may be in.
 *
 * A rule of one language (an ending, a clitic, a stop phrase, an alias that is a name only in that
 * language) applies only where the text may be in it. What a run may be in is decided, in order:
 * 1. by the language the page declares for it (the `lang` of the nearest element, else the page's),
 *    where that language is one of the twelve and is written in the script of the letters at hand;
 * 2. else by a guess from the run's own letters: Ukrainian and Russian, Persian and Arabic by
 *    the letters only one of each pair uses; the Latin-script languages by franc-min's trigram
 *    model, asked to choose among ours only;
 * 3. and where the guess is unsure (a short run, no telling letters), every language of the script.
 * The guess is lazy: a run in which no rule of one language is at stake is never looked at.
 */
import { franc } from 'franc-min';
import { CharClass } from './char-class';

export const LANGS = ['ar', 'en', 'tr', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'fa', 'uk', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/** Index of a language in LANGS; a pattern stores it in one byte. */
export const langIndex = (lang: string): number => {
  const i = (LANGS as readonly string[]).indexOf(lang);
  return i < 0 ? NO_LANG : i;
};
/** An alias or phrase of no particular language: it applies everywhere. */
export const NO_LANG = 255;

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
const maskOf = (langs: readonly Lang[]) => langs.reduce((m, l) => m | bit(l), 0);
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

/** The primary subtag of a BCP 47 tag, if it is one of ours: "pt-BR" → pt, "iw" (old Hebrew) → he. */
export function declaredLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  const known = primary === 'iw' ? 'he' : primary === 'pes' || primary === 'prs' ? 'fa' : primary;
  return (LANGS as readonly string[]).includes(known) ? (known as Lang) : undefined;
}

/** Letters only Ukrainian writes (і ї є ґ), and only Russian (ы э ъ ё). */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/gu;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/gu;
/** Letters only Persian writes (پ چ ژ گ, and its own ی ک), and only Arabic (ة ى ي ك). */
const PERSIAN_ONLY = /[پچژگیک]/gu;
const ARABIC_ONLY = /[ةىيك]/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** One of a pair when its letters are there and the other's are (nearly) not; else both. */
function byLetters(text: string, a: RegExp, b: RegExp, langA: Lang, langB: Lang): number {
  const na = count(text, a);
  const nb = count(text, b);
  if (na > 0 && nb * 4 <= na) return bit(langA);
  if (nb > 0 && na * 4 <= nb) return bit(langB);
  return bit(langA) | bit(langB);
}

function guessScript(text: string, script: CharClass): number {
  switch (script) {
    case CharClass.Cyrillic:
      return byLetters(text, UKRAINIAN_ONLY, RUSSIAN_ONLY, 'uk', 'ru');
    case CharClass.Arabic:
      return byLetters(text, PERSIAN_ONLY, ARABIC_ONLY, 'fa', 'ar');
    case CharClass.Latin: {
      if (text.length < MIN_GUESS_LENGTH) return SCRIPT_MASK.get(script)!;
      const guess = FRANC_CODES[franc(text, { only: FRANC_ONLY, minLength: MIN_GUESS_LENGTH })];
      return guess ? bit(guess) : SCRIPT_MASK.get(script)!;
    }
    default:
      return SCRIPT_MASK.get(script) ?? 0;
  }
}

/**
 * Which languages one run of text may be in, asked language by language and answered lazily:
 * `mayBe(lang)` looks at the text at most once per script.
 */
export class TextLanguage {
  private text = '';
  private declared: Lang | undefined;
  private readonly guessed = new Map<CharClass, number>();

  /** Starts on a new run; `declared` is its BCP 47 `lang`, if the page gives one. */
  reset(text: string, declared?: string | null): this {
    this.text = text;
    this.declared = declaredLang(declared);
    this.guessed.clear();
    return this;
  }

  /** The languages (a bit per LANGS index) the run's letters of `script` may be in. */
  maskFor(script: CharClass): number {
    const d = this.declared;
    if (d && SCRIPT_OF[d] === script) return bit(d);
    let mask = this.guessed.get(script);
    if (mask === undefined) {
      mask = guessScript(this.text, script);
      this.guessed.set(script, mask);
    }
    return mask;
  }

  /** True when the run may be in the language at `index` of LANGS. */
  mayBe(index: number): boolean {
    if (index === NO_LANG) return true;
    const lang = LANGS[index]!;
    return (this.maskFor(SCRIPT_OF[lang]) & (1 << index)) !== 0;
  }

  /** True when a name in the language at `index` may match here: shared names always do. */
  nameMayMatch(index: number): boolean {
    return index === NO_LANG || SHARED_NAMES.has(LANGS[index]!) || this.mayBe(index);
  }
}

export const ALL_LANGS_MASK = maskOf(LANGS);
