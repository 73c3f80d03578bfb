import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { packsMatcher } from '../../lib/core/knowledge/pack-matcher';
import { validatePack, type Pack } from '../../lib/core/knowledge/pack-schema';
import { findMentions, type Matcher } from '../../lib/core/text/matcher';
import { bundledPacks } from '../../lib/node/bundled-packs';
import {
  STOP_NAMES,
  designatedCore,
  designatorInLowerCase,
  placeAlias,
  ukrainianObliqueStem,
  type PlaceFacts,
} from '../../scripts/lib/place-names';
import { ukrainianSpelling } from '../../scripts/lib/ukrainian-latin';

const town = (population: number): PlaceFacts => ({ population, capital: false, region: false });
const capital: PlaceFacts = { population: 500_000, capital: true, region: false };
const region: PlaceFacts = { population: 0, capital: false, region: true };
/** The languages whose dictionary has each word, as scripts/lib/common-words.ts answers. */
const words = new Map<string, string[]>([
  ['nice', ['en', 'fr']],
  ['split', ['en']],
  ['van', ['en']],
  ['cologne', ['en']],
  ['reading', ['en']],
  ['colorado', ['es']],
  ['veneto', ['it']],
  ['mersin', ['tr']],
]);
const isWord = (w: string) => words.get(w) ?? [];

