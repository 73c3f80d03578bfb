/**
 * Builds assets/packs/countries.json: one card for every country and territory, with its names in
 * the twelve languages Backstory reads, a one-line description and a short summary.
 *
 * The names come from two data packages, not from hand-typed lists, so that 250 cards stay
 * consistent and can be regenerated when the data is corrected upstream:
 * - i18n-iso-countries (MIT): the names each language's writers use, several per country;
 * - world-countries (ODbL-1.0): common and official names, translations, capitals and regions;
 * - Unicode CLDR's territory names (Unicode-3.0), via cldr-localenames-full: each language's everyday
 *   name where the two above give another one (i18n-iso-countries' Portuguese is Portugal's —
 *   Polónia, Quénia — and CLDR's is Brazil's: Polônia, Quênia; its Ukrainian has Сполучені Штати).
 *
 * Run: npx vite-node scripts/build-countries-pack.ts
 */
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import isoAr from 'i18n-iso-countries/langs/ar.json';
import isoDe from 'i18n-iso-countries/langs/de.json';
import isoEn from 'i18n-iso-countries/langs/en.json';
import isoEs from 'i18n-iso-countries/langs/es.json';
import isoFa from 'i18n-iso-countries/langs/fa.json';
import isoFr from 'i18n-iso-countries/langs/fr.json';
import isoHe from 'i18n-iso-countries/langs/he.json';
import isoIt from 'i18n-iso-countries/langs/it.json';
import isoPt from 'i18n-iso-countries/langs/pt.json';
import isoRu from 'i18n-iso-countries/langs/ru.json';
import isoTr from 'i18n-iso-countries/langs/tr.json';
import isoUk from 'i18n-iso-countries/langs/uk.json';
import cldrAr from 'cldr-localenames-full/main/ar/territories.json';
import cldrDe from 'cldr-localenames-full/main/de/territories.json';
import cldrEn from 'cldr-localenames-full/main/en/territories.json';
import cldrEs from 'cldr-localenames-full/main/es/territories.json';
import cldrFa from 'cldr-localenames-full/main/fa/territories.json';
import cldrFr from 'cldr-localenames-full/main/fr/territories.json';
import cldrHe from 'cldr-localenames-full/main/he/territories.json';
import cldrIt from 'cldr-localenames-full/main/it/territories.json';
import cldrPt from 'cldr-localenames-full/main/pt/territories.json';
import cldrRu from 'cldr-localenames-full/main/ru/territories.json';
import cldrTr from 'cldr-localenames-full/main/tr/territories.json';
import cldrUk from 'cldr-localenames-full/main/uk/territories.json';
import cldrPackage from 'cldr-localenames-full/package.json';
import worldCountriesJson from 'world-countries/countries.json';
import worldCountriesPackage from 'world-countries/package.json';
import {
  LANGS,
  validatePack,
  type Alias,
  type Card,
  type Lang,
  type Localised,
  type Pack,
  type Source,
} from '../lib/core/knowledge/pack-schema';
import { fold } from '../lib/core/text/normalise';

const OUT = fileURLToPath(new URL('../assets/packs/countries.json', import.meta.url));
const REVIEWED = '2026-12-05';
/**
 * Bumped whenever this script's output changes for the same data (2: twelve languages, sameAs keys,
 * on by default; 3: no Latin capital names in Arabic summaries; 4: Cyrillic names case-sensitive;
 * 5: CLDR's names too; 6: Persian پرو left out; 7: the Congos' wrong and bare names left out; 8:
 * Egypt's other cases in Russian and Ukrainian, Taiwan and North Korea in Hebrew; 9: GIVEN_NAMES; 10:
 * Turkey's name for the Republic of Cyprus): the pack's version is the data's version and this, so an
 * installed copy updates.
 */
const GENERATOR_REVISION = 13;

