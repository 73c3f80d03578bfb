import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { cardAliases } from '../../lib/core/knowledge/card-aliases';
import { JoinedStrings } from '../../lib/core/text/joined-strings';
import {
  Field,
  MARK_BITS,
  NODE,
  addShortcuts,
  buildTrie,
  field,
  loadTrie,
  storedTrie,
  walk,
  type Trie,
} from '../../lib/core/text/trie';
import {
  buildMatcher,
  findMentions,
  loadMatcher,
  storeMatcher,
  type AliasSpec,
  type Matcher,
} from '../../lib/core/text/matcher';

const specs = (entity: string, lang: string, ...texts: (string | Omit<AliasSpec, 'entity' | 'lang'>)[]): AliasSpec[] =>
  texts.map((t) => (typeof t === 'string' ? { entity, lang, text: t } : { entity, lang, ...t }));

const matcher = buildMatcher([
  ...specs('s-400', 'en', 'S-400'),
  ...specs('s-400', 'ar', 'إس-400'),
  ...specs('s-400', 'ru', 'С-400'),
  ...specs('pkk', 'ar', 'حزب العمال الكردستاني'),
  ...specs('pkk', 'en', { text: 'PKK', caseSensitive: true }),
  ...specs('erdogan', 'en', 'Erdoğan', 'Recep Tayyip Erdoğan'),
  ...specs('erdogan', 'ar', 'أردوغان'),
  ...specs('erdogan', 'ru', 'Эрдоган'),
  ...specs('ankara', 'ru', 'Анкара'),
  ...specs('ankara', 'en', 'Ankara'),
  ...specs('nato', 'ar', 'الناتو'),
  ...specs('us', 'ar', 'الولايات المتحدة'),
  ...specs('turkey', 'en', { text: 'Turkey', caseSensitive: true }),
]);

/** The surfaces `m` marks in `text`, read as `lang`. */
const found = (m: Matcher, text: string, lang: string) =>
  findMentions(m, text, lang).map((x) => text.slice(x.start, x.end));

const surfaces = (text: string) => findMentions(matcher, text).map((m) => [m.entity, text.slice(m.start, m.end)]);

