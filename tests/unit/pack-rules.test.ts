import { describe, expect, it } from 'vitest';
import { ALIAS_GUARDS } from '../../lib/core/knowledge/alias-guards';
import { bundledPacks, GENERATED_PACK_IDS } from '../../lib/node/bundled-packs';
import { contentProblems, crossPackProblems, wordProblems, type AliasGuard } from '../../lib/core/knowledge/pack-rules';
import { commonWords } from '../../scripts/lib/common-words';
import { fold } from '../../lib/core/text/normalise';
import { TITLE_FORM_IS_WORD, caseKey, spokenTitleForm } from '../../lib/core/text/matcher';
import { cardAliases } from '../../lib/core/knowledge/card-aliases';
import type { Card, Pack } from '../../lib/core/knowledge/pack-schema';

/** The day the suite runs, as `npm run pack:check` takes it: a bundled card reviewed or read later than that is a mistake. */
const TODAY = new Date().toISOString().slice(0, 10);
const packs = bundledPacks();
const core = () => structuredClone(packs.find((p) => p.id === 'core')!);
const cardOf = (pack: Pack, id: string): Card => pack.cards.find((c) => c.id === id)!;
const problems = (pack: Pack) => contentProblems(pack, { today: TODAY });

describe('pack:check on the bundled packs', () => {
  for (const pack of packs)
    it(`${pack.id} keeps the content rules`, () =>
      expect(contentProblems(pack, { today: TODAY, generated: GENERATED_PACK_IDS.has(pack.id) })).toEqual([]));

  it('the bundled packs together name no thing twice and relate only to cards that exist', () =>
    expect(crossPackProblems(packs, ALIAS_GUARDS)).toEqual([]));

  it('every guard gives its example', () => {
    for (const guard of ALIAS_GUARDS) expect(guard.example.length, guard.alias).toBeGreaterThan(20);
  });
});

