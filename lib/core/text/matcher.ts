/**
 * The matcher: every alias of every card folded into one automaton, plus what each pattern needs to
 * decide its word edges. Built once per data revision in the background, which answers the tabs'
 * text with it (and keeps it stored between service-worker starts); the scan CLI calls the same
 * `findMentions`, so the two always agree.
 */
import { runSteps } from './build-steps';
import {
  keepPatterns,
  loadTrie,
  storedTrie,
  trieBytes,
  trieSteps,
  walk,
  type OpenPatterns,
  type StoredTrie,
  type Trie,
} from './trie';
import { CharClass, classOf } from './char-class';
import { FoldBuffer, fold, toOriginal } from './normalise';
import {
  AliasFlag,
  ENDING_RULES,
  Start,
  adjectiveSurnameForms,
  forEachPrefixEnd,
  germanDeclined,
  mayEndInsideWord,
  mentionEnd,
  persianPattern,
  startAt,
  stemPattern,
  turkishPattern,
} from './word-edges';
import { JoinedStrings } from './joined-strings';
import { namedEntity } from './after-name';
import { afterGivenName, isGivenName } from './given-name';
import type { AliasSpec } from './alias-spec';
import { NO_LANG, SHARED_NAMES, TextLanguage, langIndex, type Lang } from './languages';

/** The entity of a stop phrase: it is matched like any alias, wins as the longer match, and marks nothing. */
export const STOP_ENTITY = '';

export { aliasSpec, type AliasSpec } from './alias-spec';

export interface Matcher {
  trie: Trie;
  /** Entity ids, by index (patternEntity). */
  entities: JoinedStrings;
  /** Two bytes each while there are at most 65,536 entities: a woken worker reads every byte. */
  patternEntity: Uint16Array | Uint32Array;
  patternFlags: Uint8Array;
  /** Index in LANGS of each pattern's language, or NO_LANG. */
  patternLang: Uint8Array;
  /** Letters of the alias as written, for case-sensitive patterns only. */
  caseKeys: CaseKeys;
  /** Per entity, 1 for a place or a country (AliasSpec.place): not a mention right after a given name. */
  placeEntities: Uint8Array;
}

/**
 * The case keys of the case-sensitive patterns: their ids, ascending, and each one's key. Looked up
 * by binary search, only for a candidate found, so a woken worker builds no map of tens of thousands.
 */
export interface CaseKeys {
  patterns: Uint32Array;
  keys: JoinedStrings;
  /** What each key is (KeyKind), learnt the first time a mention asks: 0 until then. */
  kinds: Uint8Array;
}

const caseKeysOf = (patterns: Uint32Array, keys: JoinedStrings): CaseKeys => ({
  patterns,
  keys,
  kinds: new Uint8Array(patterns.length),
});

/** The place of a pattern in `patterns`, or -1 when it is not case-sensitive. */
function caseIndexOf({ patterns }: CaseKeys, pattern: number): number {
  let lo = 0;
  let hi = patterns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = patterns[mid]!;
    if (p === pattern) return mid;
    if (p < pattern) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface Mention {
  entity: string;
  /** UTF-16 offsets into the text given to `findMentions`. */
  start: number;
  end: number;
  /** A title ("the Turkish foreign minister") resolved to `entity`, its holder: the office card's id. */
  office?: string;
}

/**
 * The patterns of a build, a list per field: a build makes hundreds of thousands, and no object for
 * each. `shared`: the pattern stands for the same spelling in every language (see matcherSteps).
 */
class Patterns {
  readonly folded: string[] = [];
  readonly entity: number[] = [];
  readonly flags: number[] = [];
  readonly lang: number[] = [];
  readonly caseKey: (string | undefined)[] = [];
  readonly shared: boolean[] = [];

  get length(): number {
    return this.folded.length;
  }

  add(folded: string, entity: number, flags: number, lang: number, caseKey: string | undefined, sharedLang: boolean) {
    this.folded.push(folded);
    this.entity.push(entity);
    this.flags.push(flags);
    this.lang.push(lang);
    this.caseKey.push(caseKey);
    // A bare name in a language that shares its names (English) stands for the same spelling in any other.
    this.shared.push(!(flags & AFFIX_FLAGS) && (lang === NO_LANG || sharedLang));
  }

  /** Whether pattern `b` adds nothing to `a`, which has the same text: the same card and rules, in a language `a` covers. */
  repeats(a: number, b: number): boolean {
    return (
      this.entity[a] === this.entity[b] &&
      this.flags[a] === this.flags[b] &&
      this.caseKey[a] === this.caseKey[b] &&
      (this.shared[a]! || this.lang[a] === this.lang[b])
    );
  }
}

/** Letters and digits only, case kept: what a case-sensitive alias compares. */
export const caseKey = (s: string) => surfaceKey(s, 0, s.length);

/** `caseKey` by the Unicode rules, for text that is not plain ASCII. */
const unicodeCaseKey = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

const isAsciiCapital = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** Acronyms this short are also words (WHO, US, IT, UN): set in capitals, nothing tells them apart. */
const SHORT_ACRONYM = 3;

/**
 * Two or more letters, all capitals: USA, ABD, США. Without a regular expression where the key is
 * plain ASCII: the build asks it of every English and German alias.
 */
function isAcronymKey(key: string): boolean {
  let letters = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x80) return /\p{L}.*\p{L}/u.test(key) && key === key.toUpperCase() && key !== key.toLowerCase();
    if (isAsciiLower(c)) return false;
    if (isAsciiCapital(c)) letters++;
  }
  return letters >= 2;
}