const SOURCES: Source[] = [
  {
    id: 'world-countries',
    title: 'world-countries: world countries in JSON, CSV, XML and YAML',
    publisher: 'Mohammed Le Doze',
    url: 'https://github.com/mledoze/countries',
    accessed: REVIEWED,
  },
  {
    id: 'i18n-iso-countries',
    title: 'i18n-iso-countries',
    publisher: 'npm',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
    accessed: REVIEWED,
  },
  {
    id: 'cldr',
    title: `Unicode CLDR ${cldrPackage.version}: territory names`,
    publisher: 'Unicode, Inc.',
    url: 'https://cldr.unicode.org/',
    accessed: REVIEWED,
  },
];

interface NamePair {
  common: string;
  official: string;
}

/** The fields of a world-countries entry this script reads. */
interface WorldCountry {
  cca2: string;
  name: NamePair;
  capital: string[];
  region: string;
  subregion: string;
  translations: Record<string, NamePair | undefined>;
  altSpellings: string[];
  /** Null where the status is disputed (Kosovo). */
  independent: boolean | null;
}

interface IsoNames {
  countries: Record<string, string | string[] | undefined>;
}

const COUNTRIES: readonly WorldCountry[] = worldCountriesJson;
const ISO_NAMES: Record<Lang, IsoNames> = {
  ar: isoAr,
  en: isoEn,
  tr: isoTr,
  ru: isoRu,
  fr: isoFr,
  de: isoDe,
  es: isoEs,
  pt: isoPt,
  it: isoIt,
  fa: isoFa,
  uk: isoUk,
  he: isoHe,
};
/** CLDR's names of territories, by region code, in one language's main locale. */
interface CldrTerritories {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
}
const CLDR: Record<Lang, CldrTerritories> = {
  ar: cldrAr,
  en: cldrEn,
  tr: cldrTr,
  ru: cldrRu,
  fr: cldrFr,
  de: cldrDe,
  es: cldrEs,
  pt: cldrPt,
  it: cldrIt,
  fa: cldrFa,
  uk: cldrUk,
  he: cldrHe,
};
/**
 * CLDR names left out, by language and region code, because in running text they are mostly
 * something else.
 */
const CLDR_DENY = new Set([
  'fa:CZ', // چک: also "cheque"
  'ar:OM', // عُمان, without its vowel mark عمان: also Amman, Jordan's capital
  'ar:MW', // ملاوي: also Mallawi, a town in Egypt
  'ar:JE', // جيرسي: the second word of نيو جيرسي (New Jersey)
  'he:JE', // ג׳רזי: likewise, ניו ג׳רזי
  'es:MF', // San Martín: the Argentine general, provinces and towns, and streets in every town
  'es:SH', // Santa Elena: a province of Ecuador and a town's name across Latin America
  'ar:SH', // the island of Saint Helena: the places pack's card of the region
  'it:SH',
  'de:MF', // St. Martin: towns in Germany and Austria, and St Martin's Day (11 November)
]);

/**
 * Names a source gives that are wrong, or that in running text mostly mean something else, by
 * language and region code: left out of the aliases, and where one was the label, the label (a
 * label is a name too) names the country in full.
 */
const NAME_DENY: Readonly<Record<string, { names: readonly string[]; label?: string }>> = {
  // پرو: also "Pro", in the names of phones and laptops («آیفون ۱۷ پرو»), far more often in Persian news.
  'fa:PE': { names: ['پرو'], label: 'جمهوری پرو' },
  // i18n-iso-countries' Portuguese names of the two Congos are wrong: the Republic of the Congo's is
  // the other's ("República Democrática do Congo"), and the DR Congo's its neighbour's old name
  // (the People's Republic of the Congo, 1970–1991).
  'pt:CG': { names: ['República Democrática do Congo'], label: 'República do Congo' },
  'pt:CD': { names: ['República Popular do Congo'], label: 'República Democrática do Congo' },
  // The bare name is either Congo («l'est du Congo», in a story on the M23, was marked as Brazzaville):
  // neither card keeps it, so where one source made it a label, the label is the full name.
  'es:CG': { names: ['Congo'], label: 'República del Congo' },
  'uk:CG': { names: ['Конго'], label: 'Республіка Конго' },
  'de:CD': { names: ['Kongo'], label: 'Demokratische Republik Kongo' },
  'ar:CD': { names: ['الكونغو'] },
  'de:CG': { names: ['Kongo'] },
  // مالي / مالی: also "financial" («الدعم المالي», «منابع مالی»), in every economic story.
  'ar:ML': { names: ['مالي'], label: 'جمهورية مالي' },
  'fa:ML': { names: ['مالی'], label: 'جمهوری مالی' },
};

