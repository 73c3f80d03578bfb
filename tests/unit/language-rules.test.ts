import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { packsMatcher, packsView } from '../../lib/core/knowledge/pack-matcher';
import { mergeCards } from '../../lib/core/knowledge/identity';
import type { Alias, Card } from '../../lib/core/knowledge/pack-schema';
import { LANGUAGE_RULES } from '../../lib/core/text/language-rules';
import { LANGS, TextLanguage, declaredLang, langIndex } from '../../lib/core/text/languages';
import { buildMatcher, findMentions } from '../../lib/core/text/matcher';
import { afterNameEntity } from '../../lib/core/text/after-name';
import { aliasSpec } from '../../lib/core/text/alias-spec';
import { GIVEN_NAME_ENTITY } from '../../lib/core/text/given-name';

const surfaces = (text: string, found: { start: number; end: number }[]) =>
  found.map((m) => text.slice(m.start, m.end));

describe('each language rule does what its examples say', () => {
  for (const rule of LANGUAGE_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.alias} (${ex.lang}) in «${ex.text}»${ex.declared ? ` [lang=${ex.declared}]` : ''} → ${JSON.stringify(ex.marks)}`, () => {
        const m = buildMatcher([
          {
            entity: ex.afterName ? afterNameEntity('x') : 'x',
            text: ex.alias,
            lang: ex.lang,
            caseSensitive: ex.caseSensitive,
            exact: ex.exact,
            wordAtSentenceStart: ex.wordAtSentenceStart,
            givenName: ex.givenName,
            place: ex.place,
            person: ex.person,
          },
          ...(ex.given ?? []).map((text) => aliasSpec(GIVEN_NAME_ENTITY, ex.lang, text, false, true)),
          // The card's full name, which names it first.
          ...(ex.afterName ? [{ entity: 'x', text: ex.afterName, lang: ex.lang }] : []),
        ]);
        expect(surfaces(ex.text, findMentions(m, ex.text, ex.declared))).toEqual(ex.marks);
      });

  it('the README lists every rule by name', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(LANGUAGE_RULES.map((r) => r.name).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('every language has at least one rule with an example', () => {
    const covered = new Set(LANGUAGE_RULES.flatMap((r) => r.examples.map((e) => e.lang)));
    expect(LANGS.filter((l) => !covered.has(l) && l !== 'en')).toEqual([]);
  });
});

describe('rules know their language', () => {
  const DIR = 'tests/fixtures/articles';
  const packs = bundledPacks().filter((p) => p.enabledByDefault !== false);
  const full = packsMatcher(packs);
  const texts = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ lang: f.replace(/^seed\./, '').slice(0, 2), text: readFileSync(`${DIR}/${f}`, 'utf8') }));

  it('has a text in each of the twelve languages', () => {
    expect(texts.map((t) => t.lang).sort()).toEqual([...LANGS].sort());
  });

  for (const { lang, text } of texts)
    it(`turning off every other language's prefixes and endings changes nothing in the ${lang} text`, () => {
      const own = packsMatcher(packs, { ruleLangs: new Set([lang]) });
      expect(findMentions(own, text)).toEqual(findMentions(full, text));
    });

  for (const { lang, text } of texts)
    it(`the ${lang} text gives the same marks whether its language is declared or guessed, line by line`, () => {
      for (const line of text.split('\n').filter((l) => l.trim()))
        expect([line, findMentions(full, line, lang)]).toEqual([line, findMentions(full, line)]);
    });

  it('a declared language wins over the guess, for the letters of its script only', () => {
    const m = buildMatcher([
      { entity: 'syria', text: 'Syrien', lang: 'de' },
      { entity: 'putin', text: 'Путін', lang: 'uk' },
    ]);
    const text = 'Syriens Путіна';
    expect(surfaces(text, findMentions(m, text, 'de'))).toEqual(['Syriens', 'Путіна']);
    expect(surfaces(text, findMentions(m, text, 'fr'))).toEqual(['Путіна']);
    expect(findMentions(m, text, 'ru').map((x) => x.entity)).not.toContain('putin');
  });

  it('reads a BCP 47 tag for its language', () => {
    expect(['pt-BR', 'he', 'iw', 'fa-IR', 'zh-Hant', '', 'EN'].map(declaredLang)).toEqual([
      'pt',
      'he',
      'he',
      'fa',
      undefined,
      undefined,
      'en',
    ]);
  });

  it('guesses the language of a run from its letters', () => {
    const may = (text: string) => {
      const t = new TextLanguage().reset(text);
      return LANGS.filter((l) => t.mayBe(langIndex(l)));
    };
    const only = (text: string, script: 'Latin' | 'Cyrillic' | 'Arabic') =>
      may(text).filter((l) =>
        script === 'Latin'
          ? !['ru', 'uk', 'ar', 'fa', 'he'].includes(l)
          : script === 'Cyrillic'
            ? ['ru', 'uk'].includes(l)
            : ['ar', 'fa'].includes(l),
      );
    expect(only('Президент України провів зустріч у Києві', 'Cyrillic')).toEqual(['uk']);
    expect(only('Президент России провёл встречу в Москве', 'Cyrillic')).toEqual(['ru']);
    expect(only('رئیس‌جمهور ایران در تهران گفت که مذاکرات ادامه دارد', 'Arabic')).toEqual(['fa']);
    expect(only('قال الرئيس التركي إن المفاوضات مستمرة في العاصمة', 'Arabic')).toEqual(['ar']);
    expect(only('El presidente turco se reunió con Putin en Sochi para discutir.', 'Latin')).toEqual(['es']);
    expect(only('O presidente turco encontrou-se com Putin em Sochi.', 'Latin')).toEqual(['pt']);
    expect(only('Il presidente turco ha incontrato Putin a Sochi.', 'Latin')).toEqual(['it']);
    expect(only('Le président turc a rencontré Vladimir Poutine à Sotchi.', 'Latin')).toEqual(['fr']);
    // Italian news writes the words Spanish writes most (del, un, una, con, al, su): they tell neither.
    expect(
      only(
        "La morte del secondogenito dell'ex leader, in una casa a Zintan, con un commando di quattro " +
          'uomini al servizio di una milizia: un colpo per il paese, del quale era una figura, ' +
          'e un segnale per il governo, con una magistratura che indaga su un caso al centro del dibattito.',
        'Latin',
      ),
    ).toEqual(['it']);
    // Too short to tell: every language of the script.
    expect(only('Syrien', 'Latin')).toEqual(['en', 'tr', 'fr', 'de', 'es', 'pt', 'it']);
  });
});

