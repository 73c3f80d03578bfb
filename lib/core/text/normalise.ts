/**
 * Folds text so that the spellings a reader meets for one name become one string, and keeps an
 * offset map back to the original characters, so a match in folded text marks the right letters.
 *
 * Aliases and page text go through this same function. It applies the character rules
 * (char-rules.ts, each a small named object with an example) through a lazily filled per-code-unit
 * table, then the sequence rules below while it writes the output.
 */
import { CharClass, classOf } from './char-class';
import { DROP, MULTI, UNSEEN, foldCode, inRange, isCombining, isHebrewPoint, multiFolds } from './char-rules';

export { CHAR_RULES, type CharRule } from './char-rules';

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
  /**
   * Positions in `buf` where a word starts (see isEdge), in order: as long as `buf`, since every unit
   * may start one («1 2 3»), and a typed array drops a write past its end without a word.
   */
  starts = new Uint32Array(this.buf.length);
  startCount = 0;
  /** `fold`'s running state, handed to `foldMulti` and back: where the offsets stand, the last class, the class before a trailing space. */
  private delta = 0;
  private prev = 0;
  private beforeSpace = 0;

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
    for (let i = from; i < to; i += 8192)
      s += String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
    return s;
  }

  /**
   * One MULTI unit (ß → ss), unit by unit through the rules of `foldRun`, from and back to the state
   * kept in the fields between runs; it may grow the buffers. Its rules are a copy of those in
   * `foldRun`'s loop (a change to one is a change to both): sharing them through a call would cost
   * every unit of every page a call, and this path inside the loop is what slowed it (see `foldRun`).
   */
  private foldMulti(code: number, i: number, n: number): void {
    let { buf, starts, len, startCount, delta, prev, beforeSpace } = this;
    const out = multiFolds.get(code)!;
    if (len + out.length + n - i + 8 > buf.length) {
      this.len = len;
      this.startCount = startCount;
      this.grow(len + out.length + n - i + 8);
      ({ buf, starts } = this);
    }
    for (let k = 0; k < out.length; k++) {
      const f = out.charCodeAt(k);
      const cls = classOf(f);
      if (cls === CharClass.Space) {
        if (len === 0 || prev === CharClass.Space) continue;
        beforeSpace = prev;
      } else if (prev === CharClass.Space && len >= 2 && cls === CharClass.Digit && beforeSpace >= CharClass.Latin) {
        len--;
        prev = beforeSpace;
      } else if (
        prev === CharClass.Other &&
        cls >= CharClass.Latin &&
        isQuote(buf[len - 1]!) &&
        (len === 1 || buf[len - 2] === 0x20)
      ) {
        len--;
        prev = CharClass.Space;
      }
      if (cls >= CharClass.Digit && (prev < CharClass.Digit || prev !== cls || cls === CharClass.Continuous))
        starts[startCount++] = len;
      if (i - len !== delta) this.addBreak(len, (delta = i - len));
      buf[len] = f;
      len++;
      prev = cls;
    }
    this.len = len;
    this.startCount = startCount;
    this.delta = delta;
    this.prev = prev;
    this.beforeSpace = beforeSpace;
  }

  /**
   * Folds `input` into the buffer, applying the sequence rules as it writes: runs of separators
   * become one space (none at the start), and a space between a letter and a digit is dropped.
   */
  fold(input: string): this {
    const n = input.length;
    // Every unit folds to at most one unit except MULTI ones (ß → ss), which grow the buffers as needed.
    if (this.buf.length < n + 8) this.grow(n + 8);
    this.len = 0;
    this.startCount = 0;
    this.breakCount = 0;
    this.addBreak(0, 0);
    this.delta = 0;
    this.prev = CharClass.Space;
    this.beforeSpace = CharClass.Space;
    for (let i = this.foldRun(input, 0, n); i < n; i = this.foldRun(input, i + 1, n))
      this.foldMulti(input.charCodeAt(i), i, n);
    this.sourceLength = n;
    return this;
  }

  /**
   * `fold`'s loop, from `from` up to the first MULTI unit (its index, which `fold` hands to
   * `foldMulti`) or the end (`n`). Apart from `fold` so that its buffers never change inside the
   * loop: where a MULTI unit was folded inside it and the buffers read back after (they may grow),
   * V8 compiled the loop, once a build had folded aliases with ß in them, 2.5 times slower on page
   * text (node 20, bench corpus: 229 → 90 MB/s, in about one run of three). Here they are read once.
   */
  private foldRun(input: string, from: number, n: number): number {
    const { buf, starts } = this;
    let { len, startCount, delta, prev, beforeSpace } = this;
    let i = from;
    for (; i < n; i++) {
      const code = input.charCodeAt(i);
      let info = infoTable[code]!;
      if (info === UNSEEN) info = infoOf(code);
      if (info < 0) {
        if (info === DROP) continue;
        break;
      }
      const cls = info >>> 16;
      if (cls === CharClass.Space) {
        if (len === 0 || prev === CharClass.Space) continue;
        beforeSpace = prev;
      } else if (prev === CharClass.Space && len >= 2 && cls === CharClass.Digit && beforeSpace >= CharClass.Latin) {
        // S 400 → s400: the space from a letter to a digit goes.
        len--;
        prev = beforeSpace;
      } else if (prev === CharClass.Other && len >= 1 && isQuote(buf[len - 1]!)) {
        if (cls >= CharClass.Latin && (len === 1 || buf[len - 2] === 0x20)) {
          // כוח "קודס" → כוח קודס", فيلق «القدس» → فيلق القدس»: an opening quote inside a name is not part of it.
          len--;
          prev = CharClass.Space;
        } else if (len >= 2 && isInnerQuote(buf[len - 1]!, cls) && classOf(buf[len - 2]!) === cls) {
          // ארה"ב → ארהב, обʼєднаних → обєднаних: a quote inside a Hebrew or Cyrillic word is part of
          // it. A Hebrew geresh stays: it changes the letter's sound (ג'ובה, Juba, is not גובה, "height").
          if (!isGeresh(buf[len - 1]!, cls)) len--;
          prev = cls;
        }
      }
      if (cls >= CharClass.Digit && (prev < CharClass.Digit || prev !== cls || cls === CharClass.Continuous))
        starts[startCount++] = len;
      if (i - len !== delta) this.addBreak(len, (delta = i - len));
      buf[len] = info & 0xffff;
      len++;
      prev = cls;
      // The rest of a word, while its letters are of this script and fold one to one (most of a
      // page): no rule applies inside, no word starts and the offsets keep their difference. An
      // unseen, dropped or multiple unit is negative, so of no class, and ends the run.
      if (cls >= CharClass.Latin && cls !== CharClass.Continuous)
        for (let next = i + 1; next < n; next++) {
          const unit = infoTable[input.charCodeAt(next)]!;
          if (unit >>> 16 !== cls) break;
          buf[len++] = unit & 0xffff;
          i = next;
        }
      // The rest of a run of separators, which folds to the one just written (on most pages half the
      // text is indentation between elements): read, not written, with no rule to apply.
      else if (cls === CharClass.Space)
        while (i + 1 < n && infoTable[input.charCodeAt(i + 1)]! >>> 16 === CharClass.Space) i++;
    }
    this.len = len;
    this.startCount = startCount;
    this.delta = delta;
    this.prev = prev;
    this.beforeSpace = beforeSpace;
    return i;
  }
}

