/**
 * What may stand around a name without being part of it. The matcher finds an alias anywhere in
 * folded text; these rules decide whether that spot is a whole name: a word edge, or a prefix of the
 * alias's language before it (Arabic clitics, Hebrew prefixes), and an edge or an ending of its
 * language after it (Latin s; Russian, Ukrainian and Persian endings, through ending marks in the
 * trie). The affixes themselves are in affixes.ts; whether the text may be in the language that owns
 * them is the matcher's question (languages.ts).
 */
import { CharClass, classOf, isEdge } from './char-class';
import { fold } from './normalise';
import {
  ARABIC_CLITICS,
  HEBREW_PREFIXES,
  LATIN_S_ENDINGS,
  RUSSIAN_ENDINGS,
  RUSSIAN_NOUN_ENDINGS,
  RUSSIAN_NOMINATIVE,
  TURKISH_SUFFIXES,
  UKRAINIAN_ENDINGS,
  UKRAINIAN_NOUN_ENDINGS,
  UKRAINIAN_NOMINATIVE,
  carriesArticle,
  persianEndingAllowed,
} from './affixes';
import { langIndex } from './languages';

export const enum AliasFlag {
  CaseSensitive = 1,
  /** No prefix before, no ending after: the bare word only. */
  Exact = 2,
  /** Arabic alias: Arabic clitics may precede it. */
  ArabicClitics = 4,
  /** A variant without its leading article (ال، ה): only matches after a prefix that carries the article (بال، لل، ב). */
  NeedsArticle = 8,
  LatinS = 16,
  /** Hebrew alias: Hebrew prefixes may precede it. */
  HebrewPrefixes = 32,
  /**
   * A name that is also a common word where a sentence starts (Turkish «Kalın bir duvar», "a thick
   * wall"): there it marks only once its card has been named earlier in the text (matcher.ts).
   */
  SentenceWord = 64,
  /** A surname that is also a given name: followed by a name («Jonathan Moyo») it is not this card (matcher.ts). */
  GivenName = 128,
}

/** Folded text as the matcher holds it: code units and a length. */
export interface Folded {
  buf: Uint16Array;
  len: number;
}

export const edgeAt = (t: Folded, pos: number) => pos === 0 || pos >= t.len || isEdge(t.buf[pos - 1]!, t.buf[pos]!);
/** Folded text [from, to): endings and prefixes, one to a few units, so the common lengths make no array. */
const slice = (t: Folded, from: number, to: number) =>
  to - from === 1
    ? String.fromCharCode(t.buf[from]!)
    : to - from === 2
      ? String.fromCharCode(t.buf[from]!, t.buf[from + 1]!)
      : String.fromCharCode(...t.buf.subarray(from, to));

/** Where the word that continues at `pos` ends, if within `max` units; else -1. */
function wordEnd(t: Folded, pos: number, max: number): number {
  let w = pos;
  while (w < t.len && w - pos <= max && !edgeAt(t, w)) w++;
  return w < t.len && !edgeAt(t, w) ? -1 : w;
}

/**
 * An ending mark stands in a pattern for "one of this language's endings, or none, up to the end of
 * the word". Marks are private-use code units, which never occur in folded text (drop-invisible):
 * the rule at index k of ENDING_RULES is the mark FIRST_MARK + k.
 */
export interface EndingRule {
  lang: number;
  /** Where the mention ends if the word that continues at `pos` ends in an allowed ending; else -1. */
  end(t: Folded, pos: number): number;
}

/** An ending from `endings`, or — where the alias's own word had none to take off — no ending. */
const byList =
  (endings: ReadonlySet<string>, max: number, required: boolean) =>
  (t: Folded, pos: number): number => {
    const w = wordEnd(t, pos, max);
    return (w === pos && !required) || (w > pos && endings.has(slice(t, pos, w))) ? w : -1;
  };

/*
 * A stem cut from a word that had an ending (Лівія → лів|ія, Сирия → сири|я) needs an ending: the bare
 * stem is another word (Ukrainian ліві "left", сирі "raw", росі "dew"). A word that had none (Путін,
 * Ердоган) is also its own nominative, so there the ending may be empty.
 */
