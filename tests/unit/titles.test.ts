import { describe, expect, it } from 'vitest';
import forms from '../../data/offices/forms.json';
import { packsReading } from '../../lib/core/titles/packs-reading';
import { mentionsWithTitles } from '../../lib/core/titles/find-with-titles';
import { officeHeader } from '../../lib/core/titles/office-header';
import { expandTemplate, titlePhrases, type StateForms } from '../../lib/core/titles/title-phrases';
import { holderOn, resolveTitles, soleHolderOn, type OfficeTerm } from '../../lib/core/titles/title-resolve';
import { bundledPacks } from '../../lib/node/bundled-packs';

const FORMS = forms as Record<string, StateForms>;

describe('title phrases, generated from templates and name forms', () => {
  it('fills each slot with each form and each [a|b] with each word; a missing slot makes nothing', () => {
    expect(expandTemplate('{adj}[e|en] Präsident', { adj: ['russisch'] })).toEqual([
      'russische Präsident',
      'russischen Präsident',
    ]);
    expect(expandTemplate('President of {the}', { adj: ['Russian'] })).toEqual([]);
  });

  it.each([
    ['russia', 'president', 'en', ['Russian President', 'President of Russia', "Russia's President"]],
    ['russia', 'president', 'ar', ['الرئيس الروسي', 'رئيس روسيا']],
    ['turkey', 'foreign-minister', 'ar', ['وزير الخارجية التركي', 'وزير خارجية تركيا']],
    ['russia', 'president', 'tr', ['Rusya Devlet Başkanı']],
    ['turkey', 'defence-minister', 'tr', ['Türkiye Milli Savunma Bakanı']],
    // One form per word: the matcher gives every Russian and Ukrainian alias word its case endings.
    ['russia', 'president', 'ru', ['президент России', 'российский президент']],
    [
      'ukraine',
      'foreign-minister',
      'uk',
      ['міністр закордонних справ України', 'міністерка закордонних справ України'],
    ],
    ['turkey', 'foreign-minister', 'fr', ['ministre turc des Affaires étrangères']],
    ['russia', 'president', 'de', ['russische Präsident', 'russischen Präsidenten', 'Präsident Russlands']],
    ['israel', 'prime-minister', 'es', ['primer ministro israelí']],
    ['russia', 'president', 'pt', ['presidente russo', 'presidente da Rússia']],
    ['italy', 'prime-minister', 'it', ['premier italiana']],
    ['russia', 'president', 'fa', ['رئیس‌جمهور روسیه']],
    ['israel', 'prime-minister', 'he', ['ראש ממשלת ישראל']],
  ] as const)('%s %s in %s', (state, title, lang, expected) => {
    const phrases = titlePhrases(title, FORMS[state]!)[lang] ?? [];
    for (const p of expected) expect(phrases).toContain(p);
  });

  it.each([
    [
      'united-nations',
      'secretary-general',
      'en',
      ['UN Secretary-General', 'Secretary-General of the United Nations', 'UN chief'],
    ],
    ['united-nations', 'secretary-general', 'ar', ['الأمين العام للأمم المتحدة', 'أمين عام الأمم المتحدة']],
    ['nato', 'secretary-general', 'tr', ['NATO Genel Sekreteri', 'NATO Genel Sekreterinin']],
    ['nato', 'secretary-general', 'ru', ['генсек НАТО', 'генеральный секретарь НАТО', 'глава НАТО']],
    ['iaea', 'director-general', 'uk', ['генеральний директор МАГАТЕ']],
    ['iaea', 'director-general', 'fr', ["directeur général de l'AIEA"]],
    ['nato', 'secretary-general', 'de', ['Nato-Generalsekretär', 'Generalsekretär der Nato', 'Nato-Chef']],
    ['imf', 'managing-director', 'es', ['directora gerente del FMI']],
    ['world-bank', 'president', 'pt', ['presidente do Banco Mundial']],
    ['nato', 'secretary-general', 'it', ['segretario generale della Nato']],
    ['iaea', 'director-general', 'fa', ['مدیرکل آژانس بین‌المللی انرژی اتمی']],
    ['united-nations', 'secretary-general', 'he', ['מזכ"ל האו"ם']],
  ] as const)('an organisation’s head: %s %s in %s', (org, title, lang, expected) => {
    const phrases = titlePhrases(title, FORMS[org]!, { organisation: true, chief: true })[lang] ?? [];
    for (const p of expected) expect(phrases).toContain(p);
  });

  it('calls an organisation’s office "chief" only when its record says it is the head', () => {
    const un = FORMS['united-nations']!;
    expect(titlePhrases('secretary-general', un, { organisation: true }).en).not.toContain('UN chief');
    expect(titlePhrases('secretary-general', un, { organisation: true, chief: true }).en).toContain('UN chief');
    // A state's templates are not an organisation's: no "Russian President"-style phrase from "UN".
    expect(titlePhrases('president', un, { organisation: true }).en).toContain('UN President');
    expect(titlePhrases('foreign-minister', un, { organisation: true }).en).toBeUndefined();
  });

  it('never makes a title without its state', () => {
    for (const [state, f] of Object.entries(FORMS))
      for (const title of ['president', 'prime-minister', 'foreign-minister', 'defence-minister'])
        for (const [lang, phrases] of Object.entries(titlePhrases(title, f)))
          for (const p of phrases!)
            expect(p.split(/[\s-]+/).length, `${state} ${title} ${lang}: «${p}»`).toBeGreaterThan(1);
  });
});