/**
 * Names news uses that no source gives, by language and region code: Holland for the Netherlands,
 * as Italian, Spanish and Russian pages call it («l'Olanda», «Holanda», «Голландия»), and other
 * spellings. Typed by hand.
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'it:NL': ['Olanda'],
  'es:NL': ['Holanda'],
  'ru:NL': ['Голландия'],
  'uk:NL': ['Голландія'],
  // סודאן: Hebrew news spells Sudan with an alef as often as without (סודן).
  'he:SD': ['סודאן'],
  // Egypt's other cases, whose stem drops the nominative's е (Египет, Египта, в Египте; Єгипет,
  // Єгипту, в Єгипті): the nominative's stem matches none of them. Russian's genitive gives the
  // stem and its endings (word-edges.ts: stemPattern); Ukrainian's (Єгипту) ends in no nominative
  // ending to cut, so the stem itself, which takes a noun's endings.
  'ru:EG': ['Египта'],
  'uk:EG': ['Єгипт'],
  // Hebrew news also spells Taiwan with one yod, and says "North Korea" in the other order.
  'he:TW': ['טיוואן'],
  'he:KP': ['צפון קוריאה'],
  // "The Emirates", as Hebrew news lists them beside Egypt and Turkey (a ninth trial, December 2026).
  'he:AE': ['האמירויות'],
  // Turkey's official name for the Republic of Cyprus, and its initials, in Turkish news («GKRY lideri»).
  // «Rum Yönetimi», "the Greek Cypriot Administration", Turkish official usage shortened (a trial, December 2026).
  'tr:CY': ['Güney Kıbrıs Rum Yönetimi', 'GKRY', 'Rum Yönetimi'],
  // Ukrainian spells Saint Kitts with two т too, and the Comoros as islands (a trial, December 2026).
  'uk:KN': ['Сент-Кіттс і Невіс'],
  'uk:KM': ['Коморські острови', 'Союз Коморських Островів'],
  // Tajikistan as Afghan (Dari) news spells it, beside Iran's تاجیکستان (a trial, December 2026).
  'fa:TJ': ['تاجکستان'],
  // The Holy See, as Italian, Portuguese and French news call the Vatican's state (a ninth trial,
  // December 2026: «la Santa Sede»); Spanish's comes from the sources already.
  'it:VA': ['Santa Sede'],
  'pt:VA': ['Santa Sé'],
  'fr:VA': ['Saint-Siège'],
  'de:VA': ['Heiliger Stuhl'],
  'ar:VA': ['الكرسي الرسولي'],
  'ru:VA': ['Святой Престол'],
  'uk:VA': ['Святий Престол'],
};

/**
 * Names that stand for the country only once the text has named it (afterName, after-name.ts), by
 * language and region code: Persian news writes «جمهوری آذربایجان», then «آذربایجان» for the
 * republic (a ninth trial, December 2026: five times in one article), but the bare name is also
 * Iran's own Azerbaijan, its provinces' region.
 */
const AFTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'fa:AZ': ['آذربایجان'],
};