describe('findMentions', () => {
  it('matches every spelling of the S-400 as one entity', () => {
    for (const s of ['S-400', 'S 400', 'S400', 'إس -400', 'اس-400', 'С-400', 'إس-٤٠٠'])
      expect(surfaces(`x ${s} y`), s).toEqual([['s-400', s]]);
  });

  it('matches لحزب العمال الكردستاني as the PKK without the clitic', () => {
    expect(surfaces('امتدادًا لحزب العمال الكردستاني المحظور')).toEqual([['pkk', 'حزب العمال الكردستاني']]);
  });

  it('allows Arabic clitic chains before a name: ب و وب فال', () => {
    expect(surfaces('والتقى أردوغان ببوتين وبأردوغان')).toEqual([
      ['erdogan', 'أردوغان'],
      ['erdogan', 'أردوغان'],
    ]);
  });

  it('finds an ال-name after لل, where the alef is not written', () => {
    expect(surfaces('رسالة للناتو وبالولايات المتحدة')).toEqual([
      ['nato', 'ناتو'],
      ['us', 'الولايات المتحدة'],
    ]);
  });

  it('does not find a name inside a longer word', () => {
    expect(surfaces('Ankaragücü won; the erdoganist view')).toEqual([]);
    expect(surfaces('كأردوغانية')).toEqual([]);
  });

  it('ends a Turkish name at the apostrophe and keeps the suffix out', () => {
    expect(surfaces("Erdoğan'ın ve PKK'nın S-400'lerin")).toEqual([
      ['erdogan', 'Erdoğan'],
      ['pkk', 'PKK'],
      ['s-400', 'S-400'],
    ]);
  });

  it('takes Russian case endings, also where the stem loses its final vowel', () => {
    expect(surfaces('Эрдогану и Анкары, Анкарой')).toEqual([
      ['erdogan', 'Эрдогану'],
      ['ankara', 'Анкары'],
      ['ankara', 'Анкарой'],
    ]);
    expect(surfaces('Анкарский')).toEqual([]);
  });

  it('honours case-sensitive aliases', () => {
    expect(surfaces('Turkey and PKK')).toEqual([
      ['turkey', 'Turkey'],
      ['pkk', 'PKK'],
    ]);
    expect(surfaces('roast turkey; the pkk')).toEqual([]);
    expect(surfaces('Turkeys')).toEqual([['turkey', 'Turkeys']]);
  });

  it('declines a case-sensitive Cyrillic name but not a Latin one with another letter', () => {
    const m = buildMatcher([
      ...specs('gaza', 'ru', { text: 'Газа', caseSensitive: true }),
      ...specs('para', 'pt', { text: 'Pará', caseSensitive: true }),
    ]);
    expect(found(m, 'удары по Газе и Газы, газа', 'ru')).toEqual(['Газе', 'Газы']);
    expect(found(m, 'No Pará. Para o governo', 'pt')).toEqual(['Pará']);
  });

  it('takes a country code before a dollar sign for a currency, not the country', () => {
    const m = buildMatcher([
      ...specs('us', 'en', { text: 'US', caseSensitive: true }),
      ...specs('hk', 'en', { text: 'Hong Kong' }),
    ]);
    expect(found(m, 'a US$500 billion deal in Hong Kong; the US and HK$3, Hong Kong$4', 'en')).toEqual([
      'Hong Kong',
      'US',
    ]);
  });

  it('declines every word of a case-sensitive Cyrillic name, though its capitals move as the endings grow', () => {
    const m = buildMatcher([
      ...specs('uk', 'uk', { text: 'Велика Британія', caseSensitive: true }),
      ...specs('kr', 'ru', { text: 'Республика Корея', caseSensitive: true }),
    ]);
    expect(found(m, 'Прем’єр Великої Британії; велика британія', 'uk')).toEqual(['Великої Британії']);
    expect(found(m, 'с Республикой Корея и республикой Корея', 'ru')).toEqual(['Республикой Корея']);
  });

  it('matches a four-letter Russian or Ukrainian name in -о, -и, -і as written: того, мало, Малу are words', () => {
    const m = buildMatcher([
      ...specs('togo', 'ru', { text: 'Того', caseSensitive: true }),
      ...specs('mali', 'ru', 'Мали'),
      ...specs('mali', 'uk', 'Малі'),
      ...specs('cuba', 'ru', 'Куба'),
    ]);
    expect(found(m, 'Кроме того, мало кто был в Того, Мали и на Кубе', 'ru')).toEqual(['Того', 'Мали', 'Кубе']);
    expect(found(m, 'Малу Токмачку і Малі', 'uk')).toEqual(['Малі']);
  });

  it('lets a stop phrase win over a name of the same length in its language', () => {
    const m = buildMatcher([...specs('kabul', 'en', 'Kabul'), { entity: '', lang: 'tr', text: 'kabul' }]);
    expect(findMentions(m, 'Teklif kabul edildi.', 'tr')).toEqual([]);
    expect(findMentions(m, 'Talks in Kabul.', 'en').map((x) => x.entity)).toEqual(['kabul']);
  });

  it('prefers the longest name at a position', () => {
    expect(surfaces('President Recep Tayyip Erdoğan spoke')).toEqual([['erdogan', 'Recep Tayyip Erdoğan']]);
  });

  it('finds names that follow digits or sit in German compounds', () => {
    expect(surfaces('2020 Erdoğan; S-400-Raketen')).toEqual([
      ['erdogan', 'Erdoğan'],
      ['s-400', 'S-400'],
    ]);
  });

  it('is unchanged by tashkeel, tatweel, zero-width and bidi marks inside a name', () => {
    expect(surfaces('أَرْدُوغـــان و\u200Fأردو\u200Bغان')).toEqual([
      ['erdogan', 'أَرْدُوغـــان'],
      ['erdogan', 'أردو\u200Bغان'],
    ]);
  });

  it('keeps one pattern for a repeated alias, and the first card for a text two cards share', () => {
    const exact = (text: string) => ({ text, exact: true });
    const m = buildMatcher([
      ...specs('venezuela', 'es', exact('Venezuela')),
      ...specs('venezuela', 'en', exact('Venezuela'), exact('Venezuela')),
      ...specs('syria', 'de', exact('Syrien')),
      ...specs('syria', 'fr', exact('Syrien')),
      ...specs('georgia-state', 'en', exact('Georgia')),
      ...specs('georgia', 'en', exact('Georgia')),
    ]);
    // English comes first and its names stand in every language: its repeat and the Spanish spelling
    // add nothing. The German and French spellings are each a name only in their own language, and
    // two cards' patterns are two patterns: five of seven.
    expect(m.trie.patternCount).toBe(5);
    expect(findMentions(m, 'Venezuela y Georgia').map((x) => x.entity)).toEqual(['venezuela', 'georgia-state']);
    expect(findMentions(m, 'Der Krieg in Syrien dauert an, sagt die Regierung heute wieder.')).toHaveLength(1);
  });

  it('gives the same answers after a round trip through the stored form (structured clone, as IndexedDB keeps it)', () => {
    const text = readFileSync('tests/fixtures/articles/seed.ar.txt', 'utf8');
    const m = buildMatcher(bundledPacks().flatMap((p) => p.cards.flatMap(cardAliases)));
    const loaded = loadMatcher(structuredClone(storeMatcher(m)));
    expect(findMentions(loaded, text)).toEqual(findMentions(m, text));
    expect(loaded.trie.nodes).toEqual(m.trie.nodes);
    // A stored form whose arrays disagree with its counts is refused, not read past its end.
    const stored = storeMatcher(m);
    expect(() => loadMatcher({ ...stored, patternFlags: stored.patternFlags.subarray(1) })).toThrow(
      'not a Backstory matcher index',
    );
    expect(() => loadMatcher({ ...stored, entityLengths: stored.entityLengths.subarray(1) })).toThrow(
      'not a Backstory matcher index',
    );
    // A case key for each case-sensitive pattern, no more, no fewer (they are paired by order).
    expect(loaded.caseKeys.patterns).toEqual(m.caseKeys.patterns);
    expect(m.caseKeys.patterns.length).toBeGreaterThan(100);
    const keyBytes = stored.caseKeyLengths.at(-1)!;
    expect(() =>
      loadMatcher({
        ...stored,
        caseKeys: stored.caseKeys.subarray(0, stored.caseKeys.length - keyBytes),
        caseKeyLengths: stored.caseKeyLengths.subarray(0, -1),
      }),
    ).toThrow('not a Backstory matcher index');
  });

  it("finds the same without the walk's shortcuts, and with them added after (a woken worker answers first)", () => {
    const texts = readdirSync('tests/fixtures/articles')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'));
    const m = buildMatcher(bundledPacks().flatMap((p) => p.cards.flatMap(cardAliases)));
    const found = texts.map((text) => findMentions(m, text));
    const bare = loadMatcher(structuredClone(storeMatcher(m)), false);
    // Without them: no wide rows, and no record says it has one or holds a second symbol.
    expect(bare.trie.wideNext).toHaveLength(0);
    expect(bare.trie.nodes.some((v, i) => i % NODE === Field.Wide && v !== 0)).toBe(false);
    expect(m.trie.wideNext.length).toBeGreaterThan(0);
    expect(texts.map((text) => findMentions(bare, text))).toEqual(found);
    // Added in place: the same records and rows as a built trie's, the same answers.
    expect(addShortcuts(bare.trie)).toBe(bare.trie);
    expect(bare.trie.nodes).toEqual(m.trie.nodes);
    expect(bare.trie.wideNext).toEqual(m.trie.wideNext);
    expect(texts.map((text) => findMentions(bare, text))).toEqual(found);
  });
});

