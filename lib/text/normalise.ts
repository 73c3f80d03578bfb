/**
 * Folds text so that the spellings a reader meets for one name become one string, and keeps an
 * offset map back to the original characters, so a match in folded text marks the right letters.
 *
 * Aliases and page text go through this same function. Each rule below is a small named object with
 * an example; `normalise` applies the character rules through a lazily filled per-code-unit table
 * (news pages use a few hundred distinct characters, so the table stays tiny and hot), then the
 * sequence rules while it writes the output.
 */

export interface CharRule {
  name: string;
  description: string;
  /** What this rule alone does to the input, character by character. */
  example: [input: string, output: string];
  /** Returns the replacement for one code unit, or undefined to leave it to the next rule. */
  apply(ch: string, code: number): string | undefined;
}

const inRange = (code: number, lo: number, hi: number) => code >= lo && code <= hi;

/** Marks that change nothing a reader sees in a name: they are dropped. */
export const dropInvisible: CharRule = {
  name: 'drop-invisible',
  description: 'Zero-width characters, soft hyphens, bidi marks and the Arabic letter mark are dropped.',
  example: ['S\u200B-400\u200F', 'S-400'],
  apply: (_ch, code) =>
    code === 0x00ad ||
    inRange(code, 0x200b, 0x200f) ||
    inRange(code, 0x202a, 0x202e) ||
    inRange(code, 0x2060, 0x2064) ||
    inRange(code, 0x2066, 0x2069) ||
    code === 0xfeff ||
    code === 0x061c
      ? ''
      : undefined,
};

export const dropTashkeel: CharRule = {
  name: 'drop-tashkeel',
  description: 'Arabic short vowels and other harakat (U+064B–U+065F, U+0670) and tatweel (U+0640) are dropped.',
  example: ['أَرْدُوغـــان', 'أردوغان'],
  apply: (_ch, code) => (inRange(code, 0x064b, 0x065f) || code === 0x0670 || code === 0x0640 ? '' : undefined),
};

const ARABIC_LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'ؤ': 'و',
};

export const unifyArabicLetters: CharRule = {
  name: 'unify-arabic-letters',
  description: 'Alef with hamza or madda → bare alef, alef maqsura → ya, ta marbuta → ha, Persian and Urdu kaf and ya → Arabic.',
  example: ['إدلب ومنطقة', 'ادلب ومنطقه'],
  apply: (ch) => ARABIC_LETTERS[ch],
};

/** Arabic-Indic, extended (Persian) and full-width digits → ASCII. */
export const asciiDigits: CharRule = {
  name: 'ascii-digits',
  description: 'Arabic-Indic (٠–٩), Persian (۰–۹) and full-width digits become ASCII digits.',
  example: ['إس-٤٠٠', 'إس-400'],
  apply: (_ch, code) => {
    if (inRange(code, 0x0660, 0x0669)) return String.fromCharCode(code - 0x0660 + 48);
    if (inRange(code, 0x06f0, 0x06f9)) return String.fromCharCode(code - 0x06f0 + 48);
    if (inRange(code, 0xff10, 0xff19)) return String.fromCharCode(code - 0xff10 + 48);
    return undefined;
  },
};