describe('content rules', () => {
  it('a card needs Arabic and English text', () => {
    const pack = core();
    delete cardOf(pack, 'pkk').summary.ar;
    delete cardOf(pack, 'ypg').facts[0]!.text.ar;
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^core: cards\[2\]\.facts\[0\]\.text: no Arabic text$/),
      expect.stringMatching(/^core: cards\[3\]\.summary: no Arabic text$/),
    ]);
  });

  it('a card needs three facts and a timeline', () => {
    const pack = core();
    const card = cardOf(pack, 'pkk');
    card.facts = card.facts.slice(0, 2);
    card.timeline = [];
    card.sources = card.sources.filter((s) => card.facts.some((f) => f.sources.includes(s.id)));
    expect(problems(pack)).toEqual([
      'core: cards[3].facts: at least 3 facts (has 2)',
      'core: cards[3].timeline: no timeline',
    ]);
  });

  it('no date after the review, and no past event in the future tense', () => {
    const pack = core();
    const card = cardOf(pack, 'putin');
    card.facts[0]!.asOf = '2027-01';
    card.timeline![0]!.text.en = 'Putin will meet Erdoğan in Sochi.';
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^core: cards\[5\]\.facts\[0\]\.asOf: 2027-01 is after the card's review/),
      expect.stringMatching(/^core: cards\[5\]\.timeline\[0\]\.text\.en: «will»: an event of .* is past/),
    ]);
  });

  it('an English "as of" is not an Arabic «حتى», which reads "until"', () => {
    const pack = core();
    const card = cardOf(pack, 'putin');
    card.description = {
      en: 'President of Russia (in office as of March 2026)',
      ar: 'رئيس روسيا (في منصبه حتى آذار/مارس 2026)',
    };
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^core: cards\[5\]\.description\.ar: «\(في منصبه حتى آذار\/مارس 2026\)» reads "until"/),
    ]);
    // What it should say, a range, and "until at least" pass.
    for (const ar of [
      'رئيس روسيا (في منصبه بحسب آخر تحقق في آذار/مارس 2026)',
      'رئيس روسيا (من 2022 حتى 2025)',
      'رئيس روسيا (في منصبه حتى آذار/مارس 2026 على الأقل)',
      'رئيس روسيا، وهو في منصبه بحسب آخر تحقق في آذار/مارس 2026',
    ]) {
      card.description.ar = ar;
      expect(problems(pack)).toEqual([]);
    }
    // Outside brackets too, where a sentence says so («وهو في منصبه حتى …»); "stayed until" is a real end.
    card.description = {
      en: 'President of Russia since 2012; in office as of March 2026',
      ar: 'رئيس روسيا منذ 2012، وهو في منصبه حتى آذار/مارس 2026',
    };
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^core: cards\[5\]\.description\.ar: «في منصبه حتى آذار\/مارس 2026» reads "until"/),
    ]);
    card.description = {
      en: 'Prime minister from 1999 to 2000 (in office as of March 2026 as president)',
      ar: 'رئيس الوزراء وبقي في المنصب حتى أيار/مايو 2000، ورئيس روسيا (في منصبه بحسب آخر تحقق في آذار/مارس 2026)',
    };
    expect(problems(pack)).toEqual([]);
  });

  it("a fact on one state's media alone says whose account it is", () => {
    const pack = core();
    const card = cardOf(pack, 'putin');
    card.sources.push(
      { id: 'tass-x', title: 'T', publisher: 'TASS', url: 'https://tass.com/politics/1', accessed: '2026-01-01' },
      { id: 'ria-x', title: 'R', publisher: 'RIA Novosti', url: 'https://ria.ru/2026/1.html', accessed: '2026-01-01' },
    );
    const fact = card.facts[0]!;
    const { text, sources } = fact;
    fact.sources = ['tass-x', 'ria-x'];
    fact.text = { en: 'The army took the town.', ar: 'سيطر الجيش على البلدة.' };
    expect(problems(pack)).toEqual([
      expect.stringMatching(
        /^core: cards\[5\]\.facts\[0\]\.sources: rests only on Russia's state media \(TASS, RIA Novosti\): add an independent source/,
      ),
    ]);
    // It passes when it says whose account it is, or when another state's outlet or an independent page stands beside it.
    fact.text.en = 'The army took the town, TASS reported.';
    expect(problems(pack)).toEqual([]);
    fact.text.en = "The army took the town, Russia's state news agency said.";
    expect(problems(pack)).toEqual([]);
    fact.text.en = 'The army took the town.';
    card.sources.push({
      id: 'xinhua-x',
      title: 'X',
      publisher: 'Xinhua',
      url: 'https://english.news.cn/1',
      accessed: '2026-01-01',
    });
    fact.sources = ['tass-x', 'ria-x', 'xinhua-x'];
    expect(problems(pack)).toEqual([]);
    fact.sources = ['tass-x', 'ria-x', 'xinhua-x', ...sources];
    expect(problems(pack)).toEqual([]);
    fact.text = text;
  });

  it('a designation does not end before it starts', () => {
    const pack = core();
    const d = cardOf(pack, 'ahmed-al-sharaa').designations![0]!;
    d.until = '2001';
    expect(problems(pack)).toEqual([expect.stringMatching(/designations\[0\]\.until: ends \(2001\) before it starts/)]);
  });

  it('every listed source is cited, and Arabic text keeps to Arabic script', () => {
    const pack = core();
    const card = cardOf(pack, 'sochi');
    card.sources.push({ ...card.sources[0]!, id: 'unused-source' });
    card.summary.ar = 'العاصمة: Ankara';
    expect(problems(pack)).toEqual([
      expect.stringMatching(/cards\[12\]\.summary\.ar: Latin word «Ankara» in Arabic text/),
      expect.stringMatching(/cards\[12\]\.sources\[\d+\]: source unused-source is listed but no fact cites it/),
    ]);
  });

  it('a given name is flagged only where a capital after it tells (not German, not Arabic)', () => {
    const pack = core();
    cardOf(pack, 'erdogan').aliases.en!.push({ text: 'Tayyip', caseSensitive: true, givenName: true });
    cardOf(pack, 'erdogan').aliases.de!.push({ text: 'Tayyip', caseSensitive: true, givenName: true });
    cardOf(pack, 'erdogan').aliases.ar!.push({ text: 'طيب', givenName: true });
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^core: cards\[4\]\.aliases\.ar\[\d+\]: «طيب» is flagged givenName in ar/),
      expect.stringMatching(/^core: cards\[4\]\.aliases\.de\[\d+\]: «Tayyip» is flagged givenName in de/),
    ]);
  });

  it('summaries stay within 60 words', () => {
    const pack = core();
    cardOf(pack, 'nato').summary.en = 'word '.repeat(61).trim();
    expect(problems(pack)).toEqual(['core: cards[22].summary.en: 61 words; at most 60']);
  });
});