describe('the seed article with the bundled pack', () => {
  it('marks the six mentions of the S-400, the YPG, the PKK and the F-35', () => {
    const text = readFileSync('tests/fixtures/articles/seed.ar.txt', 'utf8');
    const m = buildMatcher(bundledPacks().flatMap((p) => p.cards.flatMap(cardAliases)));
    const found = findMentions(m, text).map((x) => [x.entity, text.slice(x.start, x.end)]);
    const core = found.filter(([id]) => ['s-400', 'ypg', 'pkk', 'f-35-program'].includes(id!));
    expect(core.map(([id]) => id)).toEqual(['ypg', 'ypg', 'pkk', 's-400', 's-400', 'f-35-program']);
    expect(core.map(([, s]) => s)).toEqual([
      expect.stringMatching(/^وحدات حماية الشعب/),
      'وحدات حماية الشعب',
      'حزب العمال الكردستاني',
      'إس -400',
      'S-400',
      'F-35',
    ]);
  });
});

describe('trie', () => {
  const units = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));
  const collect = (t: Trie, text: string) => {
    const out: [number, number, number][] = [];
    const folded = { buf: units(text), len: text.length };
    for (let from = 0; from < text.length; from++)
      walk(
        t,
        folded,
        from,
        (p, end) => out.push([from, p, end]),
        () => true,
      );
    return out;
  };

  it('finds every pattern that starts at a position, shortest first, duplicates included', () => {
    const t = buildTrie(['he', 'she', 'his', 'hers', 'he']);
    expect(collect(t, 'ushers')).toEqual([
      [1, 1, 4],
      [2, 0, 4],
      [2, 4, 4],
      [2, 3, 6],
    ]);
  });

  it('numbers states breadth-first with sorted, consecutive children', () => {
    const t = buildTrie(['b', 'ab', 'aa', 'c']);
    expect(Array.from(t.edges.subarray(1, 4), (e) => String.fromCharCode(t.alphabet[e - 1]!))).toEqual(['a', 'b', 'c']);
    expect(Array.from({ length: t.stateCount + 1 }, (_, s) => field(t, s, Field.Child))).toEqual([1, 4, 6, 6, 6, 6, 6]);
  });

  it('holds each run of single children in one state, up to a branch, a pattern end or an ending mark, below the root (whose children hold one unit each)', () => {
    const t = buildTrie(['erdogan', 'erdogan s', 'erdoğan\ue000 x']);
    const label = (s: number) =>
      Array.from(t.labels.subarray(field(t, s, Field.Label), field(t, s + 1, Field.Label)), (x) =>
        String.fromCharCode(t.alphabet[x - 1]!),
      ).join('');
    expect(Array.from({ length: t.stateCount }, (_, s) => label(s))).toEqual([
      '',
      'e',
      'rdo',
      'gan',
      'ğan',
      ' s',
      '\ue000 x',
    ]);
    // The mark stands for an ending or none (Russian's first rule): "erdoğan x" ends the third pattern.
    expect(collect(t, 'erdogan s erdoğan x').filter(([from]) => from === 0 || from === 10)).toEqual([
      [0, 0, 7],
      [0, 1, 9],
      [10, 2, 19],
    ]);
    // A text that leaves a label midway matches nothing there.
    expect(collect(t, 'erdog erdogan x')).toEqual([[6, 0, 13]]);
  });

  it("steps from the root's children through their dense rows, and finds the same without them", () => {
    const words = ['ab', 'abc', 'ax', 'b', 'ba', 'bz', 'q\ue000', 'zz top'];
    const t = buildTrie(words);
    expect(t.pairRows).toBe(4);
    const text = 'ab abc ax b ba bz qa zz top abx';
    const found = collect(t, text);
    expect(found.length).toBeGreaterThan(6);
    expect(collect({ ...t, pairRows: 0 }, text)).toEqual(found);
  });

  it('gives the same answers after serialisation', () => {
    const t = buildTrie(['erdogan', 'erdogan s', 'اردوغان', 's400']);
    const text = 'x erdogan s400 اردوغان erdogan s';
    expect(collect(loadTrie(structuredClone(storedTrie(t))), text)).toEqual(collect(t, text));
  });

  it('stores a byte per state for counts and symbols where they fit, and refuses a form that disagrees with itself', () => {
    const t = buildTrie(['erdogan', 'erdoğan\ue000', 'اردوغان', 's400']);
    const stored = storedTrie(t);
    expect(stored.childCount).toBeInstanceOf(Uint8Array);
    expect(stored.labelLength).toBeInstanceOf(Uint8Array);
    expect(stored.labels).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(...stored.alphabet)).toBe([...new Set('erdoganğاردوغانs40\ue000')].sort().join(''));
    const loaded = loadTrie(structuredClone(stored));
    // Every state's record (children, label, outputs, ending marks) comes back as it was built.
    expect(loaded.nodes).toEqual(t.nodes);
    expect(loaded.outHead).toEqual(t.outHead);
    expect(loaded.edges).toEqual(t.edges);
    const marks = Array.from({ length: t.stateCount }, (_, s) => field(loaded, s, Field.Marks) & MARK_BITS);
    expect(marks.filter((x) => x !== 0)).toEqual([1]);
    // One child too many: the counts no longer add up to the states.
    const counts = stored.childCount.slice();
    counts[0]! += 1;
    expect(() => loadTrie({ ...stored, childCount: counts })).toThrow('not a Backstory matcher index');
    // A label longer than the labels stored, or a state without one.
    const lengths = stored.labelLength.slice();
    lengths[1]! += 1;
    expect(() => loadTrie({ ...stored, labelLength: lengths })).toThrow('not a Backstory matcher index');
    const moved = stored.labelLength.slice();
    moved[2]! += moved[1]!;
    moved[1] = 0;
    expect(() => loadTrie({ ...stored, labelLength: moved })).toThrow('not a Backstory matcher index');
    expect(() => loadTrie({ ...stored, markStates: Uint32Array.of(t.stateCount), markBits: Uint8Array.of(1) })).toThrow(
      'not a Backstory matcher index',
    );
    expect(() => loadTrie({ ...stored, patternState: Uint32Array.of(0, 0, 0, t.stateCount) })).toThrow(
      'not a Backstory matcher index',
    );
  });

  it('falls back to two bytes an edge for an alphabet of more than 256 code units', () => {
    const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'x');
    const t = buildTrie(wide);
    const stored = storedTrie(t);
    expect(stored.labels).toBeInstanceOf(Uint16Array);
    expect(stored.childCount).toBeInstanceOf(Uint16Array);
    expect(collect(loadTrie(structuredClone(stored)), wide.join(' '))).toEqual(collect(t, wide.join(' ')));
  });
});