describe('the precision rules of generated place names', () => {
  it('keeps a name in a cased script as a case-sensitive alias', () => {
    expect(placeAlias('Kharkiv', 'en', town(1_400_000), isWord)).toEqual({
      alias: { text: 'Kharkiv', caseSensitive: true },
    });
    expect(placeAlias('Харків', 'uk', town(1_400_000), isWord)).toEqual({
      alias: { text: 'Харків', caseSensitive: true },
    });
  });

  it('drops a name that is an ordinary word, unless the city has a million people or is a capital', () => {
    expect(placeAlias('Nice', 'en', town(340_000), isWord)).toEqual({ dropped: 'common-word' });
    expect(placeAlias('Split', 'fr', town(160_000), isWord)).toEqual({ dropped: 'common-word' });
    expect(placeAlias('Cologne', 'en', town(1_000_000), isWord)).toEqual({
      alias: { text: 'Cologne', caseSensitive: true },
    });
  });

  it("keeps a region's name in its own country's language where only another language has it as a word", () => {
    const state = (homeLangs: PlaceFacts['homeLangs']): PlaceFacts => ({ ...region, homeLangs });
    // Colorado is Spanish for "red": an English name of a US state, guarded at a sentence start.
    expect(placeAlias('Colorado', 'en', state(['en']), isWord)).toEqual({
      alias: { text: 'Colorado', caseSensitive: true, wordAtSentenceStart: true },
    });
    // Not outside the country's languages, nor where the language itself has the word (veneto, "Venetian").
    expect(placeAlias('Colorado', 'fr', state(['en']), isWord)).toEqual({ dropped: 'common-word' });
    expect(placeAlias('Veneto', 'it', state(['it']), isWord)).toEqual({ dropped: 'common-word' });
    // A city is not a region: its common-word names stay out (Nice).
    expect(placeAlias('Nice', 'fr', { ...town(340_000), homeLangs: ['fr'] }, isWord)).toEqual({
      dropped: 'common-word',
    });
  });

  it("keeps a large city's name that is a word only where words go uncapitalised, yielding it to any other place", () => {
    // Mersin is Turkish for "myrtle": capitalised mid-sentence it is the city; at a sentence start only once named.
    expect(placeAlias('Mersin', 'en', town(950_000), isWord)).toEqual({
      alias: { text: 'Mersin', caseSensitive: true, wordAtSentenceStart: true, givenName: true },
      yields: true,
    });
    // Not for a smaller town, nor where English or German has the word (title-case headlines, capitalised nouns).
    expect(placeAlias('Mersin', 'en', town(200_000), isWord)).toEqual({ dropped: 'common-word' });
    expect(placeAlias('Nice', 'fr', town(340_000), isWord)).toEqual({ dropped: 'common-word' });
    // Nor in German, where a capital after it tells nothing (every noun has one): the shared English name stands for it.
    expect(placeAlias('Mersin', 'de', town(950_000), isWord)).toEqual({ dropped: 'common-word' });
  });

  it('drops names of three letters or fewer, and the names of the stop list', () => {
    expect(placeAlias('Gao', 'en', town(90_000), isWord)).toEqual({ dropped: 'short' });
    expect(placeAlias('Batman', 'en', town(400_000), isWord)).toEqual({ dropped: 'stop-list' });
    expect(placeAlias('جدة', 'ar', town(3_400_000), isWord)).toEqual({ dropped: 'stop-list' });
    // Every entry says which example needs it.
    for (const [name, why] of Object.entries(STOP_NAMES)) expect(why.length, name).toBeGreaterThan(5);
  });

  it('in a script without capitals, keeps a single word only for a capital or a city of a million', () => {
    expect(placeAlias('حمص', 'ar', town(775_000), isWord)).toEqual({ alias: 'مدينة حمص' });
    expect(placeAlias('صنعاء', 'ar', capital, isWord)).toEqual({ alias: 'صنعاء' });
    expect(placeAlias('حلب', 'ar', town(1_600_000), isWord)).toEqual({ alias: 'حلب' });
    expect(placeAlias('דמשק', 'he', capital, isWord)).toEqual({ alias: 'דמשק' });
    expect(placeAlias('طرطوس', 'ar', region, isWord)).toEqual({ dropped: 'caseless-single-word' });
    expect(placeAlias('ريف دمشق', 'ar', region, isWord)).toEqual({ alias: 'ريف دمشق' });
  });

  it('drops a name written in another script than its language, and GeoNames bidi marks', () => {
    expect(placeAlias('Tārūt', 'ar', town(90_000), isWord)).toEqual({ dropped: 'script' });
    expect(placeAlias('طريف\u200e\u200e', 'ar', capital, isWord)).toEqual({ alias: 'طريف' });
  });

  it('writes a region by what it is in lower case, as running text does, where the data has a capital', () => {
    expect(designatorInLowerCase('Estado de Guerrero', 'es')).toBe('estado de Guerrero');
    expect(designatorInLowerCase('Estado do Rio de Janeiro', 'pt')).toBe('estado do Rio de Janeiro');
    expect(designatorInLowerCase("Province de l'Ouest", 'fr')).toBe("province de l'Ouest");
    expect(designatorInLowerCase('Provincia di Qandahar', 'it')).toBe('provincia di Qandahar');
    expect(designatorInLowerCase('Kandahar Province', 'en')).toBe('Kandahar province');
    expect(designatorInLowerCase('Lagos State', 'en')).toBe('Lagos state');
    // Only a designator before "of": a name that merely starts with one is left alone; German
    // capitalises its nouns, and a name of the place alone has nothing to lower.
    expect(designatorInLowerCase('Distrito Federal', 'es')).toBeUndefined();
    expect(designatorInLowerCase('Provinz Buenos Aires', 'de')).toBeUndefined();
    expect(designatorInLowerCase('Guerrero', 'es')).toBeUndefined();
    expect(designatorInLowerCase('State of Mexico', 'en')).toBeUndefined();
  });

  it("reads a region's bare name out of one that says what it is", () => {
    expect(designatedCore('Provincia de Misiones', 'es')).toBe('Misiones');
    expect(designatedCore('Provincia del Neuquén', 'es')).toBe('Neuquén');
    expect(designatedCore('Provincia della Spezia', 'it')).toBe('Spezia');
    expect(designatedCore("Province de l'Ouest", 'fr')).toBe("l'Ouest");
    expect(designatedCore('Misiones Province', 'en')).toBe('Misiones');
    expect(designatedCore('Misiones', 'es')).toBeUndefined();
    expect(designatedCore('Distrito Federal', 'es')).toBeUndefined();
  });

  it("keeps a region named only by where it lies in its own country's languages, and never in English", () => {
    const of = (homeLangs: PlaceFacts['homeLangs']): PlaceFacts => ({ ...region, homeLangs });
    // Sri Lanka's Southern Province had marked «la province du Sud-Kivu» in French news about DR Congo.
    expect(placeAlias('Province du Sud', 'fr', of(undefined), isWord)).toEqual({ dropped: 'position-only' });
    expect(placeAlias('Южная провинция', 'ru', of(undefined), isWord)).toEqual({ dropped: 'position-only' });
    expect(placeAlias('Südprovinz', 'de', of(undefined), isWord)).toEqual({ dropped: 'position-only' });
    expect(placeAlias('North-East District', 'en', of(['en']), isWord)).toEqual({ dropped: 'position-only' });
    expect(placeAlias('Eastern District', 'en', of(['en']), isWord)).toEqual({ dropped: 'position-only' });
    // In the country's own language the name is its region's: Israel's Southern District, Iran's Markazi.
    expect(placeAlias('מחוז הדרום', 'he', of(['he']), isWord)).toEqual({ alias: 'מחוז הדרום' });
    expect(placeAlias('استان مرکزی', 'fa', of(['fa']), isWord)).toEqual({ alias: 'استان مرکزی' });
    expect(placeAlias('Région du Sud-Ouest', 'fr', of(['fr', 'en']), isWord)).toEqual({
      alias: { text: 'Région du Sud-Ouest', caseSensitive: true },
    });
    // A name with any other word names one place.
    expect(placeAlias('Province du Sud-Kivu', 'fr', of(undefined), isWord)).toEqual({
      alias: { text: 'Province du Sud-Kivu', caseSensitive: true },
    });
    expect(placeAlias('Far North Region', 'en', of(['en']), isWord)).toEqual({
      alias: { text: 'Far North Region', caseSensitive: true },
    });
  });

  it('gives a Ukrainian city ending in -ів or -їв the stem its other cases take', () => {
    expect(ukrainianObliqueStem('Львів')).toBe('Львов');
    expect(ukrainianObliqueStem('Миколаїв')).toBe('Миколаєв');
    // Other names keep their stem; names of several words are left alone.
    expect(ukrainianObliqueStem('Житомир')).toBeUndefined();
    expect(ukrainianObliqueStem('Кривий Ріг')).toBeUndefined();
  });

  it("adds Ukraine's own Latin spelling of a Ukrainian city, where it spells the English name another way", () => {
    expect(ukrainianSpelling('Миколаїв', 'Mykolayiv')).toBe('Mykolaiv');
    expect(ukrainianSpelling('Одеса', 'Odessa')).toBe('Odesa');
    expect(ukrainianSpelling('Сєвєродонецьк', "Syeverodonets'k")).toBe('Sievierodonetsk');
    // The same spelling adds nothing; a former name (Pokrovsk was Krasnoarmiisk) is no spelling of it.
    expect(ukrainianSpelling('Харків', 'Kharkiv')).toBeUndefined();
    expect(ukrainianSpelling('Красноармійськ', 'Pokrovsk')).toBeUndefined();
  });
});

