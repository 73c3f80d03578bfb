/** What a folded code unit is — space, digit, a letter of which script — and where words end. */
import { inRange } from './char-rules';

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
  if (
    inRange(code, 0x0600, 0x06ff) ||
    inRange(code, 0x0750, 0x077f) ||
    inRange(code, 0x08a0, 0x08ff) ||
    inRange(code, 0xfb50, 0xfdff) ||
    inRange(code, 0xfe70, 0xfeff)
  )
    return CharClass.Arabic;
  if (
    inRange(code, 0x0e00, 0x0eff) ||
    inRange(code, 0x1000, 0x109f) ||
    inRange(code, 0x3040, 0x30ff) ||
    inRange(code, 0x3400, 0x9fff) ||
    inRange(code, 0xf900, 0xfaff)
  )
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
