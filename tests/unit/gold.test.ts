import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { packsReading } from '../../lib/core/titles/packs-reading';
import { findMentions, type Mention } from '../../lib/core/text/matcher';
import { mentionsWithTitles } from '../../lib/core/titles/find-with-titles';
import { LANGS } from '../../lib/core/text/languages';

const DIR = 'tests/fixtures/articles';
const { matcher, offices } = packsReading(bundledPacks().filter((p) => p.enabledByDefault !== false));
/**
 * Names as the extension marks them: titles resolved (today's holders; the texts are undated). A title
 * is a mention of a person by office, which these golds do not label (tests/unit/titles-gold.test.ts
 * measures those): a gold name inside a resolved title («ترکیه» in «رئیس‌جمهور ترکیه») is the title's
 * now, and not scored; what a title that names no one leaves inside it counts like any name.
 */
function names(text: string, gold: Mention[]): { found: Mention[]; expected: Mention[] } {
  const all = mentionsWithTitles(matcher, text, undefined, offices, '2026-12-01');
  const titles = all.filter((m) => m.office);
  const inTitle = (g: Mention) => titles.some((t) => t.start <= g.start && g.end <= t.end);
  return { found: all.filter((m) => !m.office), expected: gold.filter((g) => !inTitle(g)) };
}

interface Gold {
  text: string;
  mentions: { id: string; surface: string }[];
}

/** Gold surfaces are listed in reading order; each is found after the previous one. */
function goldSpans(text: string, gold: Gold): Mention[] {
  let from = 0;
  return gold.mentions.map(({ id, surface }) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`gold surface not found after ${from}: ${surface}`);
    from = start + surface.length;
    return { entity: id, start, end: from };
  });
}

/** One-to-one: a found mention is right when it names the gold entity and overlaps the gold span. */
function score(found: Mention[], gold: Mention[]) {
  const used = new Set<number>();
  let hits = 0;
  let exact = 0;
  const wrong: Mention[] = [];
  for (const f of found) {
    const g = gold.findIndex((m, i) => !used.has(i) && m.entity === f.entity && m.start < f.end && f.start < m.end);
    if (g < 0) {
      wrong.push(f);
      continue;
    }
    used.add(g);
    hits++;
    if (gold[g]!.start === f.start && gold[g]!.end === f.end) exact++;
  }
  const missed = gold.filter((_, i) => !used.has(i));
  return { precision: hits / (found.length || 1), recall: hits / (gold.length || 1), exact, hits, wrong, missed };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.gold.json'));

describe('gold labels', () => {
  it('has the seed article and a text in each of the eleven other languages', () => {
    expect(files.sort()).toEqual(
      [...LANGS.filter((l) => l !== 'ar').map((l) => `${l}.gold.json`), 'seed.ar.gold.json'].sort(),
    );
  });

  for (const file of files) {
    it(`${file}: precision and recall are 1.0`, () => {
      const gold = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Gold;
      const text = readFileSync(`${DIR}/${gold.text}`, 'utf8');
      const { found, expected } = names(text, goldSpans(text, gold));
      const s = score(found, expected);
      const show = (m: Mention) => `${m.entity} «${text.slice(m.start, m.end)}» @${m.start}`;
      expect({ wrong: s.wrong.map(show), missed: s.missed.map(show) }).toEqual({ wrong: [], missed: [] });
      expect([s.precision, s.recall]).toEqual([1, 1]);
      if (file.startsWith('seed')) expect(s.exact).toBe(expected.length); // the seed article: exact spans too
    });
  }

  it('the seed article is the shared one, unchanged', () => {
    // SHA-256 of shared/seed-article.ar.txt, the story Backstory started from: the copy here is that file.
    expect(
      createHash('sha256')
        .update(readFileSync(`${DIR}/seed.ar.txt`))
        .digest('hex'),
    ).toBe('2fdb91929aea93c592b41af8d935cde6c6b91aac8ce682ce6c0992ad51b28235');
  });
});

/** Marks that change nothing a reader sees in a name, per script, and what strips them for comparison. */
const INVISIBLE: Record<string, { marks: string[]; strip: RegExp }> = {
  'seed.ar.txt': {
    marks: [
      '\u064E',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u0640',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u2066',
      '\u2069',
      '\uFEFF',
      '\u00AD',
    ],
    strip: /[\u064B-\u065F\u0640\u200B-\u200F\u2066-\u2069\uFEFF\u00AD]/g,
  },
  // Persian: the non-joiner, kasra (ezafe) and the hamza above a final he.
  'fa.txt': { marks: ['\u200C', '\u0650', '\u0654', '\u200F'], strip: /[\u200C\u0650\u0654\u200F]/g },
  // Hebrew: niqqud and dagesh.
  'he.txt': { marks: ['\u05B4', '\u05BC', '\u05B8', '\u05B7', '\u200F'], strip: /[\u05B4\u05BC\u05B8\u05B7\u200F]/g },
  // Ukrainian: a soft hyphen and a zero-width space.
  'uk.txt': { marks: ['\u00AD', '\u200B'], strip: /[\u00AD\u200B]/g },
};

for (const [file, { marks: MARKS, strip: STRIP }] of Object.entries(INVISIBLE))
  describe(`invisible marks inside a name change nothing in ${file} (property)`, () => {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    const base = findMentions(matcher, text);
    it('finds the same entities, and each span still covers the same name', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ mention: fc.nat(base.length - 1), at: fc.nat(), mark: fc.constantFrom(...MARKS) }), {
            minLength: 1,
            maxLength: 8,
          }),
          (inserts) => {
            // Insert from the end backwards so earlier offsets stay valid.
            const points = inserts
              .map(({ mention, at, mark }) => {
                const m = base[mention]!;
                return { pos: m.start + 1 + (at % Math.max(1, m.end - m.start - 1)), mark };
              })
              .sort((a, b) => b.pos - a.pos);
            let changed = text;
            for (const p of points) changed = changed.slice(0, p.pos) + p.mark + changed.slice(p.pos);
            const found = findMentions(matcher, changed);
            expect(found.map((m) => m.entity)).toEqual(base.map((m) => m.entity));
            const strip = (s: string) => s.replace(STRIP, '');
            expect(found.map((m) => strip(changed.slice(m.start, m.end)))).toEqual(
              base.map((m) => strip(text.slice(m.start, m.end))),
            );
          },
        ),
        { numRuns: 300 },
      );
    });
  });