describe('joined strings', () => {
  it('gives back every entry, empty ones too, and refuses arrays that hold another number of them', () => {
    const list = ['pkk', '', 'şam', 'الناتو', '😀'];
    const joined = JoinedStrings.of(list);
    const back = JoinedStrings.from(structuredClone(joined.bytes), structuredClone(joined.starts), list.length)!;
    expect(Array.from({ length: back.length }, (_, i) => back.at(i))).toEqual(list);
    expect(JoinedStrings.from(joined.bytes, joined.starts, 4)).toBeUndefined();
    expect(JoinedStrings.from(joined.bytes, joined.starts, 6)).toBeUndefined();
    expect(JoinedStrings.from(joined.bytes.subarray(1), joined.starts, 5)).toBeUndefined();
    expect(JoinedStrings.from(new Uint16Array(0), Uint32Array.of(0), 0)).toBeUndefined();
    expect(JoinedStrings.from(new Uint8Array(0), Uint32Array.of(0), 0)?.length).toBe(0);
    // Past the list, and starts that go backwards: an empty entry, not a read past the bytes.
    expect(back.at(5)).toBe('');
    expect(back.at(-1)).toBe('');
    const damaged = JoinedStrings.from(joined.bytes, Uint32Array.of(0, 9, 3, 3, 9, joined.bytes.length), 5)!;
    expect(damaged.at(1)).toBe('');
    // A start inside a character: a replacement character, not a throw.
    const split = JoinedStrings.from(joined.bytes, Uint32Array.of(0, 3, 4, 7, 19, joined.bytes.length), 5)!;
    expect(split.at(2)).toContain('\ufffd');
  });

  it('keeps entries as UTF-8: a byte for an ASCII character, two for a Cyrillic, Arabic or accented letter', () => {
    const ids = ['pkk', 'un-secretary-general', '', 'q-1'];
    const ascii = JoinedStrings.of(ids);
    expect(ascii.bytes.byteLength).toBe(ids.join('').length);
    const back = JoinedStrings.from(structuredClone(ascii.bytes), structuredClone(ascii.starts), ids.length)!;
    expect(Array.from({ length: back.length }, (_, i) => back.at(i))).toEqual(ids);
    const keys = ['Путин', 'Şam', 'café', 'الناتو'];
    const mixed = JoinedStrings.of(keys);
    expect(mixed.bytes.byteLength).toBe(10 + 4 + 5 + 12);
    expect(Array.from({ length: mixed.length }, (_, i) => mixed.at(i))).toEqual(keys);
    expect(JoinedStrings.of(['café']).at(0)).toBe('café');
  });
});
