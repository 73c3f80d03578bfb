/**
 * The character rules of normalisation, each a small named object with an example, and the lazily
 * filled per-code-unit table that applies them (news pages use a few hundred distinct characters,
 * so the table stays tiny and hot).
 */

export interface CharRule {
  name: string;
  description: string;
  /** What this rule alone does to the input, character by character. */
  example: [input: string, output: string];
  /** Returns the replacement for one code unit, or undefined to leave it to the next rule. */
  apply(ch: string, code: number): string | undefined;
}

export const inRange = (code: number, lo: number, hi: number) => code >= lo && code <= hi;

/** Marks that change nothing a reader sees in a name: they are dropped. */
export const dropInvisible: CharRule = {
  name: 'drop-invisible',
  description:
    'Zero-width characters, soft hyphens, bidi marks, the Arabic letter mark and private-use (icon) code points are dropped.',
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

/** Hebrew points (niqqud) and cantillation marks: pointed and unpointed spellings are one name. */
export const dropHebrewPoints: CharRule = {
  name: 'drop-hebrew-points',
  description:
    'Hebrew vowel points, dagesh, shin and sin dots and cantillation (U+0591–U+05C7, not the maqaf or punctuation) are dropped.',
  example: ['פּוּטִין', 'פוטין'],
  apply: (_ch, code) => (isHebrewPoint(code) ? '' : undefined),
};

export const isHebrewPoint = (code: number) =>
  inRange(code, 0x0591, 0x05bd) ||
  code === 0x05bf ||
  code === 0x05c1 ||
  code === 0x05c2 ||
  code === 0x05c4 ||
  code === 0x05c5 ||
  code === 0x05c7;

const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ک: 'ك',
  ڪ: 'ك',
  ؤ: 'و',
};

export const unifyArabicLetters: CharRule = {
  name: 'unify-arabic-letters',
  description:
    'Alef with hamza or madda → bare alef, alef maqsura → ya, ta marbuta → ha, Persian and Urdu kaf and ya → Arabic.',
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
  description:
    'Spaces of every width, NBSP, hyphens, dashes, the Hebrew maqaf and the minus sign become a plain space.',
  example: ['F\u201135\u00A0program', 'F 35 program'],
  apply: (ch, code) =>
    code === 0x2d ||
    inRange(code, 0x2010, 0x2015) ||
    code === 0x2212 ||
    code === 0xfe58 ||
    code === 0xfe63 ||
    code === 0xff0d ||
    code === 0x5f ||
    code === 0x05be || // the Hebrew maqaf
    /\s/.test(ch)
      ? ' '
      : undefined,
};

export const unifyApostrophes: CharRule = {
  name: 'unify-apostrophes',
  description:
    "Typographic apostrophes and prime-like marks become the ASCII apostrophe, so Erdoğan’ın ends like Erdoğan'ın.",
  example: ['Workers’ Party', "Workers' Party"],
  apply: (_ch, code) =>
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x02bc ||
    code === 0x02bb ||
    code === 0x2032 ||
    code === 0x00b4 ||
    code === 0x60 ||
    code === 0x05f3 || // the Hebrew geresh
    code === 0xff07
      ? "'"
      : undefined,
};

/**
 * Double quotation marks become the ASCII one, so the Hebrew gershayim of an acronym (ארה״ב) meets the
 * quote most sites type (ארה"ב); the sequence rule join-inner-quote then drops it between letters.
 */
export const unifyQuotes: CharRule = {
  name: 'unify-quotes',
  description: 'The Hebrew gershayim, typographic double quotes and the double prime become the ASCII double quote.',
  example: ['ארה״ב “x”', 'ארה"ב "x"'],
  apply: (_ch, code) =>
    code === 0x05f4 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2033 || code === 0xff02
      ? '"'
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
  dropHebrewPoints,
  unifyArabicLetters,
  asciiDigits,
  unifySeparators,
  unifyApostrophes,
  unifyQuotes,
  foldTurkishI,
  foldCaseAndDiacritics,
];

/** A lone combining mark (decomposed input, e.g. "Erdog\u0306an") is dropped like a precomposed accent. */
export const isCombining = (code: number) =>
  inRange(code, 0x0300, 0x036f) ||
  inRange(code, 0x1ab0, 0x1aff) ||
  inRange(code, 0x1dc0, 0x1dff) ||
  inRange(code, 0x20d0, 0x20ff);

function foldChar(ch: string, code: number): string {
  if (isCombining(code)) return '';
  for (const rule of CHAR_RULES) {
    const out = rule.apply(ch, code);
    if (out !== undefined) return out;
  }
  return ch;
}

/** Per-code-unit results, filled on first sight: a single folded unit (≥ 0), DROP, or MULTI. */
export const UNSEEN = -3;
export const DROP = -1;
export const MULTI = -2;
const foldTable = new Int32Array(0x10000).fill(UNSEEN);
export const multiFolds = new Map<number, string>();

export function foldCode(code: number): number {
  let f = foldTable[code]!;
  if (f === UNSEEN) {
    // Lone surrogates and astral characters pass through unchanged.
    const out =
      code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : foldChar(String.fromCharCode(code), code);
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
