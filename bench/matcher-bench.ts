/**
 * `npm run bench`: our matcher (normalisation included) against three baselines on the same text
 * and the same aliases, side by side in one run:
 *   - a RegExp alternation of the escaped aliases (flags giu), the obvious hand-rolled approach (timed
 *     on pieces of the documents, it is that slow: see `pieces`);
 *   - modern-ahocorasick on pre-lowercased text (lower-casing not timed), a general-purpose automaton;
 *   - a floor loop that only reads every UTF-16 unit once: no matcher can be faster;
 * then, at the scale packs are heading for (200,000 aliases shaped like the bundled ones, shaped-aliases.ts),
 * ours against a token-hash matcher (words folded and looked up in a Map, token-hash.ts), the
 * normalisation alone and the floor again, in rounds that take turns so the ratios hold on a machine whose speed drifts.
 * The corpus is the text as the background receives it, with its page's declared language (corpus.ts). Prints a table and, as the last line, one JSON object with the figures.
 */
import AhoCorasick from 'modern-ahocorasick';
import { bundledPacks } from '../lib/node/bundled-packs';
import { cardAliases } from '../lib/core/knowledge/card-aliases';
import { buildMatcher, findMentions, storeMatcher, storedMatcherBytes } from '../lib/core/text/matcher';
import { FoldBuffer } from '../lib/core/text/normalise';
import { generatedAliases, loadCorpus } from './corpus';
import { shapedAliases } from './shaped-aliases';
import { buildTokenHash, countTokenHash } from './token-hash';

export interface BenchOptions {
  aliases: number;
  /** Aliases in the large run (bundled plus this many shaped like them). */
  large: number;
  /** Time each contender runs for, at least (ms); slow ones stop after this even mid-corpus. */
  budgetMs: number;
}

