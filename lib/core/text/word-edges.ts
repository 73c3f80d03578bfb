/**
 * What may stand around a name without being part of it, per alias language. The matcher finds an
 * alias anywhere in folded text; these rules decide whether that spot is a whole name.
 */
import { CharClass, classOf, isEdge } from './char-class';
import { fold } from './normalise';

/**
 * Arabic proclitics written joined to the next word: a conjunction (و ف), then a preposition
 * (ب ك ل), then the article (ال), with ل + ال written لل. Every non-empty combination, folded.
 */
export const ARABIC_CLITICS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const art of ['', 'ال']) {
        const s = prep === 'ل' && art ? `${conj}لل` : conj + prep + art;
        if (s) out.add(s);
      }
  return out;
})();

/** The longest clitic, in code units: how far back a match start may look for one. */
const MAX_CLITIC = Math.max(...[...ARABIC_CLITICS].map((c) => c.length));

/** Endings written without an apostrophe: English plural and German genitive s (F-35s, Putins). */
export const LATIN_S_ENDINGS: ReadonlySet<string> = new Set(['s']);

/**
 * Russian case endings of nouns and adjectives (Эрдогану, Путиным, Идлиба, Анкары, Рабочей партии),
 * folded like the text (й → и). A Russian alias word is stored as its stem plus STEM_MARK, and the
 * walk lets the mark stand for any of these endings, or none, up to the end of the word.
 */
export const RUSSIAN_ENDINGS: ReadonlySet<string> = new Set(
  [
    'а',
    'я',
    'у',
    'ю',
    'е',
    'ы',
    'и',
    'о',
    'ь',
    'ом',
    'ем',
    'ой',
    'ей',
    'ою',
    'ею',
    'ым',
    'им',
    'ах',
    'ях',
    'ам',
    'ям',
    'ов',
    'ев',
    'ью',
    'ии',
    'ия',
    'ие',
    'ию',
    'ами',
    'ями',
    'ией',
    'иям',
    'иях',
    'ая',
    'яя',
    'ое',
    'ее',
    'ые',
    'ий',
    'ый',
    'ую',
    'юю',
    'ых',
    'их',
    'ого',
    'его',
    'ому',
    'ему',
    'ыми',
    'ими',
  ].map(fold),
);

/** Endings of the dictionary form an alias is written in (nominative): the only ones taken off to find the stem. */
const NOMINATIVE_ENDINGS: ReadonlySet<string> = new Set(
  ['а', 'я', 'ь', 'й', 'о', 'е', 'ы', 'и', 'ая', 'яя', 'ое', 'ее', 'ый', 'ий', 'ой', 'ые', 'ие'].map(fold),
);

/** Stands in a Russian alias for "any case ending, or none, to the end of the word". Never occurs in folded text. */
export const STEM_MARK = 0xe000;
const MAX_ENDING_LEN = 3;

/** Aliases shorter than this, per word, are matched as written: short stems catch unrelated words. */
const MIN_STEM = 3;

/**
 * The folded pattern for a Russian alias: every word of four letters or more (acronyms aside)
 * becomes its stem and STEM_MARK. "Рабочая партия Курдистана" → "рабоч~ парти~ курдистан~",
 * which matches "Рабочей партии Курдистана" as well.
 */
export function russianPattern(alias: string): string {
  return alias
    .trim()
    .split(/\s+/)
    .map((word) => {
      const folded = fold(word);
      if (folded.length < MIN_STEM + 1 || (word === word.toUpperCase() && word !== word.toLowerCase())) return folded;
      for (let cut = Math.min(2, folded.length - MIN_STEM); cut > 0; cut--) {
        if (NOMINATIVE_ENDINGS.has(folded.slice(-cut))) return folded.slice(0, -cut) + String.fromCharCode(STEM_MARK);
      }
      return folded + String.fromCharCode(STEM_MARK);
    })
    .join(' ');
}