const enum KeyKind {
  Word = 1,
  Acronym = 2,
  /** An acronym of at most SHORT_ACRONYM letters. */
  ShortAcronym = 3,
  /** An acronym that may also be written in its title form (SPOKEN_ACRONYM). */
  SpokenAcronym = 4,
}

function kindOf(key: string): KeyKind {
  if (!isAcronymKey(key)) return KeyKind.Word;
  if (key.length <= SHORT_ACRONYM) return KeyKind.ShortAcronym;
  const form = spokenTitleForm(key);
  return form && !TITLE_FORM_IS_WORD.has(form) ? KeyKind.SpokenAcronym : KeyKind.Acronym;
}

/**
 * Newsrooms set an acronym they say as a word with one capital: "Nato" and "Isis" in the Guardian
 * and the BBC, "die Nato" in German papers, «l'Otan» and «le Jnim» in French ones, "a Otan" in
 * Brazil's. A Latin acronym of four letters or more also matches in that form (not "Fbi": an
 * initialism is never written so, and a form no one writes costs nothing).
 */
const SPOKEN_ACRONYM = /^[A-Z]{4,}$/;

/** An acronym's form with one capital: NATO → Nato. */
const titleForm = (key: string) => key[0] + key.slice(1).toLowerCase();

/** The one-capital form a case key may also be written in, if it is a spoken acronym's (NATO → Nato). */
export const spokenTitleForm = (key: string): string | undefined =>
  SPOKEN_ACRONYM.test(key) ? titleForm(key) : undefined;

/**
 * Title forms that are also names or words, which would mark ordinary text: Kaan is a Turkish given
 * name (the KAAN fighter), Caesar a name (the CAESAR howitzer), Tripp a surname (TRIPP, the Armenia
 * route), Morena a Spanish word and a name (the MORENA party), Scalp an English word (the SCALP missile),
 * Unita Italian "united" and the paper l'Unità (UNITA, the Angolan party), Inis Turkish «iniş»
 * "landing", as the fold writes it (INIS, Iraq's intelligence service), Sana Spanish and Italian
 * "healthy" and Sanaa as Spanish writes it, «Saná» (SANA, Syria's news agency), Sapo Portuguese and
 * Spanish "toad" (SAPO, Ukraine's anti-corruption prosecutors), Nabu the German papers' Naturschutzbund
 * («der Nabu»; NABU, Ukraine's anti-corruption bureau), Libre Spanish and French "free" (LIBRE, the
 * Honduran party, whose card gives «Libre» itself only once the party is named), Cusma a word of the
 * Portuguese dictionary (CUSMA, Canada's name for the USMCA, which Canadian papers set in capitals),
 * Safe English "safe" (SAFE, the EU's defence-loan instrument), Azal a word of the Turkish dictionary
 * (AZAL, Azerbaijan Airlines), Suna a word of the Turkish and Portuguese dictionaries and a Turkish
 * given name (SUNA, Sudan's news agency), Eram Portuguese "(they) were" (ERAM, the US missile).
 * `tests/unit/pack-rules.test.ts` holds every bundled acronym's title form against the
 * dictionaries, so one that is an ordinary word must be listed here.
 */
export const TITLE_FORM_IS_WORD: ReadonlySet<string> = new Set([
  'Kaan',
  'Caesar',
  'Tripp',
  'Morena',
  'Scalp',
  'Unita',
  'Inis',
  'Sana',
  'Sapo',
  'Nabu',
  'Libre',
  'Cusma',
  'Safe',
  'Azal',
  'Suna',
  'Eram',
]);

