import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHAR_RULES,
  FoldBuffer,
  SEQUENCE_RULES,
  fold,
  normalise,
  toOriginal,
  type CharRule,
} from '../../lib/core/text/normalise';

/** One rule alone, character by character. */
const applyRule = (rule: CharRule, s: string) => [...s].map((ch) => rule.apply(ch, ch.charCodeAt(0)) ?? ch).join('');

describe('each normalisation rule alone', () => {
  for (const rule of CHAR_RULES) {
    it(`${rule.name}: ${rule.example[0]} → ${rule.example[1]}`, () => {
      expect(applyRule(rule, rule.example[0])).toBe(rule.example[1]);
    });
  }
  for (const rule of SEQUENCE_RULES) {
    it(`${rule.name} (whole pipeline): ${rule.example[0]} → ${rule.example[1]}`, () => {
      expect(fold(rule.example[0])).toBe(rule.example[1]);
    });
  }
});

describe('normalise', () => {
  it.each([
    ['S-400', 's400'],
    ['S 400', 's400'],
    ['S400', 's400'],
    ['إس -400', 'اس400'],
    ['اس-400', 'اس400'],
    ['С-400', 'с400'],
    ['Erdoğan', 'erdogan'],
    ['ERDOĞAN', 'erdogan'],
    ['أردوغان', 'اردوغان'],
    ['Эрдоган', 'эрдоган'],
    ['Путин Ёлкин', 'путин елкин'],
    ['İbrahim KALIN', 'ibrahim kalin'],
    ['إدلب', 'ادلب'],
    ['Kurdistan Workers’ Party', "kurdistan workers' party"],
    ['F\u2011٣٥', 'f35'],
  ])('folds %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('maps every folded character back to the original character it came from', () => {
    const input = 'وحدات\u00A0حمايةُ  الشعب — S\u200B-400';
    const n = normalise(input);
    expect(n.text).toBe('وحدات حمايه الشعب s400');
    const at = n.text.indexOf('s400');
    expect(toOriginal(input, n, at, at + 4)).toEqual([input.indexOf('S'), input.length]);
    const word = n.text.indexOf('حمايه');
    const [s, e] = toOriginal(input, n, word, word + 5);
    expect(input.slice(s, e)).toBe('حمايةُ'); // the final damma stays with its letter
  });

  it('reads the inside of a word in one run, yet stops there for a change of script, a dropped or a doubled unit', () => {
    const input = 'ПутинIdlib Mos\u00ADkau GROẞE Ёлкин';
    const b = new FoldBuffer().fold(input);
    expect(b.toString()).toBe('путинidlib moskau grosse елкин');
    // A word starts where the script changes, as after a space.
    expect([...b.starts.subarray(0, b.startCount)]).toEqual([0, 5, 11, 18, 25]);
    const at = (s: string) => b.toString().indexOf(s);
    expect(b.mapAt(at('kau'))).toBe(input.indexOf('kau')); // after the dropped soft hyphen
    expect(b.mapAt(at('e елкин'))).toBe(input.indexOf('E ')); // after ẞ → ss
    expect(b.mapAt(at('ss'))).toBe(b.mapAt(at('ss') + 1));
    expect(b.mapAt(at('елкин') + 4)).toBe(input.length - 1);
  });

  it('keeps every word start of a short text dense with words, as the first text a buffer reads', () => {
    // 1,500 words in 3,000 units: more starts than a quarter of the buffer, which it once held.
    const input = 'a '.repeat(1500) + 'Ankara';
    const b = new FoldBuffer().fold(input);
    expect(b.startCount).toBe(1501);
    expect(b.starts[1500]).toBe(input.indexOf('Ankara'));
  });

  it('reads a run of separators as the one space it folds to, mapped to its first unit', () => {
    const input = 'Idlib \n\t  —\u00A0 Afrin  ';
    const b = new FoldBuffer().fold(input);
    expect(b.toString()).toBe('idlib afrin ');
    expect([...b.starts.subarray(0, b.startCount)]).toEqual([0, 6]);
    expect(b.mapAt(5)).toBe(5);
    expect(b.mapAt(6)).toBe(input.indexOf('Afrin'));
    expect(b.mapAt(11)).toBe(input.indexOf('Afrin') + 5);
  });

  it('keeps the map inside the original text and in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const n = normalise(s);
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(s.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeLessThan(s.length);
          if (i > 0) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent (property)', () => {
    // Every script's folds, the sequence rules' triggers (quotes, apostrophes, separators) among them.
    const alphabet = fc.constantFrom(
      ...'aAİıIğŞß -–—_’\'"S400٤٠إأآةىـَُ\u200B\u200C\u200F\u00A0ЁёЙйПутинїєґʼ״׳ארה־ּٔیکە۴'.split(''),
    );
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), (s) => {
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