/** Where the Cyrillic word that continues at `pos` ends, if what lies between is a Russian ending (or nothing); else -1. */
export function russianEndingEnd(t: Folded, pos: number): number {
  let w = pos;
  while (w < t.len && w - pos <= MAX_ENDING_LEN && !edgeAt(t, w)) w++;
  if (w < t.len && !edgeAt(t, w)) return -1;
  if (w === pos) return pos;
  return RUSSIAN_ENDINGS.has(slice(t, pos, w)) ? w : -1;
}

export const enum AliasFlag {
  CaseSensitive = 1,
  /** No clitic before, no ending after: the bare word only. */
  Exact = 2,
  /** Arabic-script alias: Arabic clitics may precede it. */
  ArabicClitics = 4,
  /** A variant without its leading ال: only matches after a clitic that carries the article (بال، لل). */
  NeedsArticle = 8,
  LatinS = 16,
}

/** Folded text as the matcher holds it: code units and a length. */
export interface Folded {
  buf: Uint16Array;
  len: number;
}

export const edgeAt = (t: Folded, pos: number) => pos === 0 || pos >= t.len || isEdge(t.buf[pos - 1]!, t.buf[pos]!);
const slice = (t: Folded, from: number, to: number) => String.fromCharCode(...t.buf.subarray(from, to));

/** Start of the word that contains `pos`, walking back at most `max` units. */
function wordStart(t: Folded, pos: number, max: number): number {
  let w = pos;
  while (w > 0 && pos - w <= max && !edgeAt(t, w)) w--;
  return w;
}

export function startAllowed(t: Folded, start: number, flags: number): boolean {
  if (edgeAt(t, start)) return !(flags & AliasFlag.NeedsArticle);
  if (flags & AliasFlag.Exact || !(flags & AliasFlag.ArabicClitics)) return false;
  if (classOf(t.buf[start - 1]!) !== CharClass.Arabic) return false;
  const w = wordStart(t, start, MAX_CLITIC);
  if (!edgeAt(t, w)) return false;
  const clitic = slice(t, w, start);
  if (!ARABIC_CLITICS.has(clitic)) return false;
  return !(flags & AliasFlag.NeedsArticle) || clitic.endsWith('ال') || clitic.endsWith('لل');
}

/**
 * Where the mention ends if a name may end at `end`, or -1. An ending written without an apostrophe
 * is part of the word (Putins, F-35s) and so part of the mention; one after an apostrophe
 * (Erdoğan'ın) is not, because the apostrophe is already a word edge.
 */
export function mentionEnd(t: Folded, end: number, flags: number): number {
  if (end >= t.len || edgeAt(t, end)) return end;
  if (flags & AliasFlag.Exact || !(flags & AliasFlag.LatinS)) return -1;
  let w = end + 1;
  while (w < t.len && w - end <= 1 && !edgeAt(t, w)) w++;
  if (w < t.len && !edgeAt(t, w)) return -1;
  return LATIN_S_ENDINGS.has(slice(t, end, w)) ? w : -1;
}

/** Folded code units that can begin a clitic: و ف ب ك ل ا. */
const CLITIC_LETTERS = new Set([...ARABIC_CLITICS].flatMap((c) => [...c].map((ch) => ch.charCodeAt(0))));

/**
 * Calls `visit(pos)` for each place inside the Arabic word starting at `start` where a name may
 * begin after a joined clitic (وبال|الناتو → after و, وب, وبال).
 */
export function forEachCliticEnd(t: Folded, start: number, visit: (pos: number) => void): void {
  let clitic = '';
  for (let k = 1; k <= MAX_CLITIC && start + k < t.len; k++) {
    const c = t.buf[start + k - 1]!;
    if (!CLITIC_LETTERS.has(c) || classOf(t.buf[start + k]!) !== CharClass.Arabic) return;
    clitic += String.fromCharCode(c);
    if (ARABIC_CLITICS.has(clitic)) visit(start + k);
  }
}