/** What the key at `k` is, learnt the first time it is asked. */
function kindAt({ kinds }: CaseKeys, k: number, key: string): KeyKind {
  let kind = kinds[k]! as KeyKind;
  if (!kind) kinds[k] = kind = kindOf(key);
  return kind;
}

/**
 * A case-sensitive alias matches when the letters it shares with the mention are written the same:
 * the mention may add an ending (Turkeys, Путиным). A Cyrillic name may change its own ending too
 * (Анкары, в Газе), so there only the capitals must sit in the same places; a Latin letter must be
 * the same letter (Portuguese «Para», "for", is not Pará). In text set in
 * capitals (a headline: ERMENİSTAN, TURKEY'S ALLIES) any alias but an acronym matches, since the
 * capitals say nothing about the word.
 */
function sameCase(text: string, start: number, end: number, keys: CaseKeys, k: number): boolean {
  // Most candidates refused here are a capital's alias in lower case ("us", "who", "it" for US,
  // WHO, IT): a lower-case first letter where the key has a capital fails every test below (the
  // letters differ, and a headline in capitals has none in lower case), with no key to decode.
  if (isAsciiCapital(keys.keys.firstByte(k)) && isAsciiLower(text.charCodeAt(start))) return false;
  let key = keys.keys.at(k);
  const kind = kindAt(keys, k, key);
  // In a headline set in capitals a short acronym cannot be told from a word: WHO WILL LEAD, LET US GO.
  if (kind === KeyKind.ShortAcronym && inCapitals(text, start, end)) return false;
  let surface = surfaceKey(text, start, end);
  // Swiss German writes ss for ß (Grossbritannien), which the fold already made the same letters.
  if (key.includes('ß') !== surface.includes('ß')) {
    key = key.replace(ESZETT, 'ss');
    surface = surface.replace(ESZETT, 'ss');
  }
  const n = Math.min(surface.length, key.length);
  if (
    n >= Math.min(key.length, 3) &&
    (classOf(key.charCodeAt(0)) === CharClass.Cyrillic
      ? sameCapitals(surface, key)
      : surface.slice(0, n) === key.slice(0, n))
  )
    return true;
  if (kind === KeyKind.SpokenAcronym) return surface.slice(0, key.length) === titleForm(key);
  return kind === KeyKind.Word && (inCapitals(text, start, end) || inDateline(text, start, end));
}

/** What follows a dateline's place: a comma, a bracket, a colon or a dash ("NEW YORK (AP) —", "SYDNEY, Dec. 18", "DHAKA:", "MILANO -"). */
const DATELINE_AFTER = /^\s*(?:[,(:]|[-–—]\s)/u;

/** A wire story's dateline: the run opens with the place in capitals, then a comma, bracket, colon or dash. */
const inDateline = (text: string, start: number, end: number) =>
  !LOWER.test(text.slice(start, end)) &&
  !/\S/u.test(text.slice(0, start)) &&
  DATELINE_AFTER.test(text.slice(end, end + 3));

/**
 * Whether `a` and `b` have as many capitals as each other: a name's capitals stand at the starts of
 * its words, whose endings change length as they decline («Великої Британії» for «Велика
 * Британія», «Республикой Корея»), so their places in the letters do not line up; the letters
 * themselves are the same, or the folded name would not have matched.
 */
function sameCapitals(a: string, b: string): boolean {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (isCapital(a, i)) count++;
  for (let i = 0; i < b.length; i++) if (isCapital(b, i)) count--;
  return count === 0;
}

const isCapital = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiCapital(c) : s[i] !== s[i]!.toLowerCase();
};

/** `caseKey` of text[start, end), without a regular expression where the mention is plain ASCII (most are). */
function surfaceKey(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return unicodeCaseKey(text.slice(start, end));
    const lower = c | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) out += text[i];
  }
  return out;
}

const ESZETT = /ß/g;
const LOWER = /\p{Ll}/u;
const CASED = /\p{Lu}/u;
const UPPER = /\p{Lu}/gu;
const LETTERS = /\p{L}/gu;
/** How far around a mention to look for a lower-case letter before calling the text all capitals. */
const CAPITALS_CONTEXT = 40;

function inCapitals(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - CAPITALS_CONTEXT), end + CAPITALS_CONTEXT);
  if (!CASED.test(text.slice(start, end)) || LOWER.test(around)) return false;
  // Mostly capitals around it, too: Latin acronyms inside Hebrew or Arabic text (letters without case) are no headline.
  const context = text.slice(Math.max(0, start - CAPITALS_CONTEXT), start) + text.slice(end, end + CAPITALS_CONTEXT);
  const letters = context.match(LETTERS)?.length ?? 0;
  return (context.match(UPPER)?.length ?? 0) * 2 > letters;
}

