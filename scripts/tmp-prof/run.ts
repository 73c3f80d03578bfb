import { bundledPacks } from '../../lib/node/bundled-packs';
import { cardAliases } from '../../lib/core/knowledge/card-aliases';
import { buildMatcher, findMentions } from '../../lib/core/text/matcher';
import { loadCorpus } from '../../bench/corpus';
import { shapedAliases } from '../../bench/shaped-aliases';
import { buildTokenHash, countTokenHash } from '../../bench/token-hash';
import { fold } from '../../lib/core/text/normalise';

const corpus = loadCorpus();
const docs = corpus.map((d: any) => (typeof d === 'string' ? d : d.text));
const bundled = bundledPacks({ except: ['places', 'offices'] }).flatMap((p) => p.cards.flatMap(cardAliases));
const specs = [...bundled, ...shapedAliases(bundled, 200000)];
const m = buildMatcher(specs);
const th = process.argv[2] === 'th' ? buildTokenHash(specs) : (undefined as any);
const bytes = docs.reduce((a: number, t: string) => a + Buffer.byteLength(t), 0);
const time = (name: string, fn: (t: string) => number, rounds = Number(process.argv[3] ?? 40)) => {
  for (let r = 0; r < 3; r++) for (const t of docs) fn(t);
  const t0 = performance.now();
  let s = 0;
  for (let r = 0; r < rounds; r++) for (const t of docs) s += fn(t);
  const ms = performance.now() - t0;
  console.log(name, ((bytes * rounds) / 1e6 / (ms / 1000)).toFixed(1), 'MB/s', s);
};
const mode = process.argv[2] ?? 'all';
if (mode === 'all' || mode === 'ours') time('ours', (t) => findMentions(m, t).length);
if (mode === 'all' || mode === 'th') time('tokenhash', (t) => countTokenHash(th, t));
if (mode === 'all' || mode === 'fold') time('fold', (t) => fold(t).length);
