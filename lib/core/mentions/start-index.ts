/**
 * The start index: a small matcher per language that a tab reads straight from extension storage,
 * so a page is marked before a stopped service worker has woken. In Chromium the browser takes
 * 160–250 ms to start a stopped worker (bench:browser's empty-extension baseline), while 300 kB
 * read from extension storage arrive in 20–50 ms without it. The background writes one index per
 * language each time it builds its view (and after the browser restarts); it holds the names of that language's script a page in it
 * most often carries — the reader's own cards and the packs of at most START_PACK_MOST cards (the
 * hand-written ones, the countries), titles left out (they resolve by the article's date, in the
 * background). What it finds is a part of what the background finds: the tab marks it at once and
 * reads the page again if the background's answer for the same text turns out to differ.
 */
import { packFields, unpackFields } from '../base/packed-fields';
import { fromBase64, toBase64 } from '../base/base64';
import type { FoundResponse } from '../protocol';
import { CharClass, classOf } from '../text/char-class';
import { fold } from '../text/normalise';
import { LANGS, declaredLang, SCRIPT_OF, SHARED_NAMES, type Lang } from '../text/languages';
import { eachMention, loadMatcher, storeMatcher, type AliasSpec, type Matcher } from '../text/matcher';
import { matcherFields, matcherOfFields } from '../text/matcher-fields';
import { runSteps } from '../text/build-steps';
import { ReplyEntities } from './reply-entities';

/** The storage key of a language's index. */
export const startIndexKey = (lang: Lang) => `start-index:${lang}`;
/** The data revision the stored indexes were built from. */
export const START_REVISION_KEY = 'start-index-revision';
/** The sites that have exclusions: there a tab waits for the background, which knows them. */
export const START_SITES_KEY = 'start-index-sites';
/** A pack with more cards than this stays out (the generated places, a reader's imported atlas). */
export const START_PACK_MOST = 1_000;
/**
 * An index longer than this (in characters of base64, 390 kB) is not written: read from storage,
 * a larger one would cost a tab as much time as it saves. (450,000 until the world pack's growth in
 * December 2026 took German's past it and Turkish's to within a kilobyte: the Latin-script
 * languages carry English's names too.)
 */
export const START_INDEX_MOST = 520_000;

/** The script of an alias's first letter, or undefined for one with none. */
function scriptOf(text: string): CharClass | undefined {
  const folded = fold(text);
  for (let i = 0; i < folded.length; i++) {
    const c = classOf(folded.charCodeAt(i));
    if (c >= CharClass.Latin) return c;
  }
  return undefined;
}

/**
 * The aliases (and stop phrases) a page in each language is read with first: those of its language,
 * of its script's shared one, and of none, written in its script. Each alias is folded once; yields
 * every thousand (the background sorts hundreds of thousands, in slices).
 */
export function* startIndexSpecSteps(specs: readonly AliasSpec[]): Generator<void, Map<Lang, AliasSpec[]>> {
  const out = new Map<Lang, AliasSpec[]>(LANGS.map((l) => [l, []]));
  for (let i = 0; i < specs.length; i++) {
    if (i % 1000 === 999) yield;
    const spec = specs[i]!;
    const script = scriptOf(spec.text);
    if (script === undefined) continue;
    // As the matcher reads them: a name in a shared language (English, Arabic, Russian) or in none
    // matches in any text of its script, one in another language only in text of that language.
    const everywhere = !(LANGS as readonly string[]).includes(spec.lang) || SHARED_NAMES.has(spec.lang as Lang);
    for (const lang of LANGS)
      if (SCRIPT_OF[lang] === script && (everywhere || spec.lang === lang)) out.get(lang)!.push(spec);
  }
  return out;
}

/** `startIndexSpecSteps` at once. */
export const startIndexSpecs = (specs: readonly AliasSpec[]) => runSteps(startIndexSpecSteps(specs));

export interface StartIndex {
  lang: Lang;
  /** The data revision it was built from: an answer of another revision is not the same data. */
  revision: number;
  matcher: Matcher;
  /** Index into KINDS of each of the matcher's entities. */
  kinds: Uint8Array;
}

/** The index as stored: its packed arrays (packed-fields.ts) in base64, since storage keeps JSON. */
export function encodeStartIndex({ lang, revision, matcher, kinds }: StartIndex): string {
  const parts = packFields({ lang, revision, ...matcherFields(storeMatcher(matcher), kinds) });
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return toBase64(bytes);
}

/** The index stored as `text`, or undefined for anything that is not a whole one. */
export function decodeStartIndex(text: unknown): StartIndex | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = fromBase64(text);
  const fields = bytes && unpackFields(bytes.buffer);
  const stored = fields && matcherOfFields(fields);
  const lang = declaredLang(typeof fields?.lang === 'string' ? fields.lang : undefined);
  if (!stored || !lang || typeof fields.revision !== 'number') return undefined;
  try {
    // Without the walk's shortcuts: a tab reads a slice or two with it, and they cost more than they save there.
    return { lang, revision: fields.revision, matcher: loadMatcher(stored.matcher, false), kinds: stored.kinds };
  } catch {
    return undefined;
  }
}

/**
 * The mentions in `runs` as a `mentions/find` reply would carry them. A run in another language
 * than the index's is left unread (no mentions): `whole` then says the answer is not the page's.
 */
export function startFound(
  index: StartIndex,
  runs: readonly { text: string; lang?: string | undefined }[],
): { answer: FoundResponse; whole: boolean } {
  const entities = new ReplyEntities();
  const named = new Set<number>();
  let whole = true;
  const found = runs.map(({ text, lang }) => {
    const flat: number[] = [];
    if (declaredLang(lang) !== index.lang) {
      whole = false;
      return flat;
    }
    eachMention(
      index.matcher,
      text,
      lang,
      (e, start, end) => flat.push(entities.slotOf(index.matcher.entities.at(e), index.kinds[e]!), start, end),
      undefined,
      named,
    );
    return flat;
  });
  return { answer: { revision: index.revision, found, entities: entities.list }, whole };
}