/** world-countries keys its translations by ISO 639-3 code; it has none in Ukrainian or Hebrew. */
const WC_TRANSLATION: Record<Exclude<Lang, 'en'>, string | undefined> = {
  ar: 'ara',
  tr: 'tur',
  ru: 'rus',
  fr: 'fra',
  de: 'deu',
  es: 'spa',
  pt: 'por',
  it: 'ita',
  fa: 'per',
  uk: undefined,
  he: undefined,
};

/** world-countries subregions (or the region, where there is no subregion), as a sentence reads them. */
const AREAS: Record<string, { en: string; ar: string }> = {
  'Eastern Africa': { en: 'Eastern Africa', ar: 'شرق أفريقيا' },
  'Middle Africa': { en: 'Middle Africa', ar: 'وسط أفريقيا' },
  'Northern Africa': { en: 'Northern Africa', ar: 'شمال أفريقيا' },
  // Not جنوب أفريقيا: that is also the name of the country South Africa.
  'Southern Africa': { en: 'Southern Africa', ar: 'الجنوب الأفريقي' },
  'Western Africa': { en: 'Western Africa', ar: 'غرب أفريقيا' },
  Caribbean: { en: 'the Caribbean', ar: 'منطقة البحر الكاريبي' },
  'Central America': { en: 'Central America', ar: 'أمريكا الوسطى' },
  'North America': { en: 'North America', ar: 'أمريكا الشمالية' },
  'South America': { en: 'South America', ar: 'أمريكا الجنوبية' },
  Antarctic: { en: 'the Antarctic', ar: 'المنطقة القطبية الجنوبية' },
  'Central Asia': { en: 'Central Asia', ar: 'آسيا الوسطى' },
  'Eastern Asia': { en: 'Eastern Asia', ar: 'شرق آسيا' },
  'South-Eastern Asia': { en: 'South-Eastern Asia', ar: 'جنوب شرق آسيا' },
  'Southern Asia': { en: 'Southern Asia', ar: 'جنوب آسيا' },
  'Western Asia': { en: 'Western Asia', ar: 'غرب آسيا' },
  'Central Europe': { en: 'Central Europe', ar: 'وسط أوروبا' },
  'Eastern Europe': { en: 'Eastern Europe', ar: 'شرق أوروبا' },
  'Northern Europe': { en: 'Northern Europe', ar: 'شمال أوروبا' },
  'Southeast Europe': { en: 'Southeast Europe', ar: 'جنوب شرق أوروبا' },
  'Southern Europe': { en: 'Southern Europe', ar: 'جنوب أوروبا' },
  'Western Europe': { en: 'Western Europe', ar: 'غرب أوروبا' },
  'Australia and New Zealand': { en: 'Australia and New Zealand', ar: 'أستراليا ونيوزيلندا' },
  Melanesia: { en: 'Melanesia', ar: 'ميلانيزيا' },
  Micronesia: { en: 'Micronesia', ar: 'ميكرونيزيا' },
  Polynesia: { en: 'Polynesia', ar: 'بولينيزيا' },
};

type Status = 'country' | 'territory' | 'limited' | 'continent';

/**
 * world-countries marks Palestine and Taiwan as not independent and leaves Kosovo unset; "territory"
 * would take one side of a live dispute, so these three use the neutral "state with limited recognition".
 */
const LIMITED_RECOGNITION = new Set(['PS', 'TW', 'XK']);

/** Where the capital itself is disputed, name the seat of government instead, which is not. */
const SEAT_OF_GOVERNMENT = new Set(['IL', 'PS']);

const STATUS_WORDS: Record<Exclude<Status, 'continent'>, { en: string; ar: string }> = {
  country: { en: 'country', ar: 'دولة' },
  territory: { en: 'territory', ar: 'إقليم' },
  limited: { en: 'state with limited recognition', ar: 'دولة ذات اعتراف محدود' },
};

/**
 * altSpellings mix endonyms, transliterations and codes. These are left out because in running text
 * they are mostly something else: a common word, a demonym, a company, a first name, a wider region.
 */