describe('names between cards', () => {
  const guard = (g: AliasGuard) => [g];

  it('two things answering to one name is a problem, unless a shared guard names both', () => {
    const pack = core();
    cardOf(pack, 'hakan-fidan').aliases.en!.push('Kalın');
    const [problem] = crossPackProblems([pack], []);
    expect(problem).toMatch(/^«Kalın» names core\/ibrahim-kalin, core\/hakan-fidan: only one can be marked/);
    const shared = guard({
      rule: 'shared',
      alias: 'Kalın',
      cards: ['ibrahim-kalin', 'hakan-fidan'],
      example: 'a test',
    });
    expect(crossPackProblems([pack], shared)).toEqual([]);
  });

  it('a stop phrase that is a card’s name in its own language silences the card: a problem', () => {
    const pack = core();
    pack.stopPhrases = { ...pack.stopPhrases, en: [...(pack.stopPhrases?.en ?? []), 'Hakan Fidan'] };
    expect(crossPackProblems([pack], [])).toEqual([
      expect.stringMatching(/^core: stopPhrases\.en\[\d+\]: «Hakan Fidan» is also a name of core\/hakan-fidan in en/),
    ]);
    // In another language it is a choice: Turkish «kabul» is "acceptance", not Kabul.
    pack.stopPhrases = { ...pack.stopPhrases, en: pack.stopPhrases.en!.slice(0, -1), he: ['Hakan Fidan'] };
    expect(crossPackProblems([pack], [])).toEqual([]);
  });

  it('cards may share a name flagged afterName, and one of them may have it plain, but not two', () => {
    const pack = core();
    const after = { text: 'Fidankalin', caseSensitive: true, afterName: true };
    cardOf(pack, 'hakan-fidan').aliases.en!.push(after);
    cardOf(pack, 'ibrahim-kalin').aliases.en!.push(after);
    expect(crossPackProblems([pack], [])).toEqual([]);
    // Plain in one card: the name is that card's until the other is named in full.
    cardOf(pack, 'ibrahim-kalin').aliases.de = [...(cardOf(pack, 'ibrahim-kalin').aliases.de ?? []), 'Fidankalin'];
    expect(crossPackProblems([pack], [])).toEqual([]);
    // Plain in both: which one a text means is left to the order of the packs.
    cardOf(pack, 'hakan-fidan').aliases.de = [...(cardOf(pack, 'hakan-fidan').aliases.de ?? []), 'Fidankalin'];
    expect(crossPackProblems([pack], [])).toEqual([
      expect.stringMatching(/^«Fidankalin» names core\/ibrahim-kalin, core\/hakan-fidan:/),
    ]);
  });

  it('the same thing in two packs (one sameAs key) may share names', () => {
    const countries = packs.find((p) => p.id === 'countries')!;
    expect(crossPackProblems([core(), countries], ALIAS_GUARDS)).toEqual([]);
    const pack = core();
    delete cardOf(pack, 'turkey').sameAs;
    expect(
      crossPackProblems([pack, countries], ALIAS_GUARDS).some((p) => p.includes('core/turkey, countries/country-tr')),
    ).toBe(true);
  });

  it('a never-alone name is refused as a whole alias, whatever its case or accents', () => {
    const pack = core();
    cardOf(pack, 'erdogan').aliases.en!.push('tayyip');
    const problems = crossPackProblems(
      [pack],
      guard({ rule: 'never-alone', alias: 'Tayyip', example: 'a test example' }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^core: cards\[4\] \(erdogan\): «tayyip» is guarded, never alone/),
    ]);
  });

  it('a guard for people leaves the country its name', () => {
    const pack = core();
    cardOf(pack, 'putin').aliases.en!.push('Libya');
    const chad = guard({ rule: 'never-alone', alias: 'Libya', kinds: ['person'], example: 'a person-only guard' });
    const problems = crossPackProblems([pack], chad);
    expect(problems.filter((p) => p.includes('guarded'))).toEqual([
      expect.stringMatching(/\(putin\): «Libya» is guarded/),
    ]);
  });

  it('related cards must exist in the bundled packs', () => {
    const pack = core();
    cardOf(pack, 'pkk').related!.push('no-such-card');
    expect(crossPackProblems([pack], [])).toEqual([
      expect.stringMatching(/^core: cards\[3\]\.related\[\d+\]: no card no-such-card/),
    ]);
  });
});

