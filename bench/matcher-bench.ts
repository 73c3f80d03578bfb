/**
 * `npm run bench`: our matcher (normalisation included) against three baselines on the same text
 * and the same aliases, side by side in one run:
 *   - a RegExp alternation of the escaped aliases (flags giu), the obvious hand-rolled approach;
 *   - modern-ahocorasick on pre-lowercased text (lower-casing not timed), a general-purpose automaton;
 *   - a floor loop that only reads every UTF-16 unit once: no matcher can be faster;
 * then, at the scale packs are heading for (200,000 aliases shaped like the bundled ones, shaped-aliases.ts),
 * ours against a token-hash matcher (words folded and looked up in a Map, token-hash.ts).
 * Prints a table and, as the last line, one JSON object with the figures.
 */
import AhoCorasick from 'modern-ahocorasick';
import { bundledPacks } from '../lib/node/bundled-packs';
import { cardAliases } from '../lib/core/knowledge/card-aliases';
import { buildMatcher, findMentions, storeMatcher, storedMatcherBytes } from '../lib/core/text/matcher';
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
  build_ms_50k: number;
  index_bytes_50k: number;
  ours_mb_s_200k: number;
  tokenhash_mb_s: number;
  build_ms_200k: number;
  index_bytes_200k: number;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Runs `fn` over the documents, round after round, until the budget is spent; MB (UTF-8) per second. */
function throughput(
  docs: { text: string; bytes: number }[],
  budgetMs: number,
  fn: (text: string) => number,
): { mbs: number; sink: number } {
  let bytes = 0;
  let sink = 0;
  const t0 = performance.now();
  let elapsed = 0;
  outer: for (;;) {
    for (const d of docs) {
      sink += fn(d.text);
      bytes += d.bytes;
      elapsed = performance.now() - t0;
      if (elapsed >= budgetMs) break outer;
    }
  }
  return { mbs: bytes / 1e6 / (elapsed / 1000), sink };
}

export function runBench(options: BenchOptions, log: (line: string) => void = console.log): BenchResult {
  const corpus = loadCorpus();
  const docs = corpus.map((d) => ({ text: d.text, bytes: utf8Bytes(d.text) }));
  const totalMb = docs.reduce((n, d) => n + d.bytes, 0) / 1e6;
  // The hand-written packs and the countries, as before the places and offices packs: their 60,000
  // names and 21,000 generated title phrases would make the RegExp contender the whole run (one
  // document takes it minutes), and the 200,000-name run covers the scale.
  const bundled = bundledPacks({ except: ['places', 'offices'] }).flatMap((p) => p.cards.flatMap(cardAliases));
  const specs = [...bundled, ...generatedAliases(options.aliases)];
  const texts = [...new Set(specs.map((s) => s.text))];

  let t = performance.now();
  const ours = buildMatcher(specs);
  const buildMs = performance.now() - t;
  const indexBytes = storedMatcherBytes(storeMatcher(ours));

  // Each contender is built just before it runs, so one's memory does not slow another's collector.
  // Warm-up: a few passes over the whole corpus, so what is timed is optimised code, not the JIT at work.
  for (let round = 0; round < 3; round++) for (const d of docs) findMentions(ours, d.text);
  const oursRun = throughput(docs, options.budgetMs, (text) => findMentions(ours, text).length);

  const floor = throughput(docs, options.budgetMs, (text) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    return sum & 1;
  });

  t = performance.now();
  const escaped = [...texts].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regexp = new RegExp(escaped.join('|'), 'giu');
  const regexpBuild = performance.now() - t;
  const regexpRun = throughput(docs, options.budgetMs, (text) => {
    let n = 0;
    regexp.lastIndex = 0;
    for (const _ of text.matchAll(regexp)) n++;
    return n;
  });

  t = performance.now();
  const ac = new AhoCorasick(texts.map((s) => s.toLowerCase()));
  const acBuild = performance.now() - t;
  const lowered = corpus.map((d) => ({ text: d.text.toLowerCase(), bytes: utf8Bytes(d.text) }));
  const acRun = throughput(lowered, options.budgetMs, (text) => ac.search(text).length);

  // The large run: each contender built just before it runs, warmed up, then timed on the same text.
  const largeSpecs = [...bundled, ...shapedAliases(bundled, options.large)];
  t = performance.now();
  let large: ReturnType<typeof buildMatcher> | undefined = buildMatcher(largeSpecs);
  const buildLargeMs = performance.now() - t;
  const indexLargeBytes = storedMatcherBytes(storeMatcher(large));
  for (let round = 0; round < 3; round++) for (const d of docs) findMentions(large, d.text);
  const largeMatcher = large;
  const oursLarge = throughput(docs, options.budgetMs, (text) => findMentions(largeMatcher, text).length);
  large = undefined;
  t = performance.now();
  const tokenHash = buildTokenHash(largeSpecs);
  const tokenHashBuild = performance.now() - t;
  for (let round = 0; round < 3; round++) for (const d of docs) countTokenHash(tokenHash, d.text);
  const tokenHashRun = throughput(docs, options.budgetMs, (text) => countTokenHash(tokenHash, text));

  const result: BenchResult = {
    ours_mb_s: round(oursRun.mbs),
    regexp_mb_s: round(regexpRun.mbs),
    ahocorasick_mb_s: round(acRun.mbs),
    floor_mb_s: round(floor.mbs),
    build_ms_50k: Math.round(buildMs),
    index_bytes_50k: indexBytes,
    ours_mb_s_200k: round(oursLarge.mbs),
    tokenhash_mb_s: round(tokenHashRun.mbs),
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
    ['token-hash (folded words in a Map)', result.tokenhash_mb_s, tokenHashBuild.toFixed(0)],
    ['floor (read every unit once)', result.floor_mb_s, '-'],
  ]);
  log(`index: ${(indexLargeBytes / 1e6).toFixed(2)} MB stored, built in ${buildLargeMs.toFixed(0)} ms`);
  return result;
}

/** Three significant digits: the slow baselines are fractions of a MB/s. */
const round = (n: number) => Number(n.toPrecision(3));