const ALT_SPELLING_DENY = new Set([
  'Island', // Iceland in German, but the English word everywhere else
  'Mann', // Isle of Man; a German noun and a surname
  'Thai',
  'Togolese',
  'Prathet', // "country" in Thai
  'Timor', // the island, shared with Indonesia
  'Guiana', // the whole Guiana region
  'Portuguesa',
  'Mexicanos',
  'Dominique', // a first name
  'Emirates', // the airline
  'Nippon', // Nippon Steel, Nippon Life…
  'Nihon',
  'Macedonia', // also the Greek region
  'Reunion',
  'the Abode of Peace', // half of Brunei's official name, split at its comma
]);

const SUMMARY_MAX_WORDS = 60;

/** A name as the sources give it, tidied: Unicode-normalised, no stray trailing commas. */
function tidy(name: string, lang: Lang): string {
  const text = name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/, '')
    .trim();
  // world-countries writes some Turkish names in lower case (çin, şili); Turkish capitalises them.
  return lang === 'tr' ? text.charAt(0).toLocaleUpperCase('tr') + text.slice(1) : text;
}

const isLatin = (s: string) => /^\P{L}*\p{Script=Latin}/u.test(s);
const isRussianCyrillic = (s: string) => /^[А-Яа-яЁё\s\-–]+$/u.test(s);
const hasCase = (s: string) => s.toUpperCase() !== s.toLowerCase();
const isAllCaps = (s: string) => hasCase(s) && s === s.toUpperCase();
const isCode = (s: string) => /^[A-Z]{2,3}$/.test(s);
/** Latin and Cyrillic in one name is a translation error ("Большинство Serene Республика Сан-Марино"). */
const isMixedScript = (s: string) => /\p{Script=Latin}/u.test(s) && /\p{Script=Cyrillic}/u.test(s);
/** IPA letters mark a pronunciation guide ("ʁɛpublika de an'ɡɔla"), not a spelling. */
const isPhonetic = (s: string) => /[\u0250-\u02AF]/u.test(s);

/** altSpellings carry no language; keep the ones whose script tells us where they belong. */
function altSpellingsFor(country: WorldCountry, lang: Lang): string[] {
  const usable = country.altSpellings.filter((s) => !isCode(s) && !isPhonetic(s) && !ALT_SPELLING_DENY.has(s));
  if (lang === 'en') return usable.filter(isLatin);
  // Russian letters only: Serbian, Kazakh or Tajik Cyrillic endonyms are not names a Russian page uses.
  if (lang === 'ru') return usable.filter(isRussianCyrillic);
  return [];
}

function isoNames(country: WorldCountry, lang: Lang): string[] {
  const names = ISO_NAMES[lang].countries[country.cca2];
  return names === undefined ? [] : [names].flat();
}

/**
 * CLDR's name of the country in the language, if it has one to add. Only the plain name: not its
 * short or variant forms, and not a name with CLDR's Russian abbreviations for islands (о-в, о-ва),
 * which prose spells out.
 */
function cldrName(country: WorldCountry, lang: Lang): string[] {
  if (CLDR_DENY.has(`${lang}:${country.cca2}`)) return [];
  const name = Object.values(CLDR[lang].main)[0]?.localeDisplayNames.territories[country.cca2];
  return name === undefined || /(^|\s)о-ва?(\s|$)/u.test(name) ? [] : [name];
}

function wcNames(country: WorldCountry, lang: Lang): NamePair | undefined {
  if (lang === 'en') return country.name;
  const key = WC_TRANSLATION[lang];
  return key === undefined ? undefined : country.translations[key];
}

/**
 * Where i18n-iso-countries' first name makes a partisan or wrong card title, world-countries' common
 * name is used; the i18n name stays an alias, since pages do use it.
 */
const LABEL_FROM_WORLD_COUNTRIES: Partial<Record<Lang, string[]>> = {
  tr: [
    'CY', // "Güney Kıbrıs Rum Kesimi" is the Turkish state's term for the Republic of Cyprus
    'PS', // "Filistin Bölgeleri" (the Palestinian territories) for the State of Palestine
  ],
  ru: ['EH'], // "САДР" is the Sahrawi republic, not the territory of Western Sahara
};