/** Every space, hyphen and dash becomes one plain space; the sequence rules then fold runs of them. */
export const unifySeparators: CharRule = {
  name: 'unify-separators',
  description: 'Spaces of every width, NBSP, hyphens, dashes and the minus sign become a plain space.',
  example: ['F\u201135\u00A0program', 'F 35 program'],
  apply: (ch, code) =>
    code === 0x2d || inRange(code, 0x2010, 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d || code === 0x5f || /\s/.test(ch)
      ? ' '
      : undefined,
};

export const unifyApostrophes: CharRule = {
  name: 'unify-apostrophes',
  description: 'Typographic apostrophes and prime-like marks become the ASCII apostrophe, so Erdoğan’ın ends like Erdoğan\'ın.',
  example: ['Workers’ Party', "Workers' Party"],
  apply: (_ch, code) =>
    code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x02bb || code === 0x2032 || code === 0x00b4 || code === 0x60 || code === 0xff07
      ? "'"
      : undefined,
};

/** Turkish İ/ı and I fold to i, whatever the locale: Erdoğan'ın, ERDOĞAN and Erdogan meet. */
export const foldTurkishI: CharRule = {
  name: 'fold-turkish-i',
  description: 'Dotted capital İ, dotless ı and capital I all become i.',
  example: ['İbrahim Kalın', 'ibrahim Kalin'],
  apply: (_ch, code) => (code === 0x130 || code === 0x131 || code === 0x49 ? 'i' : undefined),
};

const COMBINING = /\p{M}/gu;

/**
 * Case and diacritics, for the alphabets where they never tell two names apart in news: Latin,
 * Greek, Cyrillic (ё → е, й → и). Kana and Hangul are left alone: there a mark is a different word.
 */
export const foldCaseAndDiacritics: CharRule = {
  name: 'fold-case-and-diacritics',
  description: 'Lower case, then the base letter without accents, for Latin, Greek and Cyrillic letters.',
  example: ['Erdoğan ÉLYSÉE Ёлка', 'erdogan elysee елка'],
  apply: (ch, code) => {
    if (!(code < 0x0530 || inRange(code, 0x1e00, 0x1fff))) return undefined;
    if (code < 0x80) return ch.toLowerCase();
    const lower = ch.toLowerCase();
    if (lower === 'ß') return 'ss';
    const bare = lower.normalize('NFD').replace(COMBINING, '');
    return bare;
  },
};

/** Order matters: invisible and Arabic marks go first, then letters fold. */
export const CHAR_RULES: readonly CharRule[] = [
  dropInvisible,
  dropTashkeel,
  unifyArabicLetters,
  asciiDigits,
  unifySeparators,
  unifyApostrophes,
  foldTurkishI,
  foldCaseAndDiacritics,
];

/** A lone combining mark (decomposed input, e.g. "Erdog\u0306an") is dropped like a precomposed accent. */
const isCombining = (code: number) => inRange(code, 0x0300, 0x036f) || inRange(code, 0x1ab0, 0x1aff) || inRange(code, 0x1dc0, 0x1dff) || inRange(code, 0x20d0, 0x20ff);

function foldChar(ch: string, code: number): string {
  if (isCombining(code)) return '';
  for (const rule of CHAR_RULES) {
    const out = rule.apply(ch, code);
    if (out !== undefined) return out;
  }
  return ch;
}

/** Per-code-unit results; filled on first sight of each code unit. */
const table: (string | undefined)[] = new Array(0x10000);

export function foldUnit(code: number): string {
  let out = table[code];
  if (out === undefined) {
    out = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : foldChar(String.fromCharCode(code), code);
    table[code] = out;
  }
  return out;
}

/** What a folded code unit is, for word edges. */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Digit = 2,
  Latin = 3,
  Greek = 4,
  Cyrillic = 5,
  Arabic = 6,
  Hebrew = 7,
  /** Scripts written without spaces between words (Han, kana, Thai…): every edge is a word edge. */
  Continuous = 8,
  OtherLetter = 9,
}

const classes = new Uint8Array(0x10000).fill(255);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

export function classOf(code: number): CharClass {
  let c = classes[code]!;
  if (c === 255) {
    c = computeClass(code);
    classes[code] = c;
  }
  return c;
}

function computeClass(code: number): CharClass {
  if (code === 0x20) return CharClass.Space;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.OtherLetter; // astral letters: treat as word characters
  if (NUMBER.test(ch)) return CharClass.Digit;
  if (!LETTER.test(ch)) return CharClass.Other;
  if (code < 0x0250 || inRange(code, 0x1e00, 0x1eff)) return CharClass.Latin;
  if (inRange(code, 0x0370, 0x03ff) || inRange(code, 0x1f00, 0x1fff)) return CharClass.Greek;
  if (inRange(code, 0x0400, 0x052f)) return CharClass.Cyrillic;
  if (inRange(code, 0x0590, 0x05ff)) return CharClass.Hebrew;
  if (inRange(code, 0x0600, 0x06ff) || inRange(code, 0x0750, 0x077f) || inRange(code, 0x08a0, 0x08ff) || inRange(code, 0xfb50, 0xfdff) || inRange(code, 0xfe70, 0xfeff))
    return CharClass.Arabic;
  if (inRange(code, 0x0e00, 0x0eff) || inRange(code, 0x1000, 0x109f) || inRange(code, 0x3040, 0x30ff) || inRange(code, 0x3400, 0x9fff) || inRange(code, 0xf900, 0xfaff))
    return CharClass.Continuous;
  return CharClass.OtherLetter;
}