describe('one card per thing', () => {
  const packs = bundledPacks().filter((p) => p.enabledByDefault !== false);
  const view = packsView(packs);
  const m = packsMatcher(packs);

  it('merges the generated country into the story card with the same ISO code', () => {
    for (const [generated, story] of <const>[
      ['country-tr', 'turkey'],
      ['country-ru', 'russia'],
      ['country-sy', 'syria'],
      ['country-us', 'united-states'],
      ['country-ly', 'libya'],
    ])
      expect(view.redirect.get(generated)).toBe(story);
    expect(view.cards.find((c) => c.id === 'country-tr')).toBeUndefined();
  });

  it('keeps the story card’s text and adds the generated card’s names', () => {
    const core = packs.find((p) => p.id === 'core')!.cards.find((c) => c.id === 'turkey')!;
    const turkey = view.cards.find((c) => c.id === 'turkey')!;
    expect(turkey.summary).toEqual(core.summary);
    expect(turkey.label.en).toBe(core.label.en);
    const names = Object.values(turkey.aliases)
      .flat()
      .map((a) => (typeof a === 'string' ? a : a.text));
    expect(names).toEqual(expect.arrayContaining(['Türkiye Cumhuriyeti', 'Турецкая Республика', 'טורקיה']));
    expect(new Set(turkey.sources.map((s) => s.id)).size).toBe(turkey.sources.length);
  });

  it('keeps every case-sensitive spelling a card gives of one folded name, and the first card its rules', () => {
    const card = (id: string, it: Alias[]): Card => ({ ...packs[0]!.cards[0]!, id, aliases: { it } });
    const merged = mergeCards(
      card('a', [
        { text: 'USA', caseSensitive: true },
        { text: 'Usa', caseSensitive: true },
      ]),
      [card('b', ['usa', { text: 'USA', caseSensitive: true }, { text: 'UsA', caseSensitive: true }])],
    );
    // Italian news writes "gli Usa": both spellings stay; the other card's any-case "usa" does not loosen them.
    expect(merged.aliases.it).toEqual([
      { text: 'USA', caseSensitive: true },
      { text: 'Usa', caseSensitive: true },
      { text: 'UsA', caseSensitive: true },
    ]);
    expect(mergeCards(card('a', ['Gaza']), [card('b', [{ text: 'GAZA', caseSensitive: true }])]).aliases.it).toEqual([
      'Gaza',
    ]);
    expect(findMentions(m, 'Il governo degli Usa ha detto che le armi Usa arriveranno.', 'it')).toHaveLength(2);
  });

  it('gives every name of the United States the one card', () => {
    const text = 'Die USA und Amerika; the US and the United States; США; ארה"ב; Estados Unidos.';
    expect([...new Set(findMentions(m, text).map((x) => x.entity))]).toEqual(['united-states']);
  });
});