/** ISO list forms ("Syrien, Arabische Republik", "КНР (Китайская …)") read badly as a card title. */
const isListForm = (name: string) => /[()]|, /.test(name);

/** world-countries gives both Saint-Martins the same French name, so it cannot stand in for either. */
function isSharedWcName(country: WorldCountry, lang: Lang, name: string): boolean {
  return COUNTRIES.some((other) => other !== country && wcNames(other, lang)?.common === name);
}

function labelFor(country: WorldCountry, lang: Lang): string | undefined {
  if (lang === 'en') return tidy(country.name.common, lang);
  const iso = isoNames(country, lang)[0];
  const wc = wcNames(country, lang)?.common;
  const preferWc =
    wc !== undefined &&
    (iso === undefined ||
      LABEL_FROM_WORLD_COUNTRIES[lang]?.includes(country.cca2) ||
      (isListForm(iso) && !isListForm(wc) && !isSharedWcName(country, lang, wc)));
  const name = preferWc ? wc : iso;
  return name === undefined ? undefined : tidy(name, lang);
}

/** Every name the sources give for a country in one language, with the label first. */
function namesFor(country: WorldCountry, lang: Lang): string[] {
  const wc = wcNames(country, lang);
  const raw = [
    labelFor(country, lang) ?? '',
    ...isoNames(country, lang),
    ...cldrName(country, lang),
    wc?.common ?? '',
    wc?.official ?? '',
    ...altSpellingsFor(country, lang),
    ...(EXTRA_NAMES[`${lang}:${country.cca2}`] ?? []),
  ];
  const names: string[] = [];
  for (const name of raw.map((n) => tidy(n, lang)).filter((n) => n && !isMixedScript(n))) {
    names.push(name);
    // ISO list forms ("Holy See (Vatican City State)", "КНР (Китайская …)"): the part before the
    // bracket is what running text says.
    const bare = name.replace(/\s*\([^()]*\)$/, '');
    if (bare !== name && bare) names.push(bare);
  }
  return [...new Set(names)];
}

/**
 * Country names that are also given names in a language's news, flagged `givenName`: followed by a
 * name they are someone's first name, as Spanish «Mauricio Cárdenas» (a Colombian minister) is not
 * Mauritius.
 */
const GIVEN_NAMES: Partial<Record<Lang, ReadonlySet<string>>> = { es: new Set(['Mauricio']) };

/** How one name is matched: its case (caseOf), and GIVEN_NAMES. */
function toAlias(name: string, lang: Lang): Alias | undefined {
  const alias = caseOf(name, lang);
  return alias && GIVEN_NAMES[lang]?.has(name)
    ? { ...(typeof alias === 'string' ? { text: alias } : alias), givenName: true }
    : alias;
}

/**
 * How one name is matched. Latin and Cyrillic names are always capitalised in these languages' news,
 * so matching them case-sensitively keeps china (porcelain), turkey (the bird), chad and того ("of
 * that", Togo in Russian) out; a declined name keeps its capital (в Турции). Short names
 * are kept only as upper-case abbreviations (USA, США); Arabic has no case and its short names
 * (مصر, قطر) are the everyday ones.
 */
function caseOf(name: string, lang: Lang): Alias | undefined {
  const short = [...name].length < 4;
  // Short Hebrew and Persian names (לוב، פרו، چین) are whole words only: a prefix or an ending makes
  // them into other words too often.
  if (short && (lang === 'he' || lang === 'fa')) return { text: name, exact: true };
  if (short && hasCase(name) && !isAllCaps(name)) return undefined;
  // A name that starts in lower case ("îles Vierges") is written that way mid-sentence.
  if ((hasCase(name) && /^\P{L}*\p{Lu}/u.test(name)) || (short && isAllCaps(name)))
    return { text: name, caseSensitive: true };
  return name;
}

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