export interface BenchResult {
  ours_mb_s: number;
  regexp_mb_s: number;
  ahocorasick_mb_s: number;
  floor_mb_s: number;
  /** The floor timed in the large run's alternating rounds, which its ratios are taken against. */
  floor_mb_s_200k: number;
  /**
   * The normalisation alone (FoldBuffer.fold), timed in the same rounds: the part of ours (and of the
   * token-hash matcher, which folds the same way) that no automaton changes.
   */
  fold_mb_s_200k: number;
  build_ms_50k: number;
  index_bytes_50k: number;
  ours_mb_s_200k: number;
  /** Ours in the large run with no language given for any page, so every one is guessed run by run. */
  ours_mb_s_200k_undeclared: number;
  tokenhash_mb_s: number;
  build_ms_200k: number;
  index_bytes_200k: number;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A document of the corpus: its text, the language its page declares (passed to ours, as a tab sends it), its size. */
interface Doc {
  text: string;
  lang?: string;
  bytes: number;
}

/** Runs `fn` over the documents, round after round, until the budget is spent; MB (UTF-8) per second. */
function throughput(
  docs: Doc[],
  budgetMs: number,
  fn: (text: string, lang?: string) => number,
): { mbs: number; sink: number; bytes: number; ms: number } {
  let bytes = 0;
  let sink = 0;
  const t0 = performance.now();
  let elapsed = 0;
  outer: for (;;) {
    for (const d of docs) {
      sink += fn(d.text, d.lang);
      bytes += d.bytes;
      elapsed = performance.now() - t0;
      if (elapsed >= budgetMs) break outer;
    }
  }
  return { mbs: bytes / 1e6 / (elapsed / 1000), sink, bytes, ms: elapsed };
}

/**
 * The documents cut into pieces of at most `size` units, for the RegExp alternation: it reads a few
 * hundred units a second, so one whole document (23,000 units the first) would overrun its time
 * budget a hundredfold, and the budget is only looked at between documents. (A name cut by a piece's
 * edge is not found: a throughput baseline, not a count.)
 */
function pieces(docs: Doc[], size: number): Doc[] {
  return docs.flatMap((d) => {
    const out: Doc[] = [];
    for (let i = 0; i < d.text.length; i += size) {
      const text = d.text.slice(i, i + size);
      out.push({ text, lang: d.lang, bytes: utf8Bytes(text) });
    }
    return out;
  });
}

/** Units in each piece the RegExp contender reads (about half a second's work on this machine). */
const REGEXP_PIECE = 200;

/** The floor: reads every unit once and does nothing with it. No matcher can be faster. */
function floorRead(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum & 1;
}

/** Throughput of each contender, timed in rounds that take turns (eight each), for `budgetMs` in all per contender. */
function alternating<K extends string>(
  docs: Doc[],
  budgetMs: number,
  contenders: Record<K, (text: string, lang?: string) => number>,
): Record<K, { mbs: number }> {
  const ROUNDS = 8;
  const names = Object.keys(contenders) as K[];
  const totals = new Map(names.map((name) => [name, { bytes: 0, ms: 0 }]));
  for (let round = 0; round < ROUNDS; round++)
    for (const name of names) {
      const { bytes, ms } = throughput(docs, budgetMs / ROUNDS, contenders[name]);
      totals.get(name)!.bytes += bytes;
      totals.get(name)!.ms += ms;
    }
  return Object.fromEntries(
    names.map((name) => [name, { mbs: totals.get(name)!.bytes / 1e6 / (totals.get(name)!.ms / 1000) }]),
  ) as Record<K, { mbs: number }>;
}

export function runBench(options: BenchOptions, log: (line: string) => void = console.log): BenchResult {
  const corpus = loadCorpus();
  const docs: Doc[] = corpus.map((d) => ({ text: d.text, lang: d.lang, bytes: utf8Bytes(d.text) }));
  const totalMb = docs.reduce((n, d) => n + d.bytes, 0) / 1e6;
  // The hand-written packs and the countries, as before the places and offices packs: their 60,000
  // names and 21,000 generated title phrases would make the RegExp contender the whole run (one
  // document takes it minutes), and the 200,000-name run covers the scale.
  const bundled = bundledPacks({ except: ['places', 'offices'] }).flatMap((p) => p.cards.flatMap(cardAliases));
  const specs = [...bundled, ...generatedAliases(options.aliases)];
  const texts = [...new Set(specs.map((s) => s.text))];

  // Each contender is built just before it runs and let go after it, so one's memory does not slow
  // another's build or collector. Warm-up: a few passes over the whole corpus, so what is timed is
  // optimised code, not the JIT at work.
  const warm = (fn: (text: string, lang?: string) => number) => {
    for (let round = 0; round < 3; round++) for (const d of docs) fn(d.text, d.lang);
  };
  const {
    buildMs,
    indexBytes,
    run: oursRun,
  } = (() => {
    const t = performance.now();
    const ours = buildMatcher(specs);
    const buildMs = performance.now() - t;
    const find = (text: string, lang?: string) => findMentions(ours, text, lang).length;
    warm(find);
    return {
      buildMs,
      indexBytes: storedMatcherBytes(storeMatcher(ours)),
      run: throughput(docs, options.budgetMs, find),
    };
  })();

  const floor = throughput(docs, options.budgetMs, floorRead);

  const { buildMs: regexpBuild, run: regexpRun } = (() => {
    const t = performance.now();
    const escaped = [...texts].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const regexp = new RegExp(escaped.join('|'), 'giu');
    const buildMs = performance.now() - t;
    // V8 compiles a pattern when it first runs: compile it here, as the warm-up does for ours.
    for (const _ of docs[0]!.text.slice(0, 20).matchAll(regexp));
    const run = throughput(pieces(docs, REGEXP_PIECE), options.budgetMs, (text) => {
      let n = 0;
      regexp.lastIndex = 0;
      for (const _ of text.matchAll(regexp)) n++;
      return n;
    });
    return { buildMs, run };
  })();

  const { buildMs: acBuild, run: acRun } = (() => {
    const t = performance.now();
    const ac = new AhoCorasick(texts.map((s) => s.toLowerCase()));
    const buildMs = performance.now() - t;
    const lowered = docs.map((d) => ({ ...d, text: d.text.toLowerCase() }));
    return { buildMs, run: throughput(lowered, options.budgetMs, (text) => ac.search(text).length) };
  })();

  // The large run: ours and the token-hash matcher built one after the other (each build timed on
  // its own), then timed on the same text in alternating rounds, with the floor, so a machine that
  // speeds up or slows down during the run moves all three alike and their ratios stay true.
  const largeSpecs = [...bundled, ...shapedAliases(bundled, options.large)];
  let t = performance.now();
  const large = buildMatcher(largeSpecs);
  const buildLargeMs = performance.now() - t;
  const indexLargeBytes = storedMatcherBytes(storeMatcher(large));
  t = performance.now();
  const tokenHash = buildTokenHash(largeSpecs);
  const tokenHashBuild = performance.now() - t;
  const findLarge = (text: string, lang?: string) => findMentions(large, text, lang).length;
  const findUndeclared = (text: string) => findMentions(large, text).length;
  const countTokens = (text: string) => countTokenHash(tokenHash, text);
  const folding = new FoldBuffer();
  const foldOnly = (text: string) => folding.fold(text).len;
  warm(findLarge);
  warm(findUndeclared);
  warm(countTokens);
  warm(foldOnly);
  const rates = alternating(docs, options.budgetMs, {
    ours: findLarge,
    oursUndeclared: findUndeclared,
    tokenHash: countTokens,
    fold: foldOnly,
    floor: floorRead,
  });

  const result: BenchResult = {
    ours_mb_s: round(oursRun.mbs),
    regexp_mb_s: round(regexpRun.mbs),
    ahocorasick_mb_s: round(acRun.mbs),
    floor_mb_s: round(floor.mbs),
    floor_mb_s_200k: round(rates.floor.mbs),
    fold_mb_s_200k: round(rates.fold.mbs),
    build_ms_50k: Math.round(buildMs),
    index_bytes_50k: indexBytes,
    ours_mb_s_200k: round(rates.ours.mbs),
    ours_mb_s_200k_undeclared: round(rates.oursUndeclared.mbs),
    tokenhash_mb_s: round(rates.tokenHash.mbs),
    build_ms_200k: Math.round(buildLargeMs),
    index_bytes_200k: indexLargeBytes,
  };

  log(
    `corpus: ${corpus.length} documents, ${totalMb.toFixed(2)} MB of text (UTF-8); aliases: ${specs.length} (${options.aliases} generated)`,
  );
  log('');
  /** One table of contenders, each with how many times as fast as it `ours` is. */
  const table = (ours: number, rows: [name: string, mbs: number, build: string][]) => {
    log('| contender                          | MB/s     | ours is   | build (ms) |');
    log('|------------------------------------|----------|-----------|------------|');
    for (const [name, mbs, build] of rows)
      log(
        `| ${name.padEnd(34)} | ${String(mbs).padStart(8)} | ${(ours / mbs).toPrecision(3).padStart(7)}× | ${build.padStart(10)} |`,
      );
  };
  table(result.ours_mb_s, [
    ['ours (normalise + automaton)', result.ours_mb_s, buildMs.toFixed(0)],
    ['RegExp alternation (giu)', result.regexp_mb_s, regexpBuild.toFixed(0)],
    ['modern-ahocorasick (lowercased)', result.ahocorasick_mb_s, acBuild.toFixed(0)],
    ['floor (read every unit once)', result.floor_mb_s, '-'],
  ]);
  log('');
  log(`index: ${(indexBytes / 1e6).toFixed(2)} MB stored, built in ${buildMs.toFixed(0)} ms`);
  log('');
  log(`large run: ${largeSpecs.length} aliases (${options.large} shaped like the ${bundled.length} bundled ones)`);
  table(result.ours_mb_s_200k, [
    ['ours (normalise + automaton)', result.ours_mb_s_200k, buildLargeMs.toFixed(0)],
    ['ours, no page language given', result.ours_mb_s_200k_undeclared, '-'],
    ['token-hash (folded words in a Map)', result.tokenhash_mb_s, tokenHashBuild.toFixed(0)],
    ['normalisation alone (both fold so)', result.fold_mb_s_200k, '-'],
    ['floor (read every unit once)', result.floor_mb_s_200k, '-'],
  ]);
  log(`index: ${(indexLargeBytes / 1e6).toFixed(2)} MB stored, built in ${buildLargeMs.toFixed(0)} ms`);
  return result;
}

/** Three significant digits: the slow baselines are fractions of a MB/s. */
const round = (n: number) => Number(n.toPrecision(3));
