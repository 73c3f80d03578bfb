import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStartIndexes } from '../../lib/background/start-indexes';
import type { Content } from '../../lib/background/matcher-cache';
import { rankedIdentities } from '../../lib/background/matcher-cache';
import { matcherAliases } from '../../lib/core/knowledge/pack-matcher';
import {
  decodeStartIndex,
  START_INDEX_MOST,
  startFound,
  startIndexSpecs,
  type StartIndex,
} from '../../lib/core/mentions/start-index';
import { declaredLang, LANGS, type Lang } from '../../lib/core/text/lang-codes';
import { aliasSpec, buildMatcher, type Matcher } from '../../lib/core/text/matcher';
import { mentionsWithTitles } from '../../lib/core/titles/find-with-titles';
import { officeTerms, type OfficeTerms } from '../../lib/core/titles/office-terms';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { extractHtmlText } from '../../lib/node/html-text';

const DIR = 'tests/fixtures';

/** The bundled packs as the database holds them: what the background builds its view and indexes from. */
function bundledContent(): Content {
  const packs = bundledPacks();
  return {
    packs: packs.map((p) => ({ ...p, enabled: true })),
    rows: packs.flatMap((p) => p.cards.map((card) => ({ id: card.id, packId: p.id, card }))),
  } as unknown as Content;
}

/** A page's runs: the articles of every language, and the demo pages as the scan CLI reads them. */
function pages(): { name: string; lang: Lang; runs: { text: string; lang?: string }[] }[] {
  const articles = LANGS.map((lang) => {
    const file = lang === 'ar' ? 'seed.ar.txt' : `${lang}.txt`;
    const text = readFileSync(`${DIR}/articles/${file}`, 'utf8');
    return { name: file, lang, runs: text.split(/\n+/).map((t) => ({ text: t, lang })) };
  });
  const demos = (['ar', 'en'] as const).map((lang) => {
    const { segments } = extractHtmlText(readFileSync(`${DIR}/demo-${lang}.html`, 'utf8'));
    return { name: `demo-${lang}.html`, lang, runs: segments.map(({ text, lang }) => ({ text, lang })) };
  });
  return [...articles, ...demos];
}

/** The saved real pages that declare one of the twelve languages. */
function realPages(): { name: string; lang: Lang; runs: { text: string; lang?: string }[] }[] {
  return readdirSync(`${DIR}/real-pages`)
    .filter((f) => f.endsWith('.html'))
    .flatMap((name) => {
      const html = readFileSync(`${DIR}/real-pages/${name}`, 'utf8');
      const lang = declaredLang(/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]);
      const runs = extractHtmlText(html).segments.map(({ text, lang }) => ({ text, lang }));
      return lang ? [{ name, lang, runs }] : [];
    });
}

const key = (m: { entity: string; start: number; end: number }, run: number) =>
  `${run}:${m.start}-${m.end}=${m.entity}`;

/** The background's mentions, with every bundled card: the named set carried from run to run, as it does. */
function fullMentions(m: Matcher, offices: OfficeTerms, runs: readonly { text: string; lang?: string }[]): Set<string> {
  const named = new Set<number>();
  return new Set(
    runs.flatMap(({ text, lang }, i) =>
      mentionsWithTitles(m, text, lang, offices, '2026-12-04', named).map((x) => key(x, i)),
    ),
  );
}

function startMentions(index: StartIndex, runs: readonly { text: string; lang?: string }[]): Set<string> {
  const { answer } = startFound(index, runs);
  return new Set(
    answer.found.flatMap((flat, i) => {
      const out: string[] = [];
      for (let k = 0; k < flat.length; k += 3)
        out.push(key({ entity: answer.entities[flat[k]!]!.id, start: flat[k + 1]!, end: flat[k + 2]! }, i));
      return out;
    }),
  );
}