export const isWordClass = (c: CharClass) => c >= CharClass.Digit;

/**
 * True when a word ends between `a` and `b` (folded code units): either side is not a word
 * character, the script changes, letters meet digits (S400, 2020Idlib) or the script has no spaces.
 */
export function isEdge(a: number, b: number): boolean {
  const ca = classOf(a);
  const cb = classOf(b);
  if (!isWordClass(ca) || !isWordClass(cb)) return true;
  return ca !== cb || ca === CharClass.Continuous;
}

export interface Normalised {
  /** The folded text. */
  text: string;
  /** `map[i]` is the index in the original of the character that produced `text[i]`; `map[text.length]` is the original's length. */
  map: Uint32Array;
}

/**
 * Sequence rules, applied while writing: runs of separators fold to one space, and a separator
 * from a letter to a digit disappears, so S-400, S 400, S400 and إس -400 meet as s400 / اس400.
 */
export const SEQUENCE_RULES = [
  { name: 'collapse-spaces', description: 'A run of spaces, hyphens and dashes is one space; none at the start.', example: ['  Hayat -- Tahrir', 'hayat tahrir'] },
  {
    name: 'join-letter-digit',
    description: 'A separator from a letter to a digit is dropped, so model names meet; a word edge still falls there (see isEdge).',
    example: ['the S 400 and F-35', 'the s400 and f35'],
  },
] as const;

export function normalise(input: string): Normalised {
  const n = input.length;
  const out: number[] = [];
  const map = new Uint32Array(n * 2 + 1);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const folded = foldUnit(input.charCodeAt(i));
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (code === 0x20) {
        if (len === 0 || out[len - 1] === 0x20) continue;
      } else if (len >= 2 && out[len - 1] === 0x20) {
        const before = classOf(out[len - 2]!);
        const here = classOf(code);
        if (isLetterClass(before) && here === CharClass.Digit) len--;
      }
      if (len >= map.length - 1) return normaliseSlow(input);
      out[len] = code;
      map[len] = i;
      len++;
    }
  }
  map[len] = n;
  return { text: fromCodes(out, len), map: map.slice(0, len + 1) };
}

const isLetterClass = (c: CharClass) => c >= CharClass.Latin;

/** Folding can, in theory, more than double a string (ß → ss everywhere); then grow the map. */
function normaliseSlow(input: string): Normalised {
  const parts: string[] = [];
  const idx: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const folded = foldUnit(input.charCodeAt(i));
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      const len = parts.length;
      if (code === 0x20) {
        if (len === 0 || parts[len - 1] === ' ') continue;
      } else if (len >= 2 && parts[len - 1] === ' ') {
        const before = classOf(parts[len - 2]!.charCodeAt(0));
        const here = classOf(code);
        if (isLetterClass(before) && here === CharClass.Digit) {
          parts.pop();
          idx.pop();
        }
      }
      parts.push(folded[k]!);
      idx.push(i);
    }
  }
  idx.push(input.length);
  return { text: parts.join(''), map: Uint32Array.from(idx) };
}

function fromCodes(codes: number[], len: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) s += String.fromCharCode.apply(null, codes.slice(i, Math.min(len, i + CHUNK)));
  return s;
}

/** The folded form alone, for aliases and searches. Trailing separators are dropped. */
export function fold(input: string): string {
  return normalise(input).text.trimEnd();
}

/**
 * Original [start, end) for folded [start, end). Marks that folded to nothing right after the last
 * letter (a final fatha, tatweel, a combining accent) stay inside the mention, so a highlight never
 * splits a letter from its mark.
 */
export function toOriginal(input: string, n: Normalised, start: number, end: number): [number, number] {
  const from = n.map[start]!;
  if (end <= start) return [from, from];
  let to = n.map[end - 1]! + 1;
  while (to < input.length && isTrailingMark(input.charCodeAt(to))) to++;
  return [from, to];
}

const isTrailingMark = (code: number) => isCombining(code) || inRange(code, 0x064b, 0x065f) || code === 0x0670 || code === 0x0640;