export interface BuildOptions {
  /**
   * The languages whose prefixes and endings apply (default: all). Tests use it to show that turning
   * one language's rules off changes nothing in text of another.
   */
  ruleLangs?: ReadonlySet<string>;
}

/** Adds the patterns one alias stands for: itself, and the variants its language's grammar needs. */
function addPatterns(out: Patterns, spec: AliasSpec, entity: number, sharedLang: boolean, options: BuildOptions): void {
  const folded = fold(spec.text);
  if (!folded) return;
  const lang = langIndex(spec.lang);
  let flags = 0;
  if (spec.caseSensitive) flags |= AliasFlag.CaseSensitive;
  if (spec.exact) flags |= AliasFlag.Exact;
  if (spec.wordAtSentenceStart) flags |= AliasFlag.SentenceWord;
  if (spec.givenName) flags |= AliasFlag.GivenName;
  const key = spec.caseSensitive ? caseKey(spec.text) : undefined;
  const add = (text: string, patternFlags: number, k = key) => out.add(text, entity, patternFlags, lang, k, sharedLang);
  const rules = !spec.exact && (!options.ruleLangs || options.ruleLangs.has(spec.lang));
  if (!rules) return add(folded, flags);
  const script = classOf(folded.charCodeAt(0));
  if (spec.lang === 'ru' || spec.lang === 'uk') {
    if (script !== CharClass.Cyrillic) return add(folded, flags);
    const surname = adjectiveSurnameForms(spec.text, spec.lang);
    if (surname) return surname.forEach((form) => add(form, flags));
    return add(stemPattern(spec.text, spec.lang), flags);
  }
  if (spec.lang === 'fa' && script === CharClass.Arabic) return add(persianPattern(spec.text), flags);
  if (spec.lang === 'tr' && script === CharClass.Latin) return add(turkishPattern(spec.text), flags);
  if (spec.lang === 'ar' && script === CharClass.Arabic) flags |= AliasFlag.ArabicClitics;
  if (spec.lang === 'he' && script === CharClass.Hebrew) flags |= AliasFlag.HebrewPrefixes;
  // An acronym in capitals takes no plural s: "USS Gravely" is a ship, "the US's allies" still the US.
  if (
    script === CharClass.Latin &&
    (spec.lang === 'en' || spec.lang === 'de') &&
    !isAcronymKey(key ?? caseKey(spec.text))
  )
    flags |= AliasFlag.LatinS;
  add(folded, flags);
  const declined = spec.lang === 'de' && script === CharClass.Latin ? germanDeclined(spec.text) : undefined;
  if (declined) add(fold(declined), flags, key && caseKey(declined));
  // بالناتو is ب + الناتو, but للناتو is ل + الناتو with the alef gone: match the rest after لل.
  if (flags & AliasFlag.ArabicClitics && folded.startsWith('ال') && folded.length > 4)
    add(folded.slice(2), flags | AliasFlag.NeedsArticle);
  // בכנסת is ב + הכנסת with the article gone; a person's name takes no article (בנייה is no הנייה).
  if (flags & AliasFlag.HebrewPrefixes && folded.startsWith('ה') && folded.length > 3 && !spec.person)
    add(folded.slice(1), flags | AliasFlag.NeedsArticle);
}

/** Per flag byte, whether a pattern with those flags may end inside a word (mentionEnd). */
const OPEN_BY_FLAGS = Uint8Array.from({ length: 0x100 }, (_, flags) => (mayEndInsideWord(flags) ? 1 : 0));

/** Which patterns may end inside a word, for the trie's walk. */
const openPatterns = (flags: Uint8Array): OpenPatterns => ({ byPattern: flags, open: OPEN_BY_FLAGS });

/** Rules that make a pattern's language matter beyond its bare spelling. */
const AFFIX_FLAGS = AliasFlag.ArabicClitics | AliasFlag.HebrewPrefixes | AliasFlag.LatinS | AliasFlag.NeedsArticle;

export function buildMatcher(specs: readonly AliasSpec[], options: BuildOptions = {}): Matcher {
  return runSteps(matcherSteps(specs, options));
}

/**
 * `buildMatcher` in steps of a few milliseconds (build-steps.ts): the background builds a large
 * matcher this way and answers requests between the steps.
 */