describe('the start indexes', () => {
  let indexes: Map<Lang, string>;
  let full: Matcher;
  let offices: OfficeTerms;
  beforeAll(async () => {
    const content = bundledContent();
    indexes = await buildStartIndexes(content, 7);
    const { cards, redirect } = rankedIdentities(content.rows);
    offices = officeTerms(cards, redirect);
    full = buildMatcher(
      matcherAliases(
        cards,
        content.packs.map((p) => p.stopPhrases),
      ),
    );
  }, 120_000);

  it('are made for every language, each short enough to read at once', () => {
    expect([...indexes.keys()].sort()).toEqual([...LANGS].sort());
    for (const [lang, text] of indexes) {
      expect(text.length, lang).toBeLessThanOrEqual(START_INDEX_MOST);
      const index = decodeStartIndex(text)!;
      expect(index.lang).toBe(lang);
      expect(index.revision).toBe(7);
    }
  });

  it('mark on each article a part of what the background marks, and most of it', () => {
    for (const page of pages()) {
      const index = decodeStartIndex(indexes.get(page.lang))!;
      const quick = startMentions(index, page.runs);
      const whole = fullMentions(full, offices, page.runs);
      // Nothing the background would not mark: a mark the tab drew first never disappears.
      expect(
        [...quick].filter((m) => !whole.has(m)),
        page.name,
      ).toEqual([]);
      // Most of the names: places and titles, which the index leaves out, are the rest.
      expect(quick.size, page.name).toBeGreaterThanOrEqual(whole.size * 0.5);
    }
  });

  it('count a surname flagged afterName as its card when choosing stop phrases', () => {
    // «Lai Châu Province» is in the places pack, which the index leaves out: after Lai Ching-te is
    // named, its «Lai» must not mark there, as the background marks the province.
    const runs = [{ text: 'Lai Ching-te spoke. Lai Châu Province lies far from Taipei.', lang: 'en' }];
    const quick = startMentions(decodeStartIndex(indexes.get('en'))!, runs);
    const whole = fullMentions(full, offices, runs);
    expect([...quick].filter((m) => !whole.has(m))).toEqual([]);
    expect([...whole]).toContain('0:0-12=lai-ching-te');
  });

  it('mark nothing on real pages that the background would not', () => {
    const checked = realPages();
    expect(checked.length).toBeGreaterThan(15);
    for (const page of checked) {
      const quick = startMentions(decodeStartIndex(indexes.get(page.lang))!, page.runs);
      const whole = fullMentions(full, offices, page.runs);
      expect(
        [...quick].filter((m) => !whole.has(m)),
        page.name,
      ).toEqual([]);
    }
  });

  it('leave out titles, which resolve by the article’s date in the background', () => {
    const offices = new Set(bundledPacks().flatMap((p) => p.cards.filter((c) => c.kind === 'office').map((c) => c.id)));
    for (const text of indexes.values()) {
      const { matcher } = decodeStartIndex(text)!;
      for (let e = 0; e < matcher.entities.length; e++) expect(offices.has(matcher.entities.at(e))).toBe(false);
    }
  });

  it('read only the runs in their own language, and say so', () => {
    const index = decodeStartIndex(indexes.get('en'))!;
    const runs = [
      { text: 'Talks in Ankara with Erdoğan.', lang: 'en' },
      { text: 'Gespräche in Ankara.', lang: 'de' },
    ];
    const { answer, whole } = startFound(index, runs);
    expect(whole).toBe(false);
    expect(answer.found[0]!.length).toBeGreaterThan(0);
    expect(answer.found[1]).toEqual([]);
    expect(startFound(index, [runs[0]!]).whole).toBe(true);
  });

  it('refuse anything that is not a whole index', () => {
    const text = indexes.get('ar')!;
    for (const bad of [undefined, 42, '', 'not base64!', btoa('BSV1 and more'), text.slice(0, text.length / 2)])
      expect(decodeStartIndex(bad)).toBeUndefined();
  });

  it('take the aliases of the page’s language and of its script’s shared one, in its script', () => {
    const specs = [
      aliasSpec('a', 'fr', 'Allemagne'),
      aliasSpec('b', 'en', 'Germany'),
      aliasSpec('c', 'de', 'Deutschland'),
      aliasSpec('d', 'en', 'Путин'),
      aliasSpec('e', 'ar', 'ألمانيا'),
      aliasSpec('f', 'xx', 'NATO'),
    ];
    const byLang = startIndexSpecs(specs);
    expect(byLang.get('fr')!.map((s) => s.entity)).toEqual(['a', 'b', 'f']);
    expect(byLang.get('fa')!.map((s) => s.entity)).toEqual(['e']);
    expect(byLang.get('uk')!.map((s) => s.entity)).toEqual(['d']);
  });
});
