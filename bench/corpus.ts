/** The benchmark's inputs: real pages' text and a large, deterministic, multilingual alias set. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtmlText } from '../lib/node/html-text';
import type { AliasSpec } from '../lib/core/text/matcher';

/** The saved real pages and the seed article, kept in the repository (tests/fixtures). */
const FIXTURES = 'tests/fixtures';

/**
 * Every real page's extracted text (as the content script reads it), plus the seed article, each with
 * the language its page declares (the html element's `lang`; the seed article is Arabic), which the
 * content script sends with the text.
 */
export function loadCorpus(): { name: string; text: string; lang?: string }[] {
  const dir = join(FIXTURES, 'real-pages');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const { text, lang } = extractHtmlText(readFileSync(join(dir, f), 'utf8'));
      return { name: f, text, lang };
    });
  return [
    ...pages,
    { name: 'seed-article.ar.txt', text: readFileSync(join(FIXTURES, 'articles', 'seed.ar.txt'), 'utf8'), lang: 'ar' },
  ].map(({ name, text, lang }) => ({ name, text: asReceived(text), ...(lang ? { lang } : {}) }));
}

/**
 * The text as the background receives it: a tab's text reaches the matcher through extension
 * messaging, which hands over a fresh, flat string. The extractor's text is instead built up piece by
 * piece, a rope the engine reads a unit of more slowly (a fifth, for every contender and the floor).
 */
function asReceived(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A small seeded PRNG (mulberry32), so every run generates the same aliases. */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES: Record<string, string[]> = {
  en: [
    'an',
    'ber',
    'cal',
    'dor',
    'el',
    'fen',
    'gar',
    'hol',
    'is',
    'jor',
    'kel',
    'lan',
    'mor',
    'nat',
    'os',
    'per',
    'quin',
    'ros',
    'sal',
    'tor',
    'ul',
    'var',
    'wes',
    'yor',
    'zan',
  ],
  tr: [
    'ay',
    'baş',
    'çe',
    'dağ',
    'er',
    'gül',
    'han',
    'ıl',
    'kır',
    'lü',
    'mer',
    'nur',
    'öz',
    'sev',
    'şah',
    'tün',
    'ün',
    'yıl',
    'zer',
  ],
  de: [
    'al',
    'bach',
    'berg',
    'dorf',
    'ech',
    'feld',
    'grü',
    'hau',
    'kai',
    'lin',
    'mü',
    'nau',
    'ost',
    'ried',
    'schön',
    'tal',
    'wei',
  ],
  fr: ['beau', 'cha', 'dé', 'fon', 'gau', 'lé', 'mar', 'nô', 'pré', 'roi', 'sai', 'tour', 'vil'],
  ru: [
    'ан',
    'бор',
    'вол',
    'гор',
    'дми',
    'ев',
    'жук',
    'зан',
    'ков',
    'лев',
    'мир',
    'нов',
    'ост',
    'пет',
    'ров',
    'сев',
    'тих',
    'ур',
    'чер',
    'щук',
  ],
  ar: [
    'عبد',
    'ال',
    'رح',
    'من',
    'سل',
    'يم',
    'خا',
    'لد',
    'فا',
    'طم',
    'حس',
    'ين',
    'نو',
    'ري',
    'قا',
    'سم',
    'جب',
    'ور',
    'دي',
  ],
};

/** `count` made-up names, multi-word and in six languages, with some model numbers (XK-512). */
export function generatedAliases(count: number, seed = 42): AliasSpec[] {
  const random = rng(seed);
  const langs = Object.keys(SYLLABLES);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const word = (lang: string) => {
    const n = 2 + Math.floor(random() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES[lang]!);
    return lang === 'ar' || lang === 'ru' ? w : w[0]!.toUpperCase() + w.slice(1);
  };
  const out: AliasSpec[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(langs);
    const r = random();
    const text =
      r < 0.1
        ? `${pick(['XK', 'TR', 'ZU', 'Q', 'MV'])}-${100 + Math.floor(random() * 900)}`
        : r < 0.45
          ? word(lang)
          : r < 0.9
            ? `${word(lang)} ${word(lang)}`
            : `${word(lang)} ${word(lang)} ${word(lang)}`;
    out.push({ entity: `gen-${i}`, text, lang });
  }
  return out;
}
