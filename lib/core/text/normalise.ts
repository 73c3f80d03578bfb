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
  description: 'Zero-width characters, soft hyphens, bidi marks, the Arabic letter mark and private-use (icon) code points are dropped.',
  example: ['S\u200B-400\u200F', 'S-400'],
  apply: (_ch, code) =>
    code === 0x00ad ||
    inRange(code, 0x200b, 0x200f) ||
    inRange(code, 0x202a, 0x202e) ||
    inRange(code, 0x2060, 0x2064) ||
    inRange(code, 0x2066, 0x2069) ||
    code === 0xfeff ||
    code === 0x061c ||
    // Private-use code points are icon-font glyphs, not words; dropping them also keeps the
    // matcher's own mark (U+E000) out of folded text.
    inRange(code, 0xe000, 0xf8ff)
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

/** Per-code-unit results, filled on first sight: a single folded unit (≥ 0), DROP, or MULTI. */
const UNSEEN = -3;
const DROP = -1;
const MULTI = -2;
const foldTable = new Int32Array(0x10000).fill(UNSEEN);
const multiFolds = new Map<number, string>();

function foldCode(code: number): number {
  let f = foldTable[code]!;
  if (f === UNSEEN) {
    // Lone surrogates and astral characters pass through unchanged.
    const out = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : foldChar(String.fromCharCode(code), code);
    if (out.length === 0) f = DROP;
    else if (out.length === 1) f = out.charCodeAt(0);
    else {
      f = MULTI;
      multiFolds.set(code, out);
    }
    foldTable[code] = f;
  }
  return f;
}

