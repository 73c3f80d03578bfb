import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, validatePack } from '../../lib/core/knowledge/pack-schema';

const PACK_DIR = 'assets/packs';
const packFiles = readdirSync(PACK_DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
const load = (file: string) => JSON.parse(readFileSync(`${PACK_DIR}/${file}`, 'utf8')) as Record<string, unknown>;

describe('bundled packs', () => {
  it('has at least the core pack', () => expect(packFiles).toContain('core.json'));

  for (const file of packFiles) {
    it(`${file} validates against the pack schema`, () => {
      const result = validatePack(load(file));
      expect(result.ok ? [] : result.errors).toEqual([]);
    });
  }

  it('core has the S-400, F-35, YPG and PKK cards in Arabic and English with three dated, sourced facts each', () => {
    const result = validatePack(load('core.json'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const id of ['s-400', 'f-35-program', 'ypg', 'pkk']) {
      const card = result.pack.cards.find((c) => c.id === id);
      expect(card, id).toBeDefined();
      expect(card!.label.ar && card!.summary.ar && card!.label.en && card!.summary.en).toBeTruthy();
      expect(card!.facts.length).toBeGreaterThanOrEqual(3);
      expect(card!.sources.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('validatePack', () => {
  const good = () =>
    structuredClone(load('core.json')) as { cards: Record<string, unknown>[] } & Record<string, unknown>;

  it('names the card, the field path and the problem', () => {
    const pack = good();
    (pack.cards[1]!.facts as Record<string, unknown>[])[0]!.asOf = '12/07/2019';
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('cards[1].facts[0].asOf: expected a date like 2019-07-12');
  });

  it('refuses a source that is not http(s), unknown keys and duplicate ids', () => {
    const pack = good();
    (pack.cards[0]!.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
    pack.cards[0]!.extra = true;
    pack.cards.push(structuredClone(pack.cards[2]!));
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toMatch(/cards\[0\]\.sources\[0\]\.url/);
    expect(errors).toMatch(/cards\[0\]\.extra/);
    expect(errors).toMatch(/^cards: card ids must be unique$/m);
  });

  it('refuses a fact whose source is not listed in the card', () => {
    const pack = good();
    (pack.cards[0]!.facts as { sources: string[] }[])[0]!.sources = ['no-such-source'];
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual(['cards[0]: every fact names a source listed in the card']);
  });
});

describe('the generated countries pack', () => {
  const countries = () => {
    const r = validatePack(load('countries.json'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.pack;
  };

  it('is on by default, names every country in the twelve languages and keys it by its ISO code', () => {
    const pack = countries();
    expect(pack.enabledByDefault).not.toBe(false);
    expect(pack.cards.length).toBeGreaterThan(240);
    const tr = pack.cards.find((c) => c.id === 'country-tr')!;
    expect(tr.sameAs).toEqual(['iso3166:TR']);
    const names = Object.values(tr.aliases)
      .flat()
      .map((a) => (typeof a === 'string' ? a : a.text));
    for (const name of [
      'تركيا',
      'Türkiye',
      'Turkey',
      'Турция',
      'Turquie',
      'Türkei',
      'Turquía',
      'Turchia',
      'ترکیه',
      'Туреччина',
      'טורקיה',
    ])
      expect(names).toContain(name);
    for (const lang of LANGS) expect(pack.cards.filter((c) => c.aliases[lang]?.length).length).toBeGreaterThan(200);
    expect(
      pack.cards.every((c) => c.sameAs?.length === 1 && c.sameAs[0] === `iso3166:${c.id.slice(8).toUpperCase()}`),
    ).toBe(true);
  });

  it('marks countries, not the common words that share their names', async () => {
    const { packsMatcher } = await import('../../lib/core/knowledge/pack-matcher');
    const { findMentions } = await import('../../lib/core/text/matcher');
    const m = packsMatcher([countries()]);
    const text = 'China and Japan met in Chad; the fine china and black japan stayed in Jordan’s house. Mali borçlar.';
    const found = findMentions(m, text).map((x) => text.slice(x.start, x.end));
    expect(found).toEqual(['China', 'Japan', 'Chad', 'Jordan', 'Mali']);
    // Persian پرو is "Pro" in phone names far more often than Peru, which keeps its full name (NAME_DENY).
    const fa = 'آیفون ۱۷ پرو در جمهوری پرو عرضه شد.';
    expect(findMentions(m, fa, 'fa').map((x) => `${fa.slice(x.start, x.end)}=${x.entity}`)).toEqual([
      'جمهوری پرو=country-pe',
    ]);
    // Bare «Congo» is either Congo, and one source swaps the two in Portuguese; مالي is also "financial".
    const congo = 'A República Democrática do Congo e o Congo; a República do Congo.';
    expect(findMentions(m, congo, 'pt').map((x) => `${congo.slice(x.start, x.end)}=${x.entity}`)).toEqual([
      'República Democrática do Congo=country-cd',
      'República do Congo=country-cg',
    ]);
    const ar = 'الدعم المالي للحكومة في جمهورية مالي';
    expect(findMentions(m, ar, 'ar').map((x) => `${ar.slice(x.start, x.end)}=${x.entity}`)).toEqual([
      'جمهورية مالي=country-ml',
    ]);
    // Persian «آذربایجان» is the republic once the text has named it so (AFTER_NAMES); before, it
    // may be Iran's own Azerbaijan.
    const az = 'سفر به آذربایجان. روابط ایران و جمهوری آذربایجان؛ وزیر خارجه آذربایجان گفت.';
    expect(findMentions(m, az, 'fa').map((x) => `${az.slice(x.start, x.end)}=${x.entity}`)).toEqual([
      'ایران=country-ir',
      'جمهوری آذربایجان=country-az',
      'آذربایجان=country-az',
    ]);
  });
});

describe('the where-and-what pack', () => {
  const pack = () => validatePack(load('where-and-what.json'));

  it('marks the places, weapons and events of the news by the names each language uses, and not a namesake', async () => {
    const result = pack();
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { packsMatcher } = await import('../../lib/core/knowledge/pack-matcher');
    const { findMentions } = await import('../../lib/core/text/matcher');
    const m = packsMatcher([result.pack]);
    const ids = (text: string, lang?: string) => findMentions(m, text, lang).map((x) => x.entity);
    expect(ids('Shelling near Kharkiv; Odessa, Texas, is quiet; ships left Odessa.', 'en')).toEqual([
      'kharkiv',
      'odesa',
    ]);
    expect(ids('وصل المراسل إلى الفاشر ثم إلى خاركيف.', 'ar')).toEqual(['el-fasher', 'kharkiv']);
    expect(ids('Удар по Харькову и по Херсону.', 'ru')).toEqual(['kharkiv', 'kherson']);
    // Every town with a GeoNames id has its point, cited.
    for (const card of result.pack.cards.filter((c) => c.sameAs?.some((k) => k.startsWith('geonames:'))))
      expect(card.geo?.sources, card.id).toEqual(['geonames']);
  });
});

describe('surnames that are also words', () => {
  it('mark the person in capitals only: a trump card, a blond man, a sapling are no one', async () => {
    const { packsMatcher } = await import('../../lib/core/knowledge/pack-matcher');
    const { findMentions } = await import('../../lib/core/text/matcher');
    const packs = ['core.json', 'world.json', 'where-and-what.json'].map((file) => {
      const result = validatePack(load(file));
      if (!result.ok) throw new Error(result.errors.join('\n'));
      return result.pack;
    });
    const m = packsMatcher(packs);
    const ids = (text: string, lang: string) => findMentions(m, text, lang).map((x) => x.entity);
    expect(ids('It was his trump card; Trump played it. A macron sat on the vowel, Macron in Paris.', 'en')).toEqual([
      'donald-trump',
      'emmanuel-macron',
    ]);
    expect(ids('Un hombre rubio habló con Rubio.', 'es')).toEqual(['marco-rubio']);
    expect(ids('Die Lampe begann zu blinken, sagte Blinken.', 'de')).toEqual(['antony-blinken']);
    expect(ids('Belediye fidan dikti; sürücü gaza bastı. Fidan, Gazze’yi konuştu.', 'tr')).toEqual([
      'hakan-fidan',
      'gaza-strip',
    ]);
  });

  it('at a sentence start mark the person only once named, or when the word is set off as a name', async () => {
    const { packsMatcher } = await import('../../lib/core/knowledge/pack-matcher');
    const { findMentions } = await import('../../lib/core/text/matcher');
    const packs = ['core.json', 'world.json'].map((file) => {
      const result = validatePack(load(file));
      if (!result.ok) throw new Error(result.errors.join('\n'));
      return result.pack;
    });
    const m = packsMatcher(packs);
    const ids = (text: string, named?: Set<number>) =>
      findMentions(m, text, 'tr', undefined, named).map((x) => x.entity);
    // "The rescued miners were taken to hospital. A thick wall stood there. Saplings were planted."
    expect(ids('Kurtulmuş olan madenciler hastaneye kaldırıldı. Kalın bir duvar vardı. Fidan dikildi.')).toEqual([]);
    expect(ids('Meclis Başkanı Numan Kurtulmuş konuştu. Kurtulmuş ayrıca açıklama yaptı.')).toEqual([
      'numan-kurtulmus',
      'numan-kurtulmus',
    ]);
    // Named in an earlier run of the same page: the set the background keeps over a request.
    const named = new Set<number>();
    expect(ids('Dışişleri Bakanı Hakan Fidan konuştu.', named)).toEqual(['hakan-fidan']);
    expect(ids('Fidan görüşmeden sonra konuştu.', named)).toEqual(['hakan-fidan']);
    expect(ids('Fidan görüşmeden sonra konuştu.')).toEqual([]);
  });
});

describe('validatePackSteps', () => {
  it('accepts and refuses exactly what validatePack does, card by card, with the same messages', async () => {
    const { runSteps } = await import('../../lib/core/text/build-steps');
    const { validatePackSteps } = await import('../../lib/core/knowledge/pack-schema');
    const places = load('places.json');
    expect(runSteps(validatePackSteps(places))).toEqual(validatePack(places));
    const broken = structuredClone(places) as { cards: Record<string, unknown>[] };
    broken.cards[7]!.kind = 'planet';
    broken.cards[900]!.id = (broken.cards[901] as { id: string }).id;
    const steps = runSteps(validatePackSteps(broken));
    expect(steps).toEqual(validatePack(broken));
    expect(steps.ok ? [] : steps.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^cards\[7\]\.kind: /), 'cards: card ids must be unique']),
    );
  });
});