/** A quotation mark, as folded: the ASCII double quote and apostrophe (unify-quotes, unify-apostrophes), guillemets. */
const isQuote = (unit: number) =>
  unit === 0x22 || unit === 0x27 || unit === 0xab || unit === 0xbb || unit === 0x2039 || unit === 0x203a;

/** The Hebrew geresh, as folded (unify-apostrophes): inside a word it marks a sound Hebrew letters lack (ג' j, צ' ch, ז' zh). */
const isGeresh = (unit: number, cls: number) => unit === 0x27 && cls === CharClass.Hebrew;

/** A quote that is part of a word: Hebrew gershayim and geresh, the Ukrainian apostrophe (both already folded to ASCII). */
const isInnerQuote = (unit: number, cls: number) =>
  (unit === 0x27 && (cls === CharClass.Hebrew || cls === CharClass.Cyrillic)) ||
  (unit === 0x22 && cls === CharClass.Hebrew);

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
  {
    name: 'collapse-spaces',
    description: 'A run of spaces, hyphens and dashes is one space; none at the start.',
    example: ['  Hayat -- Tahrir', 'hayat tahrir'],
  },
  {
    name: 'drop-opening-quote',
    description:
      'A quotation mark after a space (or at the start) and before a letter is dropped: a name may be quoted in part, as Hebrew and Arabic news often quote the second word.',
    example: ['כוח "קודס" فيلق «القدس»', 'כוח קודס" فيلق القدس»'],
  },
  {
    name: 'join-inner-quote',
    description:
      "A double quote between two Hebrew letters (gershayim) or an apostrophe between two Cyrillic letters (Ukrainian) is dropped: it is inside the word, not at its edge. A geresh between Hebrew letters stays in the word, since it changes a letter's sound: ג'ובה (Juba) is not גובה.",
    example: ['ארה"ב ג\'ובה обʼєднаних', "ארהב ג'ובה обєднаних"],
  },
  {
    name: 'join-letter-digit',
    description:
      'A separator from a letter to a digit is dropped, so model names meet; a word edge still falls there (see isEdge).',
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

const isTrailingMark = (code: number) =>
  isCombining(code) || inRange(code, 0x064b, 0x065f) || code === 0x0670 || code === 0x0640 || isHebrewPoint(code);