export function* matcherSteps(specs: readonly AliasSpec[], options: BuildOptions = {}): Generator<void, Matcher> {
  const entities: string[] = [];
  const entityIndex = new Map<string, number>();
  const patterns = new Patterns();
  // Names every writer of a script shares come first, so the same spelling in another language adds
  // no second pattern (Venezuela in English and in Spanish).
  const isShared = (spec: AliasSpec) => SHARED_NAMES.has(spec.lang as Lang);
  // Each spec's entity, numbered in the specs' own order, where a card's aliases come one after
  // another: a lookup only where the entity changes (in the order below, a card's names are apart).
  const entityOf = new Uint32Array(specs.length);
  const shared = new Uint8Array(specs.length);
  let lastEntity: string | undefined;
  let lastIndex = 0;
  for (let k = 0; k < specs.length; k++) {
    if (k % 4096 === 0) yield;
    const spec = specs[k]!;
    if (spec.entity !== lastEntity) {
      let e = entityIndex.get(spec.entity);
      if (e === undefined) {
        e = entities.length;
        entities.push(spec.entity);
        entityIndex.set(spec.entity, e);
      }
      lastEntity = spec.entity;
      lastIndex = e;
    }
    entityOf[k] = lastIndex;
    shared[k] = isShared(spec) ? 1 : 0;
  }
  const placeEntities = new Uint8Array(entities.length);
  for (let k = 0; k < specs.length; k++) if (specs[k]!.place) placeEntities[entityOf[k]!] = 1;
  for (const first of [1, 0])
    for (let k = 0; k < specs.length; k++) {
      if (k % 1024 === 0) yield;
      if (shared[k] === first) addPatterns(patterns, specs[k]!, entityOf[k]!, first === 1, options);
    }
  let trie = yield* trieSteps(patterns.folded);
  // The same folded alias with the same rules adds nothing: keep the first. Patterns of the same
  // text end in the same state, so the trie finds them, with no map of every text.
  const keep = new Uint8Array(patterns.length);
  let dropped = 0;
  const kept: number[] = [];
  for (let s = 0; s < trie.stateCount; s++) {
    if (s % 65536 === 0) yield;
    const first = trie.outHead[s]! - 1;
    if (first < 0) continue;
    keep[first] = 1;
    // Most states end one pattern.
    if (trie.outNext[first] === 0) continue;
    kept.length = 0;
    kept.push(first);
    for (let id = trie.outNext[first]! - 1; id >= 0; id = trie.outNext[id]! - 1) {
      if (kept.some((k) => patterns.repeats(k, id))) dropped++;
      else {
        keep[id] = 1;
        kept.push(id);
      }
    }
  }
  yield;
  const n = keep.length - dropped;
  const patternEntity = entities.length <= 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
  const patternFlags = new Uint8Array(n);
  const patternLang = new Uint8Array(n);
  const keys: string[] = [];
  for (let id = 0, i = 0; id < patterns.length; id++) {
    if (!keep[id]) continue;
    patternEntity[i] = patterns.entity[id]!;
    patternFlags[i] = patterns.flags[id]!;
    patternLang[i] = patterns.lang[id]!;
    const key = patterns.caseKey[id];
    if (key !== undefined) keys.push(key);
    i++;
  }
  // By the rule a stored matcher is loaded by: a case key for each pattern flagged CaseSensitive.
  const cased = casedPatterns(patternFlags, keys.length);
  if (!cased) throw new Error('case keys and case-sensitive patterns disagree');
  const caseKeys = caseKeysOf(cased, JoinedStrings.of(keys));
  yield;
  trie = keepPatterns(trie, keep, openPatterns(patternFlags));
  return {
    trie,
    entities: JoinedStrings.of(entities),
    patternEntity,
    patternFlags,
    patternLang,
    caseKeys,
    placeEntities,
  };
}

/** One buffer and one language reader for every scan: the content script scans run after run, never two at once. */
const sharedBuffer = new FoldBuffer();
const language = new TextLanguage();

/**
 * Every mention in `text`, in order. Candidates must sit on word edges (after an allowed prefix,
 * before an allowed ending) and be names in a language the text may be in; among overlapping ones
 * the leftmost wins, then the longest, then a stop phrase, then the earliest pattern — the
 * same answer every time.
 * `lang` is the language the page declares for the text (its `lang` attribute), if any.
 */
export function findMentions(
  m: Matcher,
  text: string,
  lang?: string | null,
  skip?: (entity: number) => boolean,
  named?: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  eachMention(
    m,
    text,
    lang,
    (entity, start, end) => out.push({ entity: m.entities.at(entity), start, end }),
    skip,
    named,
  );
  return out;
}

