/**
 * What each language writes joined to a name: the prefixes before it (Arabic, Hebrew) and the endings
 * after it (English and German s, Russian and Ukrainian cases, Persian plural and ezafe). Data only,
 * folded as the text is; word-edges.ts decides where they apply. Each set is a named rule with
 * examples in language-rules.ts.
 */
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

/**
 * Hebrew one-letter prefixes written joined to the next word, in the order they chain: and (ו), that
 * or when (ש, כש), a preposition (ב כ ל מ), the article (ה). After ב כ ל the article is not written
 * (בכנסת for ב + הכנסת): that case is the article-dropped variant of an alias (see NeedsArticle).
 */
export const HEBREW_PREFIXES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'ו'])
    for (const rel of ['', 'ש', 'כש'])
      for (const prep of ['', 'ב', 'כ', 'ל', 'מ'])
        for (const art of ['', 'ה']) {
          if (art && prep && prep !== 'מ') continue;
          const s = conj + rel + prep + art;
          if (s) out.add(s);
        }
  return out;
})();

/** Prefixes after which an alias's own article is not written: ب/ل + ال (بالناتو، للناتو), ב כ ל + ה. */
export const carriesArticle = (prefix: string, hebrew: boolean) =>
  hebrew ? /[בכל]$/.test(prefix) : prefix.endsWith('ال') || prefix.endsWith('لل');

/** Endings written without an apostrophe: English plural and German genitive s (F-35s, Putins). */
export const LATIN_S_ENDINGS: ReadonlySet<string> = new Set(['s']);

const folded = (list: readonly string[]) => new Set(list.map(fold));

/**
 * Russian case endings of nouns and adjectives (Эрдогану, Путиным, Идлиба, Анкары, Рабочей партии),
 * folded like the text (й → и).
 */
export const RUSSIAN_ENDINGS = folded([
  ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ым', 'им', 'ах', 'ях'],
  ...['ам', 'ям', 'ов', 'ев', 'ью', 'ии', 'ия', 'ие', 'ию', 'ами', 'ями', 'ией', 'иям', 'иях', 'ая', 'яя', 'ое'],
  ...['ее', 'ые', 'ий', 'ый', 'ую', 'юю', 'ых', 'их', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими'],
]);

/**
 * Endings of a Russian word that has none in the dictionary form (Донецк, Путин): its cases and
 * plural, and the instrumental -ым of surnames in -ин and -ов (Путиным), but not an adjective's
 * endings, which make another word of it (донецкий "of Donetsk", Артемовский, a town in the Urals).
 */
export const RUSSIAN_NOUN_ENDINGS = folded([
  ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ом', 'ем', 'ым', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ами', 'ями', 'ых'],
]);

/** Endings of the Russian dictionary form (nominative): the only ones taken off to find the stem. */
export const RUSSIAN_NOMINATIVE = folded([
  'а',
  'я',
  'ь',
  'й',
  'о',
  'е',
  'ы',
  'и',
  'ая',
  'яя',
  'ое',
  'ее',
  'ый',
  'ий',
  'ой',
  'ые',
  'ие',
]);

/**
 * Ukrainian case endings (Ердогана, Путіним, Сирії, Туреччини, Зеленського, у Києві, Росією), folded
 * (ї → і, й → и; є stays).
 */
export const UKRAINIAN_ENDINGS = folded([
  ...['а', 'я', 'у', 'ю', 'е', 'є', 'и', 'і', 'ї', 'о', 'ь', 'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ій', 'ий', 'ів'],
  ...['їв', 'ей', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ові', 'еві', 'єві', 'ого', 'ього', 'ому', 'ьому', 'им'],
  ...['ім', 'их', 'іх', 'ими', 'іми', 'ої', 'ую', 'юю', 'ія', 'ії', 'ією', 'ію'],
]);

/** Ukrainian's endings of a word that has none in the dictionary form, as RUSSIAN_NOUN_ENDINGS (донецький is not Донецьк). */
export const UKRAINIAN_NOUN_ENDINGS = folded([
  ...['а', 'я', 'у', 'ю', 'е', 'і', 'и', 'ом', 'ем', 'єм', 'ові', 'еві', 'єві', 'ів', 'їв', 'ам', 'ям', 'ах', 'ях'],
  ...['ами', 'ями', 'им', 'их'],
]);

/**
 * Turkish case and plural suffixes, written joined to a common noun (proper nouns take theirs after an
 * apostrophe, which is already a word edge): after a vowel, as in a possessive (İsrail ordusu →
 * ordusunun, ordusuna, ordusunda), and after a consonant (koalisyon → koalisyonun, koalisyona), in
 * each vowel harmony; with the plural and its cases.
 */
export const TURKISH_SUFFIXES = folded([
  ...['nın', 'nin', 'nun', 'nün', 'na', 'ne', 'nı', 'ni', 'nu', 'nü', 'nda', 'nde', 'ndan', 'nden', 'ndaki', 'ndeki'],
  ...['ya', 'ye', 'yı', 'yi', 'yu', 'yü', 'yla', 'yle'],
  ...['ın', 'in', 'un', 'ün', 'a', 'e', 'ı', 'i', 'u', 'ü', 'la', 'le'],
  ...['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'daki', 'deki', 'taki', 'teki'],
  ...['lar', 'ler', 'ları', 'leri', 'ların', 'lerin', 'lara', 'lere', 'larda', 'lerde', 'lardan', 'lerden'],
]);

/** Endings of the Ukrainian dictionary form. */
export const UKRAINIAN_NOMINATIVE = folded(['а', 'я', 'ь', 'й', 'о', 'е', 'є', 'и', 'і', 'ий', 'ій', 'ая', 'яя', 'ої']);

/**
 * Persian endings written joined to a name once the zero-width non-joiner is dropped: the plural ها
 * and with ezafe های; after a final vowel, the ezafe ی (آمریکای، روسیه‌ی); after a final ه, ای
 * (ترکیه‌ای). Not یی: after a name it makes the adjective (آمریکایی "American"), not the name.
 */
const PERSIAN_ALWAYS = folded(['ها', 'های']);
const PERSIAN_AFTER_VOWEL = folded(['ی']);
const PERSIAN_AFTER_HE = folded(['ی', 'ای']);
const PERSIAN_VOWELS = new Set(
  fold('اوه')
    .split('')
    .map((c) => c.charCodeAt(0)),
);
const PERSIAN_HE = fold('ه').charCodeAt(0);

/** True when `ending` may follow a Persian name whose last folded letter is `last`. */
export function persianEndingAllowed(ending: string, last: number): boolean {
  if (ending === '' || PERSIAN_ALWAYS.has(ending)) return true;
  if (last === PERSIAN_HE) return PERSIAN_AFTER_HE.has(ending);
  return PERSIAN_VOWELS.has(last) && PERSIAN_AFTER_VOWEL.has(ending);
}