describe('the places pack', () => {
  let pack: Pack;
  let all: Matcher;
  beforeAll(() => {
    const result = validatePack(JSON.parse(readFileSync('assets/packs/places.json', 'utf8')));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    pack = result.pack;
    all = packsMatcher(bundledPacks());
  });
  const marked = (text: string, lang?: string) =>
    findMentions(all, text, lang).map((x) => `${text.slice(x.start, x.end)}=${x.entity}`);

  it('has every capital, the cities of 300,000 people and more, and first-level regions, each with its point or country', () => {
    const cities = pack.cards.filter((c) => c.id.startsWith('geonames-'));
    const regions = pack.cards.filter((c) => c.id.startsWith('region-'));
    expect(cities.length).toBeGreaterThan(2500);
    expect(regions.length).toBeGreaterThan(3500);
    for (const c of cities) expect(c.geo?.lat, c.id).toBeTypeOf('number');
    for (const c of regions) expect(c.geo?.country, c.id).toMatch(/^[A-Z]{2}$/);
    const byId = new Map(pack.cards.map((c) => [c.id, c]));
    // Kyiv, Kadugli (a regional seat in Sudan), Pokrovsk (a town of 60,000 in Ukraine).
    for (const id of ['geonames-703448', 'geonames-373141', 'geonames-704422']) expect(byId.has(id), id).toBe(true);
    expect(byId.get('geonames-703448')!.label.ar).toBe('كييف');
  });

  it('carries no name the data has broken (U+FFFD where an encoding was lost)', () => {
    const broken = pack.cards.flatMap((c) =>
      [
        ...Object.values(c.label),
        ...Object.values(c.aliases)
          .flat()
          .map((a) => (typeof a === 'string' ? a : a!.text)),
      ]
        .filter((t) => t?.includes('\uFFFD'))
        .map((t) => `${c.id}: ${t}`),
    );
    expect(broken).toEqual([]);
  });

  it('marks cities and regions in the languages the data names them in', () => {
    // [text, its language, the marks], each with the rule it shows.
    const cases: [text: string, lang: string, marks: string[]][] = [
      [
        'Talks in Kampala and Lusaka; floods in Queensland.',
        'en',
        ['Kampala=geonames-232422', 'Lusaka=geonames-909137', 'Queensland=region-au-qld'],
      ],
      ['وصل الوفد إلى كمبالا ثم إلى لوساكا.', 'ar', ['كمبالا=geonames-232422', 'لوساكا=geonames-909137']],
      // Jerusalem in the languages it is most written in: a single word, not a capital in GeoNames'
      // data, so the curated card gives the names the generated one may not; East Jerusalem stays its own.
      ['وصل الوفد إلى القدس ثم إلى القدس الشرقية.', 'ar', ['القدس=jerusalem', 'القدس الشرقية=east-jerusalem']],
      ['מסיבת עיתונאים בירושלים', 'he', ['ירושלים=jerusalem']],
      // Towns below the thresholds where the news's talks are held; a treaty named after one is not it.
      [
        'Talks in Geneva, then Anchorage, on the Geneva Conventions.',
        'en',
        ['Geneva=geonames-2660646', 'Anchorage=geonames-5879400'],
      ],
      // Ukraine's own spelling beside GeoNames' older one.
      ['Strikes on Mykolaiv and Mykolayiv overnight.', 'en', ['Mykolaiv=geonames-700569', 'Mykolayiv=geonames-700569']],
      // A town's single word that is only its name stands alone (NAME_ONLY); one that is also a word needs «مدينة».
      ['اشتباكات في بنغازي، وهدوء في مدينة تعز ومن تعز.', 'ar', ['بنغازي=geonames-88319', 'مدينة تعز=geonames-70225']],
      // A name kept because it is a word only in Turkish (Mersin); one kept so yields to a larger
      // place (Barcelona, Venezuela, to Spain's); a preferred holder (Valencia, Spain, over Venezuela's).
      [
        'Floods in Mersin, Barcelona and Valencia; Bristol Palin wed.',
        'en',
        ['Mersin=geonames-304531', 'Barcelona=geonames-3128760', 'Valencia=geonames-2509954'],
      ],
      ['فيضانات في بلنسية.', 'ar', ['بلنسية=geonames-2509954']],
      // Names the data lacks (EXTRA_NAMES): Frankfurt beside Frankfurt am Main.
      ['Börse Frankfurt und Francoforte.', 'de', ['Frankfurt=geonames-2925533']],
      // A club takes an article, its city none (stop phrases): «il Napoli», «el Barcelona».
      ['Il Napoli gioca a Napoli.', 'it', ['Napoli=geonames-3172394']],
      ['El Barcelona juega en Barcelona.', 'es', ['Barcelona=geonames-3128760']],
      // Ukrainian oblasts and Iranian provinces, which the data names in neither language (EXTRA_NAMES);
      // a Ukrainian city in another case than the nominative (ukrainianObliqueStem).
      [
        'Удари по Львівській області; у Львові та Миколаєві тихо.',
        'uk',
        ['Львівській області=region-ua-46', 'Львові=geonames-702550', 'Миколаєві=geonames-700569'],
      ],
      ['برف در استان اصفهان و سیل در خوزستان.', 'fa', ['استان اصفهان=region-ir-04', 'خوزستان=region-ir-10']],
      // And the one word Ukrainian news gives an oblast as often (OBLAST_WORDS), in its cases.
      ['Негода на Одещині, Харківщина без світла.', 'uk', ['Одещині=region-ua-51', 'Харківщина=region-ua-63']],
      ['Удары по Харьковщине и Одесщине.', 'ru', ['Харьковщине=region-ua-63', 'Одесщине=region-ua-51']],
      // A place named like a person, right before a surname, is the person's first name (GIVEN_NAMES).
      ['Фильм Владимира Котта снят во Владимире.', 'ru', ['Владимире=geonames-473247']],
      // A US state in Arabic stands alone (NAME_ONLY), with its clitics.
      ['فاز في تكساس وفلوريدا.', 'ar', ['تكساس=region-us-tx', 'فلوريدا=region-us-fl']],
      // Names regions elsewhere share, whose news means the US state (PREFERRED_HOLDER), and one that
      // is also a given name: before a surname it is the person (GIVEN_NAMES).
      [
        'Storms in Florida, Montana and Virginia; Virginia Giuffre wrote.',
        'en',
        ['Florida=region-us-fl', 'Montana=region-us-mt', 'Virginia=region-us-va'],
      ],
      // A province at war, bare or with "province" in lower case (PROVINCE), not Mount Ararat or Saladin.
      [
        'Strikes in Paktika province and Helmand, near Mount Ararat; Saladin besieged Jerusalem.',
        'en',
        ['Paktika province=region-af-pka', 'Helmand=region-af-hel', 'Jerusalem=jerusalem'],
      ],
      // A bare name that another country's region claims by what it is («Provincia de Misiones»)
      // marks neither; the designated name still says which, and a preferred holder keeps its own
      // (Brazil's Pará over Suriname's Para District).
      [
        'Lluvias en Misiones y en la provincia de Misiones. Chuvas no Pará.',
        'es',
        ['provincia de Misiones=region-ar-n', 'Pará=region-br-pa'],
      ],
      ['Attacks in Adamawa and in La Rioja.', 'en', ['Adamawa=region-ng-ad']],
      // A governorate by what it is in Arabic, where the data has only its bare single word.
      ['اشتباكات في محافظة الضالع.', 'ar', ['محافظة الضالع=region-ye-da']],
      // A town named like a woman, before her surname (GIVEN_NAMES).
      ['Llegó con su esposa, Paola Rubí.', 'es', []],
      // A region whose name a city keeps, with its governor's title (governorForms); the city bare.
      [
        'O governador de São Paulo falou em São Paulo.',
        'pt',
        ['governador de São Paulo=region-br-sp', 'São Paulo=geonames-3448439'],
      ],
      // A region named only by where it lies, in a language not its country's (isPositionOnly): the
      // province of DR Congo is marked, Sri Lanka's Southern Province not.
      ['Combats dans la province du Sud-Kivu.', 'fr', ['Sud-Kivu=region-cd-sk']],
      // A newspaper named after its city with a card of its own: the generated «New York Times» stop
      // phrase gives way to it (stopPhrases), in any language.
      ['Selon New York Times, la crise continue.', 'fr', ['New York Times=new-york-times']],
      // Afghanistan's provinces bare in Persian where the name is neither the capital's nor a word
      // (AFGHAN_BARE), as Persian news lists them; Kandahar's bare name stays the city's.
      [
        'بمباران در استان های قندهار، پکتیا و ننگرهار.',
        'fa',
        ['قندهار=kandahar', 'پکتیا=region-af-pia', 'ننگرهار=region-af-nan'],
      ],
      // A hand-written card's after-name alias («Rabat» for Chile's justice minister Fernando Rabat)
      // leaves the place its name (curatedNames): the city everywhere, the minister once named.
      ['The summit opened in Rabat on Monday.', 'en', ['Rabat=geonames-2538475']],
      [
        'El ministro Fernando Rabat habló. Rabat dijo que no.',
        'es',
        ['Fernando Rabat=fernando-rabat', 'Rabat=fernando-rabat'],
      ],
      // Beside the places, a country whose other cases lose a vowel of the nominative (the countries
      // pack's EXTRA_NAMES): Египет, Египта; Єгипет, Єгипту.
      ['Делегация Египта в Египте.', 'ru', ['Египта=egypt', 'Египте=egypt']],
      ['Делегація Єгипту в Єгипті.', 'uk', ['Єгипту=egypt', 'Єгипті=egypt']],
      // An oblast as English news writes it; the bare name stays the city's.
      [
        'Drones over the Ryazan region; a fire in Ryazan.',
        'en',
        ['Ryazan region=region-ru-rya', 'Ryazan=geonames-500096'],
      ],
      // German's name for the capital is the capital's, not the municipality's (EXTRA_NAMES).
      ['Peking spricht von einer Warnung.', 'de', ['Peking=geonames-1816670']],
      // A region of a country at war named in the data only by what it is gets its bare name (bareCores)
      // where no other place has it; a temple's name the data gave the province is the temple's.
      [
        'Combats dans le Mondol Kiri et au temple de Preah Vihear.',
        'fr',
        ['Mondol Kiri=region-kh-11', 'temple de Preah Vihear=preah-vihear-temple'],
      ],
      // A name GeoNames also gives a smaller town goes to the city the news means (PREFERRED_HOLDER).
      ['Strikes hit Bahawalpur.', 'en', ['Bahawalpur=geonames-1183880']],
    ];
    for (const [text, lang, marks] of cases) expect([text, marked(text, lang)]).toEqual([text, marks]);
  });

  it('marks nothing in ordinary words, given names and newspaper titles', () => {
    const en =
      'Nice to meet you. Reading is fun; split the bill in the van. Brittany Jones and Melissa Santos wrote for the Seattle Times and the Houston Chronicle.';
    expect(marked(en, 'en')).toEqual([]);
    const ar = 'زارت جدتي المدينة القديمة، وقالت إن الأمل في النصر قائم. صور الحفل في العين.';
    expect(marked(ar, 'ar')).toEqual([]);
    // Region names that are phrases of any story (Morocco's Oriental, Israel's Northern District).
    const sides = 'أدوا طقوسا في الجهة الشرقية من المسجد، وتقدمت القوات في المنطقة الشمالية.';
    expect(marked(sides, 'ar')).toEqual([]);
  });
});