describe('the holder on a date', () => {
  const terms: OfficeTerm[] = [
    { person: 'cavusoglu', from: '2015-11-24', to: '2023-06-03' },
    { person: 'fidan', from: '2023-06-03' },
  ];
  it('is the one whose tenure covers the day; on a handover day, the new one', () => {
    expect(holderOn(terms, '2021-09-29')?.person).toBe('cavusoglu');
    expect(holderOn(terms, '2023-06-03')?.person).toBe('fidan');
    expect(holderOn(terms, '2015-01-01')).toBeUndefined();
  });
  it('is no one for a title on a handover day, which either may be meant by', () => {
    expect(soleHolderOn(terms, '2023-06-03')).toBeUndefined();
    expect(soleHolderOn(terms, '2023-06-02')?.person).toBe('cavusoglu');
    expect(soleHolderOn(terms, '2023-06-04')?.person).toBe('fidan');
    // A month's precision on either side makes every day of that month such a day.
    const monthly: OfficeTerm[] = [
      { person: 'x', from: '2026-01', to: '2026-03' },
      { person: 'y', from: '2026-03' },
    ];
    expect(soleHolderOn(monthly, '2026-03-20')).toBeUndefined();
    expect(soleHolderOn(monthly, '2026-04-01')?.person).toBe('y');
    // The same person's two tenures meeting (reappointed) is still that person.
    expect(
      soleHolderOn(
        [
          { person: 'x', from: '2020-01-01', to: '2024-05-01' },
          { person: 'x', from: '2024-05-01' },
        ],
        '2024-05-01',
      )?.person,
    ).toBe('x');
  });
  it('counts a date known to the month as every day of it', () => {
    expect(holderOn([{ person: 'x', from: '2026-05', to: '2026-07' }], '2026-07-31')?.person).toBe('x');
    expect(holderOn([{ person: 'x', from: '2026-05', to: '2026-07' }], '2026-08-01')).toBeUndefined();
  });
});