describe('names that are also words', () => {
  // As pack:check looks them up: folded, as the matcher reads text.
  const wordLangs = commonWords(fold);

  it("counts German's lower-case city names, flagged only for compounds and their -er adjective, as no words", () => {
    // stuttgart/SRozm and seattle/Sozm make «Stuttgarter Zeitung» and «Seattlebesuch», not words.
    expect(wordLangs('stuttgart')).not.toContain('de');
    expect(wordLangs('seattle')).not.toContain('de');
    // A German word stays one: «essen» ("to eat"), and Essen the city with it.
    expect(wordLangs('essen')).toContain('de');
  });

  it('a one-word name that a dictionary lists in lower case must be case-sensitive, or guarded', () => {
    const pack = core();
    const erdogan = cardOf(pack, 'erdogan');
    erdogan.aliases.en!.push('Rubio', { text: 'Trump', caseSensitive: true }, 'Erdoğan');
    erdogan.aliases.tr = [...(erdogan.aliases.tr ?? []), 'Fidan', 'Bahceli'];
    expect(wordProblems(pack, wordLangs, ALIAS_GUARDS)).toEqual([
      expect.stringMatching(/\(erdogan\): «Rubio» \(en\) is also the word «rubio» \(es(, pt)? dictionary\)/),
      expect.stringMatching(/\(erdogan\): «Fidan» \(tr\) is also the word «fidan» \(tr dictionary\)/),
      // Without its cedilla, as the matcher folds it: Turkish "bahçeli" ("with a garden").
      expect.stringMatching(/\(erdogan\): «Bahceli» \(tr\) is also the word «bahceli» \(tr dictionary\)/),
    ]);
    const guarded = [...ALIAS_GUARDS, { rule: 'word' as const, alias: 'fidan', example: 'a test example' }];
    expect(wordProblems(pack, wordLangs, guarded)).toHaveLength(2);
  });

  it('a phrase that opens with an acronym that is also a word, then words in lower case, must be case-sensitive', () => {
    const pack = core();
    cardOf(pack, 'erdogan').aliases.en!.push(
      'WHO head', // "Min Aung Hlaing, who heads the junta"
      { text: 'WHO chief', caseSensitive: true },
      'WHO Director-General', // a capital in the rest: no ordinary phrase
      'PL-15 missile', // a model's name is no word
      'Felipe VI', // the numeral does not open it
      'NATO chief', // "nato" is no English word
    );
    expect(wordProblems(pack, wordLangs, ALIAS_GUARDS)).toEqual([
      expect.stringMatching(/\(erdogan\): «WHO head» \(en\) holds «WHO», also the word «who» \(en dictionary\)/),
    ]);
  });

  it("an acronym's title form (NATO → Nato, matched as newsrooms write it) is never an ordinary word", () => {
    const titleForms = new Set(
      packs.flatMap((p) =>
        p.cards.flatMap(cardAliases).flatMap((a) => {
          const form = a.caseSensitive ? spokenTitleForm(caseKey(a.text)) : undefined;
          return form ? [form] : [];
        }),
      ),
    );
    expect(titleForms).toContain('Nato');
    const words = [...titleForms].filter((form) => wordLangs(form.toLowerCase()).length > 0);
    // Words a dictionary lists that stay matched, each looked at: the title form is how the press
    // writes the organisation, and the word is rare set with a capital (Italian «Nato a Roma»,
    // "born in Rome", is the one a reader may meet; the Italian card named "Nato" before this rule).
    const kept = new Set(['Nato', 'Unga', 'Isil', 'Osce', 'Interpol']);
    expect(words.filter((form) => !TITLE_FORM_IS_WORD.has(form) && !kept.has(form))).toEqual([]);
    // Every exception is still some bundled acronym's title form.
    expect([...TITLE_FORM_IS_WORD].filter((form) => !titleForms.has(form))).toEqual([]);
  });

  it('no bundled pack written by hand has one', () => {
    for (const pack of packs.filter((p) => !GENERATED_PACK_IDS.has(p.id)))
      expect(wordProblems(pack, wordLangs, ALIAS_GUARDS), pack.id).toEqual([]);
  });
});