function statusOf(country: WorldCountry): Status {
  if (country.cca2 === 'AQ') return 'continent';
  if (LIMITED_RECOGNITION.has(country.cca2)) return 'limited';
  return country.independent === true ? 'country' : 'territory';
}

function areaOf(country: WorldCountry): { en: string; ar: string } {
  const key = country.subregion || country.region;
  const area = AREAS[key];
  if (!area) throw new Error(`${country.cca2}: no Arabic for the area "${key}"; add it to AREAS`);
  return area;
}

function describe(country: WorldCountry): { en: string; ar: string } {
  const status = statusOf(country);
  if (status === 'continent') return { en: 'Continent around the South Pole', ar: 'القارة المحيطة بالقطب الجنوبي' };
  const what = STATUS_WORDS[status];
  const area = areaOf(country);
  return { en: `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)} in ${area.en}`, ar: `${what.ar} في ${area.ar}` };
}

/** "The Netherlands is…", "The Cayman Islands is…": names that take an article at the start of a sentence. */
function subject(name: string): string {
  const takesThe =
    /^(United |Republic of |Central African |Dominican Republic|Czech Republic|Bahamas|Gambia|Netherlands|Philippines|Maldives|French Southern)|\b(Islands|Lands)$/;
  return takesThe.test(name) ? `The ${name}` : name;
}

/** The capital in English; the data has no Arabic names for capitals (see summarise). */
function capitalSentence(country: WorldCountry): string | undefined {
  const capitals = country.capital;
  if (capitals.length === 0) return undefined;
  // "Washington D.C." already ends the sentence.
  const end = (s: string) => (s.endsWith('.') ? s : `${s}.`);
  const names = capitals.join(', ');
  if (SEAT_OF_GOVERNMENT.has(country.cca2)) return end(`Seat of government: ${names}`);
  return end(`${capitals.length > 1 ? 'Capitals' : 'Capital'}: ${names}`);
}

function summarise(country: WorldCountry, label: Localised): { en: string; ar: string } {
  const status = statusOf(country);
  const arName = label.ar ?? label.en;
  let en: string;
  let ar: string;
  if (status === 'continent') {
    en = `${label.en} is the continent around the South Pole.`;
    ar = `${arName} هي القارة المحيطة بالقطب الجنوبي.`;
  } else {
    const what = STATUS_WORDS[status];
    const area = areaOf(country);
    en = `${subject(label.en)} is a ${what.en} in ${area.en}.`;
    ar = `${arName} ${what.ar} في ${area.ar}.`;
  }
  const capital = capitalSentence(country);
  // The data names capitals in English only: an Arabic sentence with a Latin name in it («العاصمة:
  // Ankara») reads as a mistake, so the Arabic summary leaves the capital out until a source names it.
  const summary = capital ? { en: `${en} ${capital}`, ar } : { en, ar };
  for (const text of Object.values(summary)) {
    if (text.split(/\s+/).length > SUMMARY_MAX_WORDS)
      throw new Error(`${country.cca2}: summary over ${SUMMARY_MAX_WORDS} words: ${text}`);
  }
  return summary;
}

function cardFor(country: WorldCountry): Card {
  const label: Localised = { en: tidy(country.name.common, 'en') };
  for (const lang of LANGS) {
    const name = labelFor(country, lang);
    const deny = NAME_DENY[`${lang}:${country.cca2}`];
    if (name && lang !== 'en') label[lang] = deny?.label && deny.names.includes(name) ? deny.label : name;
  }
  const aliases: Card['aliases'] = {};
  for (const lang of LANGS) {
    const deny = NAME_DENY[`${lang}:${country.cca2}`];
    const list = namesFor(country, lang)
      .filter((name) => !deny?.names.includes(name))
      .map((name) => toAlias(name, lang))
      .filter((a) => a !== undefined);
    for (const text of AFTER_NAMES[`${lang}:${country.cca2}`] ?? []) list.push({ text, afterName: true });
    if (list.length) aliases[lang] = list;
  }
  return {
    id: `country-${country.cca2.toLowerCase()}`,
    kind: 'country',
    sameAs: [`iso3166:${country.cca2}`],
    label,
    description: describe(country),
    aliases,
    summary: summarise(country, label),
    facts: [],
    sources: SOURCES,
    reviewed: REVIEWED,
  };
}