describe('titles in a text', () => {
  const offices = new Map<string, OfficeTerm[]>([
    ['office-ru-president', [{ person: 'putin', from: '2012-05-07' }]],
    [
      'office-tr-fm',
      [
        { person: 'cavusoglu', from: '2015-11-24', to: '2023-06-03' },
        { person: 'fidan', from: '2023-06-03' },
      ],
    ],
    ['office-lb-president', [{ vacant: true, from: '2022-10-31', to: '2025-01-09' } as OfficeTerm]],
    ['office-by-head-of-government', [{ person: 'golovchenko', from: '2020-06-04', of: 'belarus' }]],
    ['office-by-head-of-state', [{ person: 'lukashenko', from: '1994-07-20', of: 'belarus' }]],
  ]);
  const at = (text: string, phrase: string, entity: string) => {
    const start = text.indexOf(phrase);
    return { entity, start, end: start + phrase.length };
  };
  const resolve = (text: string, found: ReturnType<typeof at>[], day = '2021-09-29', dated = true) =>
    resolveTitles(text, found, offices, day, undefined, dated).map(
      (m) => `${text.slice(m.start, m.end)}=${m.entity}${m.office ? '*' : ''}`,
    );

  it('resolves a title to the holder on the article’s day', () => {
    const text = 'The Turkish foreign minister said so.';
    expect(resolve(text, [at(text, 'Turkish foreign minister', 'office-tr-fm')])).toEqual([
      'Turkish foreign minister=cavusoglu*',
    ]);
    expect(resolve(text, [at(text, 'Turkish foreign minister', 'office-tr-fm')], '2024-06-01')).toEqual([
      'Turkish foreign minister=fidan*',
    ]);
  });

  it('leaves a title beside its holder’s name to the name: one mention', () => {
    const text = 'Russian President Vladimir Putin met Erdoğan.';
    const found = [at(text, 'Russian President', 'office-ru-president'), at(text, 'Vladimir Putin', 'putin')];
    expect(resolve(text, found)).toEqual(['Vladimir Putin=putin']);
    const after = 'Vladimir Putin, the Russian president, met Erdoğan.';
    expect(
      resolve(after, [at(after, 'Vladimir Putin', 'putin'), at(after, 'Russian president', 'office-ru-president')]),
    ).toEqual(['Vladimir Putin=putin']);
    // A former holder's name says who, whatever the date says.
    const named = 'Turkish Foreign Minister Mevlüt Çavuşoğlu';
    expect(
      resolve(
        named,
        [at(named, 'Turkish Foreign Minister', 'office-tr-fm'), at(named, 'Mevlüt Çavuşoğlu', 'cavusoglu')],
        '2024-06-01',
      ),
    ).toEqual(['Mevlüt Çavuşoğlu=cavusoglu']);
  });

  it('keeps a title beside someone else’s name: an aide of the president is not the president', () => {
    const text = 'an aide to the Russian president Yuri Ushakov';
    expect(
      resolve(text, [at(text, 'Russian president', 'office-ru-president'), at(text, 'Yuri Ushakov', 'ushakov')]),
    ).toEqual(['Russian president=putin*', 'Yuri Ushakov=ushakov']);
  });

  it('leaves a title loosely worded beside the name of a holder of another office of that state to the name', () => {
    const text = 'il premier bielorusso Lukashenko ha detto';
    const found = [
      at(text, 'premier bielorusso', 'office-by-head-of-government'),
      at(text, 'Lukashenko', 'lukashenko'),
    ];
    expect(resolve(text, found)).toEqual(['Lukashenko=lukashenko']);
    // Another state's holder after a title is not it: here Putin is the sentence's subject.
    const ru = 'В разговоре с президентом Турции Путин назвал';
    const putin = [at(ru, 'президентом Турции', 'office-tr-fm'), at(ru, 'Путин', 'putin')];
    expect(resolve(ru, putin)).toEqual(['президентом Турции=cavusoglu*', 'Путин=putin']);
  });

  it('leaves an undated title beside a name the packs do not know to that name, unless the line is in title case', () => {
    const text = 'The Turkish foreign minister Ahmet Davutoğlu said so.';
    const found = [at(text, 'Turkish foreign minister', 'office-tr-fm')];
    expect(resolve(text, found, '2026-12-05', false)).toEqual([]);
    // Dated, the day's holder stands: most often the name itself, or the title is someone else's ("an aide to…").
    expect(resolve(text, found, '2021-09-29', true)).toEqual(['Turkish foreign minister=cavusoglu*']);
    // A place after the title is one word, or a mention the packs know: the title stands.
    const place = 'The Turkish foreign minister Ankara visit';
    expect(resolve(place, [at(place, 'Turkish foreign minister', 'office-tr-fm')], '2026-12-05', false)).toEqual([
      'Turkish foreign minister=fidan*',
    ]);
    const headline = 'Turkish Foreign Minister Says Talks With Greece Will Go On';
    expect(resolve(headline, [at(headline, 'Turkish Foreign Minister', 'office-tr-fm')], '2026-12-05', false)).toEqual([
      'Turkish Foreign Minister=fidan*',
    ]);
  });

  it.each([
    ['the former Russian president said', 'Russian president'],
    ['the deputy Turkish foreign minister', 'Turkish foreign minister'],
    ['قال نائب وزير الخارجية التركي', 'وزير الخارجية التركي'],
    ['قال ونائب وزير الخارجية التركي', 'وزير الخارجية التركي'],
    ['قال وزير الخارجية التركي السابق', 'وزير الخارجية التركي'],
    ['the Russian President-elect', 'Russian President'],
    ['бывший президент России', 'президент России'],
    ['der ehemalige russische Präsident', 'russische Präsident'],
    ['the first Russian president to visit', 'Russian president'],
    ['successive Russian presidents', 'Russian presidents'],
    ['traf die Außenminister Russlands und Frankreichs', 'Außenminister Russlands'],
    ['ההודעה על מינויו של ראש המוסד הבא', 'ראש המוסד'],
    ['звільнення Малюка з посади голови СБУ', 'голови СБУ'],
    ['شغل منصب وزير الخارجية التركي', 'وزير الخارجية التركي'],
    ['освобождён от должности президента России', 'президента России'],
    ['nominated to the post of Russian president', 'Russian president'],
  ])('cancels «%s»', (text, phrase) => {
    expect(resolve(text, [at(text, phrase, 'office-ru-president')])).toEqual([]);
  });

  it('starts an organisation’s title at the title, not at the article its phrase may begin with', () => {
    const text = 'The Mossad chief met them.';
    expect(resolve(text, [at(text, 'The Mossad chief', 'office-ru-president')])).toEqual(['Mossad chief=putin*']);
  });

  it('marks nothing for a vacant office or a day before the records', () => {
    const text = 'the Lebanese president';
    expect(resolve(text, [at(text, 'Lebanese president', 'office-lb-president')], '2023-05-01')).toEqual([]);
    const ru = 'the Russian president';
    expect(resolve(ru, [at(ru, 'Russian president', 'office-ru-president')], '2010-01-01')).toEqual([]);
  });
});

