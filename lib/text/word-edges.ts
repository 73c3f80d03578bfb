/**
 * What may stand around a name without being part of it, per alias language. The matcher finds an
 * alias anywhere in folded text; these rules decide whether that spot is a whole name.
 */
import { CharClass, classOf, fold, isEdge } from './normalise';

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

/** Russian noun case endings (Эрдогану, Путиным, Идлиба, Анкары), folded like the text (й → и). */
export const RUSSIAN_ENDINGS: ReadonlySet<string> = new Set(
  ['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ым', 'им', 'ах', 'ях', 'ам', 'ям', 'ами', 'ями', 'ов', 'ев'].map(fold),
);

/** Russian nouns that end in these letters drop them before a case ending (Анкара → Анкары). */
export const RUSSIAN_STEM_FINALS = /[аяьй]$/i;

export const enum AliasFlag {
  CaseSensitive = 1,
  /** No clitic before, no ending after: the bare word only. */
  Exact = 2,
  /** Arabic-script alias: Arabic clitics may precede it. */
  ArabicClitics = 4,
  /** A variant without its leading ال: only matches after a clitic that carries the article (بال، لل). */
  NeedsArticle = 8,
  LatinS = 16,
  Russian = 32,
  /** A Russian stem (Анкар): only matches with a case ending after it. */
  NeedsEnding = 64,
}

/** Start of the word that contains `pos`, walking back over letters of `cls` at most `max` units. */
function wordStart(text: string, pos: number, max: number): number {
  let w = pos;
  while (w > 0 && pos - w <= max && !isEdge(text.charCodeAt(w - 1), text.charCodeAt(w))) w--;
  return w;
}

export function startAllowed(text: string, start: number, flags: number): boolean {
  const atEdge = start === 0 || isEdge(text.charCodeAt(start - 1), text.charCodeAt(start));
  if (atEdge) return !(flags & AliasFlag.NeedsArticle);
  if (flags & AliasFlag.Exact || !(flags & AliasFlag.ArabicClitics)) return false;
  if (classOf(text.charCodeAt(start - 1)) !== CharClass.Arabic) return false;
  const w = wordStart(text, start, MAX_CLITIC);
  if (w > 0 && !isEdge(text.charCodeAt(w - 1), text.charCodeAt(w))) return false;
  const clitic = text.slice(w, start);
  if (!ARABIC_CLITICS.has(clitic)) return false;
  return !(flags & AliasFlag.NeedsArticle) || clitic.endsWith('ال') || clitic.endsWith('لل');
}

const MAX_ENDING = 3;

/**
 * Where the mention ends if a name may end at `end`, or -1. An ending written without an apostrophe
 * is part of the word (Эрдогану, Putins) and so part of the mention; one after an apostrophe
 * (Erdoğan'ın) is not, because the apostrophe is already a word edge.
 */
export function mentionEnd(text: string, end: number, flags: number): number {
  const atEdge = end === text.length || isEdge(text.charCodeAt(end - 1), text.charCodeAt(end));
  if (atEdge) return flags & AliasFlag.NeedsEnding ? -1 : end;
  if (flags & AliasFlag.Exact) return -1;
  const endings = flags & AliasFlag.Russian ? RUSSIAN_ENDINGS : flags & AliasFlag.LatinS ? LATIN_S_ENDINGS : undefined;
  if (!endings) return -1;
  let w = end;
  while (w < text.length && w - end <= MAX_ENDING && !isEdge(text.charCodeAt(w - 1), text.charCodeAt(w))) w++;
  if (w < text.length && !isEdge(text.charCodeAt(w - 1), text.charCodeAt(w))) return -1;
  return endings.has(text.slice(end, w)) ? w : -1;
}