/**
 * The matcher reads every language's aliases at once, so a name on two cards ("Congo" for both
 * Congos, "Виргинские Острова" for both Virgin Islands) cannot say which it means. Such an alias
 * stays only on the one card whose label it is; otherwise it goes from all of them.
 */
function dropSharedAliases(cards: Card[]): string[] {
  const labelOwners = new Map<string, Set<string>>();
  const aliasOwners = new Map<string, Set<string>>();
  const own = (map: Map<string, Set<string>>, text: string, id: string) => {
    const key = fold(text);
    map.set(key, (map.get(key) ?? new Set()).add(id));
  };
  for (const card of cards) {
    for (const text of Object.values(card.label)) own(labelOwners, text, card.id);
    for (const list of Object.values(card.aliases))
      for (const alias of list) own(aliasOwners, aliasText(alias), card.id);
    for (const text of Object.values(card.label)) own(aliasOwners, text, card.id);
  }
  const dropped = new Set<string>();
  for (const card of cards) {
    for (const lang of LANGS) {
      const list = card.aliases[lang];
      if (!list) continue;
      const kept = list.filter((alias) => {
        const key = fold(aliasText(alias));
        const owners = aliasOwners.get(key);
        if (!owners || owners.size < 2) return true;
        const labelledBy = labelOwners.get(key);
        if (labelledBy?.size === 1 && labelledBy.has(card.id)) return true;
        dropped.add(`${aliasText(alias)} (${[...owners].sort().join(', ')})`);
        return false;
      });
      if (kept.length) card.aliases[lang] = kept;
      else delete card.aliases[lang];
    }
  }
  return [...dropped].sort();
}

/** Titles two cards share: the matcher cannot tell them apart, so they are listed for a reviewer. */
function sharedLabels(cards: Card[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const card of cards) {
    for (const text of Object.values(card.label))
      owners.set(fold(text), (owners.get(fold(text)) ?? new Set()).add(card.id));
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => `${key} (${[...ids].sort().join(', ')})`)
    .sort();
}

function main(): void {
  const cards = COUNTRIES.map(cardFor).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dropped = dropSharedAliases(cards);
  const pack: Pack = {
    format: 1,
    id: 'countries',
    name: 'Countries of the world',
    version: `${worldCountriesPackage.version}.${GENERATOR_REVISION}`,
    languages: [...LANGS],
    author: 'Generated by scripts/build-countries-pack.ts from i18n-iso-countries and world-countries',
    licence: 'ODbL-1.0 (world-countries) and MIT (i18n-iso-countries)',
    reviewed: REVIEWED,
    cards,
  };
  const result = validatePack(pack);
  if (!result.ok) {
    console.error(`countries pack is invalid:\n${result.errors.join('\n')}`);
    process.exit(1);
  }
  writeFileSync(OUT, `${JSON.stringify(pack, null, 1)}\n`);
  const aliasCount = cards.reduce((n, c) => n + Object.values(c.aliases).reduce((m, list) => m + list.length, 0), 0);
  const shared = sharedLabels(cards);
  if (shared.length) console.log(`Labels shared by several cards:\n  ${shared.join('\n  ')}`);
  if (dropped.length)
    console.log(`Aliases shared by several cards, kept only where they are the label:\n  ${dropped.join('\n  ')}`);
  console.log(`Wrote ${cards.length} cards with ${aliasCount} aliases to ${OUT} (${statSync(OUT).size} bytes).`);
}

main();