/** The folded form of one code unit (possibly empty or longer than one unit). */
export function foldUnit(code: number): string {
  const f = foldCode(code);
  return f >= 0 ? String.fromCharCode(f) : f === DROP ? '' : multiFolds.get(code)!;
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

/**
 * One table lookup per code unit answers both questions the scan asks: what it folds to, and what
 * class that folded unit is. Packed as (class << 16) | unit; negative for DROP and MULTI.
 */
const infoTable = new Int32Array(0x10000).fill(UNSEEN);

function infoOf(code: number): number {
  let info = infoTable[code]!;
  if (info === UNSEEN) {
    const f = foldCode(code);
    info = f < 0 ? f : (classOf(f) << 16) | f;
    infoTable[code] = info;
  }
  return info;
}

/**
 * Folded text in reusable typed arrays, and where its words start: the matcher folds every text
 * run of a page into the same buffers in one pass, so scanning allocates nothing per run and looks
 * only at word starts afterwards.
 */
export class FoldBuffer {
  buf = new Uint16Array(4096);
  len = 0;
  /** Length of the original text. */
  sourceLength = 0;
  /**
   * The offset map, stored only where it changes: from folded index `breakAt[k]` on, the original
   * index is the folded index plus `breakDelta[k]`. Most characters fold one to one, so a page needs
   * a few breakpoints per paragraph instead of a stored offset per character.
   */
  breakAt = new Uint32Array(256);
  breakDelta = new Int32Array(256);
  breakCount = 0;
  /** Positions in `buf` where a word starts (see isEdge), in order. */
  starts = new Uint32Array(1024);
  startCount = 0;

  private grow(min: number): void {
    let size = this.buf.length * 2;
    while (size < min) size *= 2;
    const buf = new Uint16Array(size);
    buf.set(this.buf.subarray(0, this.len));
    const starts = new Uint32Array(size);
    starts.set(this.starts.subarray(0, this.startCount));
    this.buf = buf;
    this.starts = starts;
  }

  private addBreak(at: number, delta: number): void {
    if (this.breakCount === this.breakAt.length) {
      const breakAt = new Uint32Array(this.breakCount * 2);
      breakAt.set(this.breakAt);
      const breakDelta = new Int32Array(this.breakCount * 2);
      breakDelta.set(this.breakDelta);
      this.breakAt = breakAt;
      this.breakDelta = breakDelta;
    }
    this.breakAt[this.breakCount] = at;
    this.breakDelta[this.breakCount++] = delta;
  }

  /** The index in the original of the character that produced `buf[k]`; for `k = len`, the original's length. */
  mapAt(k: number): number {
    if (k >= this.len) return this.sourceLength;
    let lo = 0;
    let hi = this.breakCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.breakAt[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return k + this.breakDelta[lo]!;
  }

  toString(from = 0, to = this.len): string {
    let s = '';
    for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
    return s;
  }

  /**
   * Folds `input` into the buffer, applying the sequence rules as it writes: runs of separators
   * become one space (none at the start), and a space between a letter and a digit is dropped.
   */
  fold(input: string): this {
    const n = input.length;
    // Every unit folds to at most one unit except MULTI ones (ß → ss), which grow the buffers as needed.
    if (this.buf.length < n + 8) this.grow(n + 8);
    let { buf, starts } = this;
    let len = 0;
    let startCount = 0;
    this.breakCount = 0;
    this.addBreak(0, 0);
    let delta = 0;
    let prev = CharClass.Space as number; // class of buf[len - 1]
    let beforeSpace = CharClass.Space as number; // class of the unit before a trailing space
    for (let i = 0; i < n; i++) {
      const code = input.charCodeAt(i);
      let info = infoTable[code]!;
      if (info === UNSEEN) info = infoOf(code);
      if (info < 0) {
        if (info === DROP) continue;
        // MULTI: rare (ß, ligatures). Fold unit by unit through the same rules.
        const out = multiFolds.get(code)!;
        if (len + out.length + n - i + 8 > buf.length) {
          this.len = len;
          this.startCount = startCount;
          this.grow(len + out.length + n - i + 8);
          ({ buf, starts } = this);
        }
        for (let k = 0; k < out.length; k++) {
          const f = out.charCodeAt(k);
          info = (classOf(f) << 16) | f;
          const cls = info >>> 16;
          if (cls === CharClass.Space) {
            if (len === 0 || prev === CharClass.Space) continue;
            beforeSpace = prev;
          } else if (prev === CharClass.Space && len >= 2 && cls === CharClass.Digit && beforeSpace >= CharClass.Latin) {
            len--;
            prev = beforeSpace;
          }
          if (cls >= CharClass.Digit && (prev < CharClass.Digit || prev !== cls || cls === CharClass.Continuous)) starts[startCount++] = len;
          if (i - len !== delta) this.addBreak(len, (delta = i - len));
          buf[len] = f;
          len++;
          prev = cls;
        }
        continue;
      }
      const cls = info >>> 16;
      if (cls === CharClass.Space) {
        if (len === 0 || prev === CharClass.Space) continue;
        beforeSpace = prev;
      } else if (prev === CharClass.Space && len >= 2 && cls === CharClass.Digit && beforeSpace >= CharClass.Latin) {
        // S 400 → s400: the space from a letter to a digit goes.
        len--;
        prev = beforeSpace;
      }
      if (cls >= CharClass.Digit && (prev < CharClass.Digit || prev !== cls || cls === CharClass.Continuous)) starts[startCount++] = len;
      if (i - len !== delta) this.addBreak(len, (delta = i - len));
      buf[len] = info & 0xffff;
      len++;
      prev = cls;
    }
    this.sourceLength = n;
    this.len = len;
    this.startCount = startCount;
    return this;
  }
}

// ASCII, precomputed: most of the text on most pages.
for (let c = 0; c < 0x80; c++) infoOf(c);

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

const scratch = new FoldBuffer();

export function normalise(input: string): Normalised {
  const b = scratch.fold(input);
  const map = new Uint32Array(b.len + 1);
  for (let k = 0; k <= b.len; k++) map[k] = b.mapAt(k);
  return { text: b.toString(), map };
}

/** The folded form alone, for aliases and searches. Trailing separators are dropped. */
export function fold(input: string): string {
  const b = scratch.fold(input);
  let end = b.len;
  while (end > 0 && b.buf[end - 1] === 0x20) end--;
  return b.toString(0, end);
}

/**
 * Original [start, end) for folded [start, end). Marks that folded to nothing right after the last
 * letter (a final fatha, tatweel, a combining accent) stay inside the mention, so a highlight never
 * splits a letter from its mark.
 */
export function toOriginal(input: string, n: Normalised | FoldBuffer, start: number, end: number): [number, number] {
  const at = (k: number) => ('mapAt' in n ? n.mapAt(k) : n.map[k]!);
  const from = at(start);
  if (end <= start) return [from, from];
  let to = at(end - 1) + 1;
  while (to < input.length && isTrailingMark(input.charCodeAt(to))) to++;
  return [from, to];
}

const isTrailingMark = (code: number) => isCombining(code) || inRange(code, 0x064b, 0x065f) || code === 0x0670 || code === 0x0640;