export const ENDING_RULES: readonly EndingRule[] = [
  { lang: langIndex('ru'), end: byList(RUSSIAN_ENDINGS, 3, false) },
  { lang: langIndex('uk'), end: byList(UKRAINIAN_ENDINGS, 4, false) },
  {
    lang: langIndex('fa'),
    end: (t, pos) => {
      const w = wordEnd(t, pos, 3);
      return w >= pos && persianEndingAllowed(slice(t, pos, w), t.buf[pos - 1]!) ? w : -1;
    },
  },
  { lang: langIndex('ru'), end: byList(RUSSIAN_ENDINGS, 3, true) },
  { lang: langIndex('uk'), end: byList(UKRAINIAN_ENDINGS, 4, true) },
  { lang: langIndex('ru'), end: byList(RUSSIAN_NOUN_ENDINGS, 3, false) },
  { lang: langIndex('uk'), end: byList(UKRAINIAN_NOUN_ENDINGS, 4, false) },
  { lang: langIndex('tr'), end: byList(TURKISH_SUFFIXES, 6, false) },
];
// A trie state has one bit for each rule's mark, eight in all (trie.ts, Field.Marks).
if (ENDING_RULES.length > 8) throw new Error('more ending rules than a trie state has bits for');
export const FIRST_MARK = 0xe000;
const mark = (rule: number) => String.fromCharCode(FIRST_MARK + rule);
/** The marks by name: an optional ending, a required one (after a stem cut from its ending), Persian's. */
const MARKS = {
  ru: { optional: mark(0), required: mark(3), noun: mark(5) },
  uk: { optional: mark(1), required: mark(4), noun: mark(6) },
  fa: mark(2),
  tr: mark(7),
};
export const isEndingMark = (c: number) => c >= FIRST_MARK && c < FIRST_MARK + ENDING_RULES.length;

/** Whether the fold drops the space between `before` and `word`: a letter (or its ending mark), then a number. */
const joinsNumber = (before: string, word: string) =>
  /^\p{N}/u.test(word) && (/\p{L}$/u.test(before) || isEndingMark(before.charCodeAt(before.length - 1)));

/** Aliases shorter than this, per word, are matched as written: short stems catch unrelated words. */
const MIN_STEM = 3;
/**
 * A name of four letters ending in one of these is a foreign name that does not decline (Того, Мали,
 * Чили, Осло, Сочи, Малі) and is matched as written: cut to three letters, its stem would take the
 * endings of everyday words (того "of that", мало "little", осла "donkey's", малі "small"). Names in
 * -а and -я decline (Куба, Кубы; Газа, в Газе) and keep their stems.
 */
const UNDECLINED = new Set(['о', 'е', 'и', 'і', 'є', 'ї', 'у', 'ю']);
const isAcronym = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * The folded pattern for a Russian or Ukrainian alias: every word of four letters or more (acronyms
 * aside) becomes its stem and the language's ending mark. "Рабочая партия Курдистана" →
 * "рабоч~ парти~ курдистан~", which matches "Рабочей партии Курдистана" as well. In a name of
 * several words a short word takes an ending too, uncut: the genitive of "Кир Стармер" is "Кира
 * Стармера", of "Ким Чен Ын" "Ким Чен Ына"; the rest of the name keeps it from matching a word.
 */
export function stemPattern(alias: string, lang: 'ru' | 'uk'): string {
  const nominative = lang === 'ru' ? RUSSIAN_NOMINATIVE : UKRAINIAN_NOMINATIVE;
  const { optional, required, noun } = MARKS[lang];
  const words = alias.trim().split(/\s+/);
  return (
    words
      .map((word) => {
        const f = fold(word);
        if (isAcronym(word)) return f;
        if (f.length < MIN_STEM + 1) return words.length > 1 && /^\p{L}+$/u.test(f) ? f + optional : f;
        // As written, not folded: й folds to и, and Юрий declines (Юрия, Юрием).
        if (f.length === MIN_STEM + 1 && UNDECLINED.has(word.slice(-1).toLowerCase())) return f;
        for (let cut = Math.min(2, f.length - MIN_STEM); cut > 0; cut--) {
          if (!nominative.has(f.slice(-cut))) continue;
          // A plural noun in -ы/-и inside a name drops its ending in the genitive plural: Вооружённых
          // сил Украины, Міжнародних сил стабілізації. The rest of the name keeps сил from being a word.
          const pluralInName = words.length > 1 && cut === 1 && /[ыи]$/iu.test(word);
          return f.slice(0, -cut) + (pluralInName ? optional : required);
        }
        // No ending in the dictionary form: a noun's cases only (Донецке, not донецкий).
        return f + noun;
      })
      // As the text is folded: no space from a word to a number (Движение 23 марта → движение23 марта).
      .reduce((out, word, k) => (k === 0 ? word : out + (joinsNumber(out, word) ? '' : ' ') + word), '')
  );
}