/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes. */
const BEFORE_SENTENCE = /[\s"'«»“”„‘’‚‹›()[\]{}\-–—]/u;
/** What ends a sentence (or a heading's line): full stops, question and exclamation marks, colons. */
const SENTENCE_END = /[.!?…:;؟؛۔\n\r]/u;

/** Whether `start` begins a sentence of `text`: nothing but spaces, quotes or brackets after a sentence's end or the run's start. */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (BEFORE_SENTENCE.test(c)) continue;
    return SENTENCE_END.test(c);
  }
  return true;
}

/**
 * Whether what follows a mention says it is a name even at a sentence start: a suffix after an
 * apostrophe, which Turkish writes after proper nouns only («Fidan'dan», not «fidanlar»), or a comma
 * or colon, as a subject or a headline's speaker is set off («Kalın, …», «Fidan: …»).
 */
const NAME_AFTER = /^(?:['’ʼ]\p{L}|[,:])/u;

/** A mention of a name that is also a word at a sentence start that is not yet known to be the name: see AliasFlag.SentenceWord. */
const wordNotName = (text: string, start: number, end: number) =>
  atSentenceStart(text, start) && !NAME_AFTER.test(text.slice(end, end + 2));

/**
 * What after a mention says it was a first name: a space and a capitalised word («Jonathan Moyo»,
 * «Yunus Emre»), or the particle of an Arabic name («Hadi al-Amiri»).
 */
const NAME_FOLLOWS = /^[ \u00a0](?:\p{Lu}|(?:al|el)-|(?:bin|ibn) \p{Lu})/u;

/** A mention of a surname that is also a given name, as the first name of someone else: see AliasFlag.GivenName. */
const firstNameOfAnother = (text: string, end: number) => NAME_FOLLOWS.test(text.slice(end, end + 6));

/** The dollar sign, which after a country's code makes its currency (US$, HK$). */
const DOLLAR = 0x24;

/** The candidates of one walk (one start), reused from walk to walk: ends and patterns. */
let candidateEnd = new Int32Array(64);
let candidatePattern = new Int32Array(64);

/**
 * `findMentions` by entity index (into `m.entities`), with nothing allocated per mention. `skip`
 * leaves some entities' names out, as if they were not in the matcher: what is inside a title that
 * names no one is read again without titles. `named` holds the entities named so far in the text
 * this run belongs to (a page, whose requests pass them on; a scanned file), and gains the ones named here: a name that
 * is also a word at a sentence start (AliasFlag.SentenceWord) marks there only after its card is
 * named, or where what follows it shows it is a name (wordNotName).
 */
export function eachMention(
  m: Matcher,
  text: string,
  lang: string | null | undefined,
  onMention: (entity: number, start: number, end: number) => void,
  skip?: (entity: number) => boolean,
  named: Set<number> = new Set(),
): void {
  const folded = sharedBuffer.fold(text);
  const { buf } = folded;
  const trie = m.trie;
  const langs = language.reset(text, lang);
  let from = 0;
  let count = 0;
  /** Where the last mention ends: walks start only from here on, since the leftmost mention wins. */
  let reached = 0;
  /** Where the last given name ends (given-name.ts). */
  let givenEnd = -2;
  const onMatch = (pattern: number, patternEnd: number) => {
    if (skip?.(namedEntity(m.entities, m.patternEntity[pattern]!))) return;
    const flags = m.patternFlags[pattern]!;
    const patternLang = m.patternLang[pattern]!;
    const start = startAt(folded, from, flags, patternEnd);
    if (start === Start.No) return;
    const end = mentionEnd(folded, patternEnd, flags);
    if (end < 0) return;
    // A prefix or an ending of the alias's language: only where the text may be in it.
    if ((start === Start.Prefixed || end !== patternEnd) && !langs.mayBe(patternLang)) return;
    if (!langs.nameMayMatch(patternLang)) return;
    if (count === candidateEnd.length) {
      candidateEnd = grown(candidateEnd);
      candidatePattern = grown(candidatePattern);
    }
    candidateEnd[count] = end;
    candidatePattern[count++] = pattern;
  };
  const endingAllowed = (k: number) => langs.mayBe(ENDING_RULES[k]!.lang);
  /** Whether the mention of `pattern` at [start, end) is its card's, by the pattern's own rules. */
  const acceptable = (pattern: number, alias: number, entity: number, start: number, end: number): boolean => {
    const flags = m.patternFlags[pattern]!;
    // Most patterns are not case-sensitive: no search of the case keys for them.
    const cased = flags & AliasFlag.CaseSensitive ? caseIndexOf(m.caseKeys, pattern) : -1;
    return (
      (entity === alias || (entity >= 0 && named.has(entity))) &&
      (cased < 0 || sameCase(text, start, end, m.caseKeys, cased)) &&
      // «Kalın bir duvar» ("a thick wall") is no one; «Kalın» after «İbrahim Kalın» is him.
      !(flags & AliasFlag.SentenceWord && !named.has(entity) && wordNotName(text, start, end)) &&
      // «Jonathan Moyo» is not Goodluck Jonathan.
      !(flags & AliasFlag.GivenName && firstNameOfAnother(text, end)) &&
      // US$500 and HK$3 are sums of money, not the country.
      text.charCodeAt(end) !== DOLLAR
    );
  };
  // Walks run in ascending order of their start (word starts, and the prefix ends inside each word),
  // so a walk's candidates are settled as soon as it ends: the longest, then a stop phrase, then the
  // earliest pattern, whose case fits.
  const walkFrom = (pos: number) => {
    if (pos < reached) return;
    from = pos;
    count = 0;
    walk(trie, folded, pos, onMatch, endingAllowed);
    while (count > 0) {
      let best = 0;
      for (let k = 1; k < count; k++)
        if (
          candidateEnd[k]! > candidateEnd[best]! ||
          (candidateEnd[k] === candidateEnd[best] && before(m, candidatePattern[k]!, candidatePattern[best]!, named))
        )
          best = k;
      const pattern = candidatePattern[best]!;
      const [start, end] = toOriginal(text, folded, from, candidateEnd[best]!);
      const alias = m.patternEntity[pattern]!;
      // An after-name alias («Rodríguez») is its card's once the card is named (after-name.ts).
      const entity = namedEntity(m.entities, alias);
      // A given name marks nothing; written with a capital, a place right after it is a surname.
      if (isGivenName(m.entities, alias)) {
        if (isCapital(text, start)) {
          givenEnd = end;
          reached = candidateEnd[best]!;
          return;
        }
      } else if (
        // «Jorge Lima» is no city.
        !(m.placeEntities[entity] === 1 && afterGivenName(text, givenEnd, start)) &&
        acceptable(pattern, alias, entity, start, end)
      ) {
        reached = candidateEnd[best]!;
        // A surname two named cards share («Khamenei» after Ali and Mojtaba Khamenei): neither.
        if (entity !== alias && sharedAfterName(m, entity, best, count, named)) return;
        // STOP_ENTITY is the empty id.
        if (!m.entities.isEmpty(entity)) {
          named.add(entity);
          onMention(entity, start, end);
        }
        return;
      }
      // Not this one: the next best.
      candidateEnd[best] = candidateEnd[--count]!;
      candidatePattern[best] = candidatePattern[count]!;
    }
  };
  // Only word starts can start a mention; the fold found them on its way through the text.
  const { starts, startCount } = folded;
  const rootNext = trie.rootNext;
  for (let k = 0; k < startCount; k++) {
    const i = starts[k]!;
    if (i < reached) continue;
    const code = buf[i]!;
    if (rootNext[code] !== 0) walkFrom(i);
    if (code >= 0x590 && code < 0x700) forEachPrefixEnd(folded, i, walkFrom);
  }
}

/** Whether another candidate as long as `best` is the after-name alias of another card named in the text. */
function sharedAfterName(m: Matcher, entity: number, best: number, count: number, named: Set<number>): boolean {
  for (let k = 0; k < count; k++) {
    if (k === best || candidateEnd[k] !== candidateEnd[best]) continue;
    const other = claimedCard(m, candidatePattern[k]!, named);
    if (other >= 0 && other !== entity) return true;
  }
  return false;
}

/**
 * Of two patterns that match the same text, whether `a` wins over `b`: a stop phrase over a name (in
 * Turkish text `kabul` is "acceptance", whatever English says of Kabul), then the after-name alias
 * of a card the text has named over another card's name (after «Freiheit und direkte Demokratie
 * (SPD)» a German text's «SPD» is Okamura's party, not Germany's), then the earlier pattern.
 */
function before(m: Matcher, a: number, b: number, named: Set<number>): boolean {
  const stopA = m.entities.isEmpty(m.patternEntity[a]!);
  if (stopA !== m.entities.isEmpty(m.patternEntity[b]!)) return stopA;
  // A given name only where no card's name is as long.
  const givenA = isGivenName(m.entities, m.patternEntity[a]!);
  if (givenA !== isGivenName(m.entities, m.patternEntity[b]!)) return !givenA;
  const claimedA = claimedCard(m, a, named) >= 0;
  const claimedB = claimedCard(m, b, named) >= 0;
  return claimedA !== claimedB ? claimedA : a < b;
}

/** The card whose after-name alias pattern `p` is, where the text has named that card; else -1. */
function claimedCard(m: Matcher, p: number, named: Set<number>): number {
  const alias = m.patternEntity[p]!;
  const card = namedEntity(m.entities, alias);
  return card !== alias && card >= 0 && named.has(card) ? card : -1;
}

const grown = (a: Int32Array) => {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
};

/**
 * The matcher as the background keeps it between service-worker starts (view-store.ts): typed
 * arrays only, which a woken worker reads as views into one buffer, so it loads without building.
 */
export interface StoredMatcher {
  trie: StoredTrie;
  /** The entity ids as UTF-8, and each one's length in bytes (JoinedStrings). */
  entities: Uint8Array;
  entityLengths: Uint8Array | Uint16Array | Uint32Array;
  patternEntity: Uint16Array | Uint32Array;
  patternFlags: Uint8Array;
  patternLang: Uint8Array;
  /** The case keys of the case-sensitive patterns (AliasFlag.CaseSensitive), in pattern order, as for `entities`. */
  caseKeys: Uint8Array;
  caseKeyLengths: Uint8Array | Uint16Array | Uint32Array;
  placeEntities: Uint8Array;
}

export function storeMatcher(m: Matcher): StoredMatcher {
  return {
    trie: storedTrie(m.trie),
    entities: m.entities.bytes,
    entityLengths: m.entities.lengths(),
    patternEntity: m.patternEntity,
    patternFlags: m.patternFlags,
    patternLang: m.patternLang,
    caseKeys: m.caseKeys.keys.bytes,
    caseKeyLengths: m.caseKeys.keys.lengths(),
    placeEntities: m.placeEntities,
  };
}

/** The case-sensitive patterns, ascending, or undefined unless there are `count` of them (a key each). */
function casedPatterns(flags: Uint8Array, count: number): Uint32Array | undefined {
  const cased = new Uint32Array(count);
  let i = 0;
  for (let p = 0; p < flags.length; p++) {
    if (!(flags[p]! & AliasFlag.CaseSensitive)) continue;
    if (i === count) return undefined;
    cased[i++] = p;
  }
  return i === count ? cased : undefined;
}

/**
 * The matcher from its stored form, after checking that its arrays agree with each other's lengths.
 * Nothing is checked entry by entry: a woken worker runs this before it can answer, and a value out
 * of place can only give a wrong answer (an entity index past the list reads as a stop phrase),
 * never a read out of bounds. `shortcuts`: as for loadTrie.
 */
export function loadMatcher(s: StoredMatcher, shortcuts = true): Matcher {
  const flagged = s.patternFlags instanceof Uint8Array;
  const trie = loadTrie(s.trie, flagged ? openPatterns(s.patternFlags) : undefined, shortcuts);
  const entities = JoinedStrings.fromLengths(s.entities, s.entityLengths);
  const keys = JoinedStrings.fromLengths(s.caseKeys, s.caseKeyLengths);
  // A key for each case-sensitive pattern, no more, no fewer.
  const cased = flagged && keys ? casedPatterns(s.patternFlags, keys.length) : undefined;
  const ok =
    (s.patternEntity instanceof Uint32Array || s.patternEntity instanceof Uint16Array) &&
    s.patternLang instanceof Uint8Array &&
    s.patternEntity.length === trie.patternCount &&
    s.patternFlags.length === trie.patternCount &&
    s.patternLang.length === trie.patternCount &&
    s.placeEntities instanceof Uint8Array &&
    s.placeEntities.length === entities?.length;
  if (!ok || !entities || !keys || !cased) throw new Error('not a Backstory matcher index');
  return {
    trie,
    entities,
    patternEntity: s.patternEntity,
    patternFlags: s.patternFlags,
    patternLang: s.patternLang,
    caseKeys: caseKeysOf(cased, keys),
    placeEntities: s.placeEntities,
  };
}

/** Bytes of the stored form. */
export const storedMatcherBytes = (s: StoredMatcher) =>
  trieBytes(s.trie) +
  s.entities.byteLength +
  s.entityLengths.byteLength +
  s.caseKeys.byteLength +
  s.caseKeyLengths.byteLength +
  s.patternEntity.byteLength +
  s.patternFlags.byteLength +
  s.patternLang.byteLength +
  s.placeEntities.byteLength;