describe('the bundled offices', () => {
  const { view, matcher, offices } = packsReading(bundledPacks().filter((p) => p.enabledByDefault !== false));
  const titles = (text: string, day: string) =>
    mentionsWithTitles(matcher, text, undefined, offices, day)
      .filter((m) => m.office)
      .map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);

  it('resolve the seed article’s titles for its date, and another date’s holder for another date', () => {
    expect(titles('والتقى أردوغان والرئيس الروسي دون حضور آخرين', '2021-09-29')).toEqual(['الرئيس الروسي=putin']);
    const fm = 'وقال وزير الخارجية التركي إن المحادثات كانت مثمرة';
    expect(titles(fm, '2021-09-29')).toEqual(['وزير الخارجية التركي=mevlut-cavusoglu']);
    expect(titles(fm, '2024-06-01')).toEqual(['وزير الخارجية التركي=hakan-fidan']);
    // Title and name together are the name's one mention.
    expect(titles('وحذر وزير الدفاع التركي خلوصي أكار موسكو', '2021-09-29')).toEqual([]);
  });

  it('give each office of a state its own phrases: one phrase never names two offices', () => {
    const byState = new Map<string, Map<string, string>>();
    for (const card of view.cards.filter((c) => c.office)) {
      const seen = byState.get(card.office!.of) ?? new Map<string, string>();
      byState.set(card.office!.of, seen);
      for (const [lang, list] of Object.entries(card.aliases))
        for (const a of list ?? []) {
          const key = `${lang} ${typeof a === 'string' ? a : a.text}`.toLowerCase();
          expect(seen.get(key), key).toBeUndefined();
          seen.set(key, card.id);
        }
    }
    expect(byState.size).toBeGreaterThanOrEqual(30);
  });

  it('leave no other card answering to a title: an organisation is not named by its head’s title', () => {
    const fold = (a: string | { text: string }) => (typeof a === 'string' ? a : a.text).toLowerCase();
    const titles = new Set(
      view.cards.filter((c) => c.office).flatMap((c) => Object.values(c.aliases).flatMap((l) => (l ?? []).map(fold))),
    );
    const others = view.cards
      .filter((c) => !c.office)
      .flatMap((c) => Object.values(c.aliases).flatMap((l) => (l ?? []).map((a) => `${c.id}: ${fold(a)}`)))
      .filter((line) => titles.has(line.slice(line.indexOf(': ') + 2)));
    expect(others).toEqual([]);
    // The heads of bodies are offices: the UN's, NATO's, the IAEA's…
    expect(titles).toContain('un secretary-general');
    expect(titles).toContain('nato chief');
  });

  it('head a title’s card with the office on the article’s date and today’s holder', () => {
    const card = view.cards.find((c) => c.id === 'office-turkey-foreign-minister')!;
    const header = officeHeader(card, '2021-09-29', '2026-12-01')!;
    expect(header.published).toBe('2021-09-29');
    expect(header.today).toEqual({ person: 'hakan-fidan', since: '2023-06-03' });
    expect(header.sources.length).toBeGreaterThan(0);
    expect(officeHeader(card, undefined, '2026-12-01')!.today).toBeUndefined();
  });
});