/**
 * A surname that is an adjective (Зеленський, Зеленська; Зеленский, Зеленская) declines as one, and the
 * other gender's form is another person: «перша леді Олена Зеленська» marked Volodymyr Zelensky (a
 * trial, December 2026), since the language's endings (Зеленськ|а, |ою, |ого) serve both. Such a
 * one-word alias stands for its own gender's case forms only, written out. Undefined for any other alias.
 */
export function adjectiveSurnameForms(alias: string, lang: 'ru' | 'uk'): string[] | undefined {
  const word = alias.trim();
  if (/\s/u.test(word)) return undefined;
  // Ukrainian writes the soft sign (-ський, -ська), Russian not (-ский, -ская): Аляска is a noun.
  const match = (lang === 'uk' ? /[сц]ьк(ий|а)$/u : /[сц]к(ий|ая)$/u).exec(word);
  if (!match) return undefined;
  const gender = match[1] === 'ий' ? 'masculine' : 'feminine';
  const stem = word.slice(0, -match[1]!.length);
  return SURNAME_ENDINGS[lang][gender].map((ending) => fold(stem + ending));
}

/** The case endings of an adjective, each gender's, singular: nominative first. */
const SURNAME_ENDINGS = {
  uk: { masculine: ['ий', 'ого', 'ому', 'им', 'ім'], feminine: ['а', 'ої', 'ій', 'у', 'ою'] },
  ru: { masculine: ['ий', 'ого', 'ому', 'им', 'ом'], feminine: ['ая', 'ой', 'ую', 'ою'] },
} as const;

/** A German adjective as names lead with it: Demokratische, Vereinigte, Föderative, Nördliche. */
const GERMAN_ADJECTIVE = /^[A-ZÄÖÜ][a-zäöüß]{2,}(?:sch|ig|t|iv|lich|al)e$/;

/**
 * A German name's form after an article (der Demokratischen Republik Kongo, den Vereinigten Staaten):
 * the adjectives it leads with take -n. Undefined for a name that does not lead with one.
 */
export function germanDeclined(alias: string): string | undefined {
  const words = alias.trim().split(/\s+/);
  let k = 0;
  for (; k < words.length - 1 && GERMAN_ADJECTIVE.test(words[k]!); k++) words[k] += 'n';
  return k > 0 ? words.join(' ') : undefined;
}

/** The folded pattern for a Persian alias: endings may follow its last word (پوتین‌ها، ترکیه‌ای). */
export function persianPattern(alias: string): string {
  const f = fold(alias);
  const last = f.slice(f.lastIndexOf(' ') + 1);
  return last.length < MIN_STEM ? f : f + MARKS.fa;
}

/**
 * The folded pattern for a Turkish alias: a name whose last word is a common noun in lower case
 * (İsrail ordusu, Fattah füzesi, Suriye rejimi) takes a case or plural suffix joined to it
 * (İsrail ordusunun, Fattah füzesini); a proper noun takes its suffix after an apostrophe.
 */
export function turkishPattern(alias: string): string {
  const f = fold(alias);
  const words = alias.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length > 1 && /^\p{Ll}{3,}$/u.test(last) ? f + MARKS.tr : f;
}

/** Prefix sets by script, and the letters they begin with. */
const PREFIXES = new Map<number, ReadonlySet<string>>([
  [CharClass.Arabic, ARABIC_CLITICS],
  [CharClass.Hebrew, HEBREW_PREFIXES],
]);
const MAX_PREFIX = Math.max(...[...ARABIC_CLITICS, ...HEBREW_PREFIXES].map((c) => c.length));
const PREFIX_LETTERS = new Set(
  [...ARABIC_CLITICS, ...HEBREW_PREFIXES].flatMap((c) => [...c].map((ch) => ch.charCodeAt(0))),
);

/** Where a match may start: not at all, on a word edge, or after a prefix of the alias's language. */
export const enum Start {
  No = 0,
  Edge = 1,
  Prefixed = 2,
}

/**
 * `end`: where the pattern ends, for the Arabic article's rule: ال joined before a name of several
 * words written without it makes no name («الجيش محمد» is "the army" and a first name, not جيش محمد).
 */
export function startAt(t: Folded, start: number, flags: number, end = start): Start {
  if (edgeAt(t, start)) return flags & AliasFlag.NeedsArticle ? Start.No : Start.Edge;
  if (flags & AliasFlag.Exact) return Start.No;
  const script = classOf(t.buf[start - 1]!);
  const hebrew = script === CharClass.Hebrew;
  if (!(flags & (hebrew ? AliasFlag.HebrewPrefixes : AliasFlag.ArabicClitics))) return Start.No;
  const set = PREFIXES.get(script);
  if (!set) return Start.No;
  let w = start;
  while (w > 0 && start - w <= MAX_PREFIX && !edgeAt(t, w)) w--;
  if (!edgeAt(t, w)) return Start.No;
  let prefix = slice(t, w, start);
  if (hebrew && !set.has(prefix) && doubledVav(t, start, prefix)) prefix = prefix.slice(0, -1);
  if (!set.has(prefix)) return Start.No;
  if (flags & AliasFlag.NeedsArticle) return carriesArticle(prefix, hebrew) ? Start.Prefixed : Start.No;
  if (!hebrew && carriesArticle(prefix, false))
    for (let i = start; i < end; i++) if (t.buf[i] === 0x20) return Start.No;
  return Start.Prefixed;
}

/** Whether a pattern with these flags may end inside a word: one that takes a Latin s (Putins). */
export const mayEndInsideWord = (flags: number) => (flags & (AliasFlag.LatinS | AliasFlag.Exact)) === AliasFlag.LatinS;

/**
 * Where the mention ends if a name may end at `end`, or -1. An ending written without an apostrophe
 * is part of the word (Putins, F-35s) and so part of the mention; one after an apostrophe
 * (Erdoğan'ın) is not, because the apostrophe is already a word edge.
 */
export function mentionEnd(t: Folded, end: number, flags: number): number {
  if (end >= t.len || edgeAt(t, end)) return end;
  if (!mayEndInsideWord(flags)) return -1;
  const w = wordEnd(t, end, 1);
  return w > end && LATIN_S_ENDINGS.has(slice(t, end, w)) ? w : -1;
}

/**
 * Calls `visit(pos)` for each place inside the Arabic or Hebrew word starting at `start` where a
 * name may begin after a joined prefix (وبال|الناتو → after و, وب, وبال; ושב|טורקיה → after ו, וש, ושב).
 */
export function forEachPrefixEnd(t: Folded, start: number, visit: (pos: number) => void): void {
  const script = classOf(t.buf[start]!);
  const keys = PREFIX_KEYS.get(script);
  if (!keys) return;
  let key = 0;
  for (let k = 1; k <= MAX_PREFIX && start + k < t.len; k++) {
    const c = t.buf[start + k - 1]!;
    if (!PREFIX_LETTERS.has(c) || classOf(t.buf[start + k]!) !== script) return;
    key = key * 0x100 + (c & 0xff);
    if (!keys.has(key)) continue;
    visit(start + k);
    // בוונצואלה: after the prefix, the name's leading vav written twice; the name starts at the second.
    if (script === CharClass.Hebrew && t.buf[start + k] === VAV && t.buf[start + k + 1] === VAV) visit(start + k + 1);
  }
}

const VAV = 0x05d5;

/**
 * Whether `prefix`, before the name at `start`, is a prefix and a vav: Hebrew spelling doubles a
 * word's leading consonantal vav when a prefix joins it (ב + ונצואלה → בוונצואלה, ל + ויטקוף →
 * לוויטקוף), and the name keeps the second.
 */
const doubledVav = (t: Folded, start: number, prefix: string) =>
  prefix.length >= 2 && prefix.charCodeAt(prefix.length - 1) === VAV && t.buf[start] === VAV;

/**
 * Each prefix as a number, the low byte of each unit in base 0x100 (a script's prefix letters lie in
 * one block of 256: Arabic U+06xx, Hebrew U+05xx): every Arabic and Hebrew word start asks for its
 * prefixes, and a string built and hashed for each was a sixth of an Arabic article's scan.
 */
const prefixKey = (prefix: string) => [...prefix].reduce((key, ch) => key * 0x100 + (ch.charCodeAt(0) & 0xff), 0);
const PREFIX_KEYS = new Map([...PREFIXES].map(([script, set]) => [script, new Set([...set].map(prefixKey))]));
if (
  0x100 ** MAX_PREFIX > Number.MAX_SAFE_INTEGER ||
  [...PREFIXES].some(([s, set]) => PREFIX_KEYS.get(s)!.size !== set.size)
)
  throw new Error('prefix keys do not tell the prefixes apart');
