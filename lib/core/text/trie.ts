import { runSteps } from './build-steps';
import { FIRST_MARK, ENDING_RULES, edgeAt, isEndingMark, type Folded } from './word-edges';

/**
 * The alias automaton: a path-compressed trie over folded aliases, flattened into typed arrays,
 * walked from word starts only.
 *
 * Why not classic Aho–Corasick: a mention may only begin at the start of a word (or right after an
 * Arabic clitic), so failure links — which exist to find matches that begin mid-word — are dead
 * weight: they cost build time, index size and, worse, work at every character of every word. A walk
 * from each word start visits each character a bounded number of times (most walks end after one or
 * two steps), and it yields only candidates that already start on an edge.
 *
 * Why path-compressed: 200,000 names make 2.5 million states of one character, nine in ten of them
 * with a single child. A state here holds the whole run of characters up to the next branch, pattern
 * end or ending mark (its label), so there are five times fewer states to store, load and number, and
 * the walk compares a label's characters one after another instead of searching children at each.
 *
 * Layout: states are numbered breadth-first, so the children of a state are consecutive states,
 * from its record's first child to the next record's, sorted by the first character of their labels.
 * Labels are stored one after another in state order, as symbols: a code unit's place in
 * `alphabet` plus one. The folded aliases of twelve languages use far fewer than 256 distinct code
 * units, so a symbol is one byte (two only for a larger alphabet), and symbols keep the code units'
 * order. An ending mark is always the first symbol of a label. No pointers.
 */

export interface Trie {
  readonly stateCount: number;
  readonly patternCount: number;
  /**
   * Derived on load: what the walk reads of each state to step on, side by side in one record of
   * NODE numbers (the offsets of its children and of its label, its ending marks, its wide row), and a last record
   * that closes the final state's ranges: with 200,000 names the walk waits on memory more than it
   * computes, and a step then finds these in one cache line. (The outputs stay in `outHead`: in the
   * records they slowed the load, which scatters them, by half, and the walk no faster.)
   */
  readonly nodes: Int32Array;
  /** The code units on edges, ascending. */
  readonly alphabet: Uint16Array;
  /** Every state's label, state after state (the root's is empty), from its record's LABEL to the next one's. */
  readonly labels: Uint8Array | Uint16Array;
  /** Derived on load: the first symbol of each state's label (0 for the root), what a parent searches. */
  readonly edges: Uint8Array | Uint16Array;
  /** The symbol of each code unit, 0 for one on no edge. */
  readonly symbolOf: Uint8Array | Uint16Array;
  /** The state each pattern ends in. */
  readonly patternState: Uint32Array;
  /** Derived on load: root transitions as a dense table (0 = none). */
  readonly rootNext: Int32Array;
  /**
   * Derived on load: the transitions of the root's children (states 1 to `pairRows`), a dense row of
   * `alphabet.length + 1` entries each, by symbol (0 = none). Every walk longer than one unit steps
   * from one of these, and each has dozens of children: a search among them was a sixth of the scan.
   * Empty (`pairRows` 0) where a root child's label is longer than one unit (an index built before).
   */
  readonly pairNext: Int32Array;
  readonly pairRows: number;
  /**
   * Derived on load: a dense row, by symbol, for each other state with WIDE_CHILDREN children or
   * more (Field.Wide says where), holding the child's place among its siblings plus one (0 = none).
   * A row spans only its children's symbols, from the first to the last, and begins with two bytes:
   * the first symbol and the span. A state's children are mostly of one script, so a row is a few
   * dozen bytes (a median of 28 with 200,000 names): 1.1 MB of rows where rows of the whole alphabet
   * (166 symbols) took 3.6, at the same speed (Node, the bench corpus, old and new by turns).
   * With 200,000 names most walks take three steps or four, and their third starts from such a
   * state: a search of its children's records read several cache lines where the row reads one.
   * Empty until `addShortcuts` (a loaded trie may add them after its first walks): not readonly,
   * since that fills it in place, in one synchronous call, so no walk sees the rows half made.
   */
  wideNext: Uint8Array;
  /** Derived on load: the first pattern ending at each state, plus one (0: none); more through `outNext`, in ascending id order. */
  readonly outHead: Int32Array;
  /** Derived on load: after pattern p, the next pattern ending at the same state, plus one (0: none). */
  readonly outNext: Int32Array;
}

/** Numbers per state in `Trie.nodes`, and their places. */
export const NODE = 4;
export const enum Field {
  /** The first child; the children run to the next record's. */
  Child = 0,
  /** Where the label starts in `labels`; it runs to the next record's. */
  Label = 1,
  /**
   * Bits 0–7: one for each ending mark that starts a child's label (bit k: FIRST_MARK + k). Bit 8
   * (ENDS): a pattern ends here; most steps end none, and then the walk reads no output list. Bit 9
   * (OPEN): a pattern ending here may end inside a word (see `loadTrie`). Bits 16–31: the state's
   * first symbol (its `edges` entry), so a parent scanning its children finds the child's record in
   * the cache line it has just read.
   */
  Marks = 2,
  /**
   * Derived on load (`addShortcuts`), where symbols are bytes (an alphabet of at most 255 units;
   * else 0). Bits 0–23: where the state's row starts in `wideNext`, plus one, for a state with many
   * children (0 for the rest). Bits 24–31: the second symbol of its label (0 where the label is one
   * symbol), so a walk that stops there — most stop one step after their third — reads no label.
   * All 0 is a valid record too, only slower: the children are searched, the label read.
   */
  Wide = 3,
}

/** The bit of `Field.Marks` that says a pattern ends at the state (its outputs are in `outHead`). */
export const ENDS = 1 << 8;
/** The bit of `Field.Marks` that says a pattern ending at the state may end inside a word. */
const OPEN = 1 << 9;
/** The ending-mark bits of `Field.Marks`. */
export const MARK_BITS = ENDS - 1;
/** Where the first symbol sits in `Field.Marks`. */
const EDGE_SHIFT = 16;

/** One field of state `s`. */
export const field = (t: Trie, s: number, f: Field) => t.nodes[s * NODE + f]!;

/** The trie as built or loaded, its records without their outputs yet. */
type Laid = Omit<Trie, 'rootNext' | 'pairNext' | 'pairRows' | 'wideNext' | 'outHead' | 'outNext'>;

/** Builds the trie from folded patterns, with no per-node maps and no sort of the strings. */
export function buildTrie(patterns: readonly string[]): Trie {
  return runSteps(trieSteps(patterns));
}

/** Work between two places where a build may stop (each a few milliseconds at most). */
const STEP = 4096;

/**
 * The build of `buildTrie`, stopping (yielding) every few thousand patterns or states, so that a
 * background that builds a large trie can answer requests meanwhile (run-in-slices.ts).
 */
export function* trieSteps(patterns: readonly string[]): Generator<void, Trie> {
  const order = yield* sortedOrder(patterns);
  // First pass: a trie in creation order, sharing each pattern's common prefix with the previous
  // one in sorted order. Children are linked first-to-last, and sorted order creates them in
  // ascending character order, so each sibling list is already sorted. (Inserting in id order into
  // sorted sibling lists instead chases pointers across the whole trie: several times slower.)
  let cap = 1024;
  let char = new Uint16Array(cap);
  let firstChild = new Int32Array(cap);
  let lastChild = new Int32Array(cap);
  let nextSibling = new Int32Array(cap);
  let count = 1; // state 0: the root
  const patternNode = new Uint32Array(patterns.length);
  const path: number[] = [0];
  let prev = '';
  for (let k = 0; k < order.length; k++) {
    if (k % STEP === 0) yield;
    const id = order[k]!;
    const p = patterns[id]!;
    let lcp = 0;
    const max = Math.min(p.length, prev.length);
    while (lcp < max && p.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    path.length = lcp + 1;
    for (let i = lcp; i < p.length; i++) {
      if (count === cap) {
        cap *= 2;
        char = grow(char, cap);
        firstChild = grow(firstChild, cap);
        lastChild = grow(lastChild, cap);
        nextSibling = grow(nextSibling, cap);
      }
      const parent = path[i]!;
      const node = count++;
      char[node] = p.charCodeAt(i);
      firstChild[node] = lastChild[node] = nextSibling[node] = 0;
      if (firstChild[parent] === 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    patternNode[id] = path[p.length]!;
    prev = p;
  }
  // Second pass: number states breadth-first, so the children of each state are consecutive, and
  // fold each run of single-child characters into one state, up to a branch, the end of a pattern or
  // an ending mark (which must start a label: the walk branches there).
  const ends = new Uint8Array(count);
  for (let id = 0; id < patternNode.length; id++) ends[patternNode[id]!] = 1;
  const newId = new Uint32Array(count);
  const queue = new Uint32Array(count);
  const childStart = new Uint32Array(count + 1);
  const labelStart = new Uint32Array(count + 1);
  const labelChars = new Uint16Array(count);
  let labelLength = 0;
  let head = 0;
  let tail = 1; // queue[0] = root, new id 0, empty label
  while (head < tail) {
    if (head % STEP === 0) yield;
    const old = queue[head]!;
    childStart[head] = tail;
    for (let c = firstChild[old]!; c !== 0; c = nextSibling[c]!) {
      const state = tail++;
      labelStart[state] = labelLength;
      let x = c;
      labelChars[labelLength++] = char[x]!;
      // The root's children keep one-unit labels, so their children can sit in dense rows (pairsOf).
      for (;;) {
        const only = firstChild[x]!;
        if (head === 0 || ends[x] || only === 0 || nextSibling[only] !== 0 || isEndingMark(char[only]!)) break;
        x = only;
        labelChars[labelLength++] = char[x]!;
      }
      newId[x] = state;
      queue[state] = x;
    }
    head++;
  }
  const states = tail;
  childStart[states] = states;
  labelStart[states] = labelLength;
  yield;
  const used = new Uint8Array(0x10000);
  for (let i = 0; i < labelLength; i++) used[labelChars[i]!] = 1;
  const alphabet = Uint16Array.from(used.keys()).filter((c) => used[c] === 1);
  const symbolOf = symbolsOf(alphabet);
  const labels = byteSymbols(alphabet) ? new Uint8Array(labelLength) : new Uint16Array(labelLength);
  for (let i = 0; i < labelLength; i++) labels[i] = symbolOf[labelChars[i]!]!;
  const patternState = new Uint32Array(patternNode.length);
  for (let id = 0; id < patternNode.length; id++) patternState[id] = newId[patternNode[id]!]!;
  yield;
  const edges = labels instanceof Uint8Array ? new Uint8Array(states) : new Uint16Array(states);
  for (let s = 1; s < states; s++) edges[s] = labels[labelStart[s]!]!;
  // The bit of each symbol that is an ending mark, 0 for the rest.
  const markBit = new Uint8Array(alphabet.length + 1);
  alphabet.forEach((code, i) => (markBit[i + 1] = isEndingMark(code) ? 1 << (code - FIRST_MARK) : 0));
  const nodes = new Int32Array((states + 1) * NODE);
  for (let s = 0; s <= states; s++) {
    nodes[s * NODE + Field.Child] = childStart[s]!;
    nodes[s * NODE + Field.Label] = labelStart[s]!;
  }
  for (let s = 0; s < states; s++)
    for (let c = childStart[s]!; c < childStart[s + 1]!; c++) nodes[s * NODE + Field.Marks]! |= markBit[edges[c]!]!;
  return withOutputs({
    stateCount: states,
    patternCount: patterns.length,
    nodes,
    alphabet,
    labels,
    edges,
    symbolOf,
    patternState,
  })!;
}

/** Buckets of the counting sort below: the first two code units, as ranks among those used, when there are few enough. */
const MAX_BUCKETS = 1 << 18;

/**
 * Pattern ids in the order of their strings (code units, as the walk reads them), equal strings by
 * id. A counting sort on the first two code units, then the engine's sort within each bucket: each
 * holds a few dozen strings, where one sort of 200,000 strings with a comparator, or of the strings
 * themselves, took most of the build.
 */
function* sortedOrder(patterns: readonly string[]): Generator<void, Uint32Array> {
  const n = patterns.length;
  const rank = new Uint32Array(0x10000);
  for (let id = 0; id < n; id++) {
    const p = patterns[id]!;
    if (p.length > 0) rank[p.charCodeAt(0)] = 1;
    if (p.length > 1) rank[p.charCodeAt(1)] = 1;
  }
  // Rank 0 stands for "no unit here" (a shorter string sorts first).
  let ranks = 1;
  for (let c = 0; c < 0x10000; c++) if (rank[c]) rank[c] = ranks++;
  const two = ranks * ranks <= MAX_BUCKETS;
  const bucketOf = (p: string) =>
    two
      ? (p.length > 0 ? rank[p.charCodeAt(0)]! * ranks : 0) + (p.length > 1 ? rank[p.charCodeAt(1)]! : 0)
      : p.length > 0
        ? rank[p.charCodeAt(0)]!
        : 0;
  const buckets = two ? ranks * ranks : ranks;
  const start = new Uint32Array(buckets + 1);
  const bucket = new Uint32Array(n);
  for (let id = 0; id < n; id++) start[(bucket[id] = bucketOf(patterns[id]!)) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const order = new Uint32Array(n);
  const fill = start.slice(0, buckets);
  for (let id = 0; id < n; id++) order[fill[bucket[id]!]!++] = id;
  yield;
  const byString = (a: number, b: number) => {
    const pa = patterns[a]!;
    const pb = patterns[b]!;
    return pa < pb ? -1 : pa > pb ? 1 : a - b;
  };
  for (let b = 0, done = 0; b < buckets; b++) {
    const lo = start[b]!;
    const hi = start[b + 1]!;
    if (hi - lo < 2) continue;
    order.subarray(lo, hi).sort(byString);
    done += hi - lo;
    if (done >= STEP) {
      done = 0;
      yield;
    }
  }
  return order;
}

/** The symbol of each code unit: its place in the alphabet plus one; 0 for the rest. */
function symbolsOf(alphabet: Uint16Array): Uint8Array | Uint16Array {
  const symbolOf = byteSymbols(alphabet) ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  alphabet.forEach((c, i) => (symbolOf[c] = i + 1));
  return symbolOf;
}

function grow<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/** A built trie's root table, output lists and records' bits (every pattern may end inside a word: see loadTrie). */
function withOutputs(t: Laid): Trie {
  const { outHead, outNext, openStates } = linkOutputs(t.patternState, t.stateCount)!;
  const nodes = withSteps(t.nodes, t.edges, outHead, openStates);
  return addShortcuts({ ...t, rootNext: rootTable(t), ...pairsOf(t), wideNext: NO_ROWS, outHead, outNext, nodes });
}

const NO_ROWS = new Uint8Array(0);

/**
 * The walk's shortcuts, in place: the wide rows and each state's second symbol (Field.Wide). A
 * built trie has them at once; a loaded one (`loadTrie(t, open, false)`) may add them later: in a
 * woken worker they are a fifth of the load (Chromium, 200,000 names), and a page waits for it.
 * Once only: a trie that has its rows is returned as it is. A copy of a trie ({ ...t }) shares its
 * records but not its rows: add them to the trie that walks, never where a copy made before walks.
 */
export function addShortcuts(t: Trie): Trie {
  if (t.wideNext.length) return t;
  withSecondSymbols(t);
  t.wideNext = wideRows(t);
  return t;
}

/** The root's transitions as a dense table by code unit (Trie.rootNext). */
function rootTable({ nodes, alphabet, edges }: Laid): Int32Array {
  const rootNext = new Int32Array(0x10000);
  for (let c = nodes[Field.Child]!; c < nodes[NODE + Field.Child]!; c++) rootNext[alphabet[edges[c]! - 1]!] = c;
  return rootNext;
}

/** The dense rows of the root's children (Trie.pairNext), where their labels are one unit long and the rows small. */
function pairsOf({ nodes, edges, alphabet }: Laid): { pairNext: Int32Array; pairRows: number } {
  const rows = nodes[NODE + Field.Child]! - 1;
  const width = alphabet.length + 1;
  let single = rows * width <= MAX_PAIRS;
  for (let s = 1; s <= rows && single; s++)
    single = nodes[(s + 1) * NODE + Field.Label]! - nodes[s * NODE + Field.Label]! === 1;
  if (!single) return { pairNext: new Int32Array(0), pairRows: 0 };
  const pairNext = new Int32Array(rows * width);
  for (let s = 1; s <= rows; s++)
    for (let c = nodes[s * NODE + Field.Child]!; c < nodes[(s + 1) * NODE + Field.Child]!; c++)
      pairNext[(s - 1) * width + edges[c]!] = c;
  return { pairNext, pairRows: rows };
}

/**
 * The dense rows of the states with many children (Trie.wideNext), writing each one's row into its
 * record; none where a child's place would not fit in a byte (an alphabet of 255 units or more).
 */
function wideRows({ nodes, edges, alphabet, stateCount }: Laid): Uint8Array {
  if (!byteSymbols(alphabet)) return new Uint8Array(0);
  // One pass over the states finds the wide ones and their rows' places (a woken worker runs this
  // cold), then the rows.
  const wide: number[] = [];
  let size = 0;
  for (let s = nodes[NODE + Field.Child]!; s < stateCount; s++) {
    const first = nodes[s * NODE + Field.Child]!;
    const last = nodes[(s + 1) * NODE + Field.Child]! - 1;
    if (last - first + 1 < WIDE_CHILDREN) continue;
    const row = 2 + edges[last]! - edges[first]! + 1;
    if (size + row > MAX_WIDE) break;
    wide.push(s);
    size += row;
  }
  const wideNext = new Uint8Array(size);
  for (let k = 0, at = 0; k < wide.length; k++) {
    const s = wide[k]!;
    const first = nodes[s * NODE + Field.Child]!;
    const last = nodes[(s + 1) * NODE + Field.Child]! - 1;
    const low = edges[first]!;
    wideNext[at] = low;
    wideNext[at + 1] = edges[last]! - low + 1;
    for (let c = first; c <= last; c++) wideNext[at + 2 + edges[c]! - low] = c - first + 1;
    nodes[s * NODE + Field.Wide]! |= at + 1;
    at += 2 + wideNext[at + 1]!;
  }
  return wideNext;
}

/** The place plus one, among the children of the state whose row starts at `at` in `wideNext`, of the one whose label starts with `symbol` (0 = none). */
const wideRowPlace = (wideNext: Uint8Array, at: number, symbol: number) => {
  const d = symbol - wideNext[at]!;
  return d >= 0 && d < wideNext[at + 1]! ? wideNext[at + 2 + d]! : 0;
};

/** Each state's second label symbol into its record (Field.Wide), as built or loaded, where symbols are bytes. */
function withSecondSymbols({ nodes, labels, stateCount, alphabet }: Laid): void {
  if (!byteSymbols(alphabet)) return;
  for (let s = 1; s < stateCount; s++) {
    const label = nodes[s * NODE + Field.Label]!;
    if (nodes[(s + 1) * NODE + Field.Label]! - label > 1)
      nodes[s * NODE + Field.Wide] = labels[label + 1]! << SECOND_SHIFT;
  }
}

/** Whether every symbol fits in a byte (symbol 0 is "none"): the walk's shortcuts need it (Field.Wide). */
const byteSymbols = (alphabet: Uint16Array) => alphabet.length + 1 <= 0x100;

/** Where the second symbol sits in `Field.Wide`; below it, the wide row's place. */
const SECOND_SHIFT = 24;
const WIDE_ROW_BITS = (1 << SECOND_SHIFT) - 1;

/**
 * States with this many children or more get a wide row. With 200,000 names: 21,700 rows, 1.1 MB in
 * the background (none stored). Rows for states of 8 or 16 children and more, their smaller ones
 * scanned, were no faster (200,000 names, by turns). With the second symbols in the records, 6–8% more text matched per
 * second on the bench corpus (node, old and new by turns in one process, twenty rounds; single
 * steps measured larger, on a machine whose speed drifted). The rows and the wider records cost a
 * stored index's first load 10 ms (node, a fresh process: 25 → 35).
 */
const WIDE_CHILDREN = 4;
/** Bytes of the wide rows at most (four megabytes); states past it are searched. */
const MAX_WIDE = 1 << 22;

/** Entries of the pair rows at most (a megabyte): an alphabet of a few hundred units. */
const MAX_PAIRS = 1 << 18;

/**
 * The records with each state's first symbol, ENDS where a pattern ends and OPEN where one may end
 * inside a word (every one, without `openStates`), beside its marks. In place.
 */
function withSteps(
  nodes: Int32Array,
  edges: Uint8Array | Uint16Array,
  outHead: Int32Array,
  openStates: Uint8Array | undefined,
): Int32Array {
  for (let s = 0; s < outHead.length; s++) {
    nodes[s * NODE + Field.Marks] =
      (nodes[s * NODE + Field.Marks]! & MARK_BITS) | endBits(outHead, openStates, s) | (edges[s]! << EDGE_SHIFT);
  }
  return nodes;
}

/** ENDS and OPEN for state `s`: OPEN on every state that ends a pattern where `openStates` is not given. */
const endBits = (outHead: Int32Array, openStates: Uint8Array | undefined, s: number) =>
  outHead[s] ? ENDS | (!openStates || openStates[s] ? OPEN : 0) : 0;

/** Whether the walk reports the patterns of state `s` when it ends at `i`. */
const reports = (t: Trie, text: Folded, s: number, i: number) => {
  const bits = t.nodes[s * NODE + Field.Marks]!;
  return (bits & ENDS) !== 0 && ((bits & OPEN) !== 0 || edgeAt(text, i));
};

/**
 * Which patterns may end inside a word (see loadTrie): a byte per pattern (the matcher's flags) and,
 * for each value of that byte, 1 where such a pattern may. Read in the pass that links the outputs
 * rather than in one of its own: a woken worker's first passes over 300,000 patterns run unoptimised,
 * 3–4 ms each in Node.
 */
export interface OpenPatterns {
  byPattern: Uint8Array;
  /** 256 entries. */
  open: Uint8Array;
}

/**
 * Each state's output list (head and links), and with `open` which states end a pattern that may end
 * inside a word; undefined when a pattern ends past the last state.
 */
function linkOutputs(
  patternState: Uint32Array,
  stateCount: number,
  open?: OpenPatterns,
): { outHead: Int32Array; outNext: Int32Array; openStates: Uint8Array | undefined } | undefined {
  const outHead = new Int32Array(stateCount);
  const outNext = new Int32Array(patternState.length);
  const openStates = open && new Uint8Array(stateCount);
  const byPattern = open?.byPattern;
  const openBy = open?.open;
  // Walk ids downwards so each list ends up in ascending id order.
  for (let p = patternState.length - 1; p >= 0; p--) {
    const s = patternState[p]!;
    if (s >= stateCount) return undefined;
    outNext[p] = outHead[s]!;
    outHead[s] = p + 1;
    if (openStates && openBy![byPattern![p]!]) openStates[s] = 1;
  }
  return { outHead, outNext, openStates };
}

/**
 * The trie with only the patterns `keep` marks, numbered as before but without the gaps, and `open`
 * saying which of those may end inside a word (as for loadTrie). Every state stays: a pattern dropped
 * here is the same text as one kept (see matcherSteps).
 */
export function keepPatterns(t: Trie, keep: Uint8Array, open?: OpenPatterns): Trie {
  let count = 0;
  for (let p = 0; p < keep.length; p++) count += keep[p]!;
  const patternState = new Uint32Array(count);
  for (let p = 0, i = 0; p < keep.length; p++) if (keep[p]) patternState[i++] = t.patternState[p]!;
  const { outHead, outNext, openStates } = linkOutputs(patternState, t.stateCount, open)!;
  // The same states end patterns as before (only repeats are dropped): only OPEN may change.
  const nodes = withSteps(t.nodes, t.edges, outHead, openStates);
  return { ...t, patternCount: patternState.length, patternState, outHead, outNext, nodes };
}

/** Children up to this many are scanned rather than searched. */
const LINEAR_CHILDREN = 8;

/** The child of `s` whose label starts with code unit `c`, or 0. */
export function child(t: Trie, s: number, c: number): number {
  if (s === 0) return t.rootNext[c]!;
  const symbol = t.symbolOf[c]!;
  if (symbol === 0) return 0;
  if (s <= t.pairRows) return t.pairNext[(s - 1) * (t.alphabet.length + 1) + symbol]!;
  const nodes = t.nodes;
  const row = nodes[s * NODE + Field.Wide]! & WIDE_ROW_BITS;
  if (row !== 0) {
    const place = wideRowPlace(t.wideNext, row - 1, symbol);
    return place === 0 ? 0 : nodes[s * NODE + Field.Child]! + place - 1;
  }
  return searchChildren(nodes, s, symbol);
}

/** The child of `s` (a state with no wide row) whose label starts with `symbol`, or 0. */
function searchChildren(nodes: Int32Array, s: number, symbol: number): number {
  let lo = nodes[s * NODE + Field.Child]!;
  let hi = nodes[(s + 1) * NODE + Field.Child]! - 1;
  // Most states below the root have a few children, their records side by side: a scan in order
  // stops at the first symbol not below the one sought, with none of a search's mispredictions.
  if (hi - lo < LINEAR_CHILDREN) {
    for (; lo <= hi; lo++) {
      const e = nodes[lo * NODE + Field.Marks]! >>> EDGE_SHIFT;
      if (e >= symbol) return e === symbol ? lo : 0;
    }
    return 0;
  }
  // A search whose next probe is picked rather than jumped to: among dozens of children its
  // comparisons are as good as random, and a branch on each would be mispredicted half the time.
  let n = hi - lo + 1;
  while (n > 1) {
    const half = n >>> 1;
    lo = nodes[(lo + half) * NODE + Field.Marks]! >>> EDGE_SHIFT <= symbol ? lo + half : lo;
    n -= half;
  }
  return nodes[lo * NODE + Field.Marks]! >>> EDGE_SHIFT === symbol ? lo : 0;
}

/**
 * Where the text matches the rest of state `s`'s label (all but its first symbol, which led to it),
 * starting at `i`: the position after it, or -1.
 */
function restOfLabel(t: Trie, text: Folded, s: number, i: number): number {
  const { labels, symbolOf, nodes } = t;
  const { buf, len } = text;
  const end = nodes[(s + 1) * NODE + Field.Label]!;
  const second = nodes[s * NODE + Field.Wide]! >>> SECOND_SHIFT;
  if (second !== 0 && (i >= len || second !== symbolOf[buf[i]!])) return -1;
  for (let k = nodes[s * NODE + Field.Label]! + 1; k < end; k++, i++)
    if (i >= len || labels[k] !== symbolOf[buf[i]!]) return -1;
  return i;
}

/** Whether the ending rule of mark FIRST_MARK + k may apply to the text being walked. */
export type EndingAllowed = (rule: number) => boolean;
type OnMatch = (pattern: number, end: number) => void;

/**
 * Calls `onMatch(pattern, end)` for every pattern that starts at `from` in the folded text. An
 * ending mark in the trie stands for one of its language's endings (or none) up to the word's end,
 * so from a state that has one the walk goes on both ways, where `allowed` says the language may
 * be the text's.
 */
export function walk(t: Trie, text: Folded, from: number, onMatch: OnMatch, allowed: EndingAllowed): void {
  walkOn(t, text, 0, from, onMatch, allowed);
}

function walkOn(t: Trie, text: Folded, s: number, i: number, onMatch: OnMatch, allowed: EndingAllowed): void {
  // One loop with the child's search, the label's compare and the report written out: this is most
  // of a scan's time, and as calls (child, restOfLabel, reports) the engine did not inline them all.
  const { buf, len } = text;
  const { nodes, labels, symbolOf, wideNext, pairNext, pairRows, outHead, outNext } = t;
  const width = t.alphabet.length + 1;
  for (;;) {
    let at = s * NODE;
    if (nodes[at + Field.Marks]! & MARK_BITS) followMarks(t, text, s, i, onMatch, allowed);
    if (i >= len) return;
    if (s === 0) s = t.rootNext[buf[i]!]!;
    else {
      const symbol = symbolOf[buf[i]!]!;
      if (symbol === 0) return;
      if (s <= pairRows) s = pairNext[(s - 1) * width + symbol]!;
      else {
        const row = nodes[at + Field.Wide]! & WIDE_ROW_BITS;
        if (row === 0) s = searchChildren(nodes, s, symbol);
        else {
          const place = wideRowPlace(wideNext, row - 1, symbol);
          s = place === 0 ? 0 : nodes[at + Field.Child]! + place - 1;
        }
      }
    }
    if (s === 0) return;
    // The rest of the label (its first symbol led here): the second from the record, then the others.
    at = s * NODE;
    i++;
    const end = nodes[at + NODE + Field.Label]!;
    let k = nodes[at + Field.Label]! + 1;
    if (k < end) {
      const second = nodes[at + Field.Wide]! >>> SECOND_SHIFT;
      if (i >= len || (second !== 0 && second !== symbolOf[buf[i]!])) return;
      for (; k < end; k++, i++) if (i >= len || labels[k] !== symbolOf[buf[i]!]) return;
    }
    const bits = nodes[at + Field.Marks]!;
    if ((bits & ENDS) !== 0 && ((bits & OPEN) !== 0 || edgeAt(text, i)))
      for (let p = outHead[s]! - 1; p >= 0; p = outNext[p]! - 1) onMatch(p, i);
  }
}

function followMarks(t: Trie, text: Folded, s: number, i: number, onMatch: OnMatch, allowed: EndingAllowed): void {
  const marks = t.nodes[s * NODE + Field.Marks]!;
  for (let k = 0; k < ENDING_RULES.length; k++) {
    if (!(marks & (1 << k)) || !allowed(k)) continue;
    const end = ENDING_RULES[k]!.end(text, i);
    const marked = end < 0 ? 0 : child(t, s, FIRST_MARK + k);
    if (!marked) continue;
    const after = restOfLabel(t, text, marked, end);
    if (after < 0) continue;
    if (reports(t, text, marked, after))
      for (let p = t.outHead[marked]! - 1; p >= 0; p = t.outNext[p]! - 1) onMatch(p, after);
    walkOn(t, text, marked, after, onMatch, allowed);
  }
}

/**
 * The trie as stored between service-worker starts: typed arrays only (structured-cloneable), and
 * compact, since a woken worker reads it before it can answer. Per state its number of children and
 * the length of its label (the breadth-first numbering makes both offsets running sums, rebuilt on
 * load); the labels as the trie holds them; the ending marks as the few states that have them. The
 * rest is derived on load.
 */
export interface StoredTrie {
  stateCount: number;
  patternCount: number;
  childCount: Uint8Array | Uint16Array;
  labelLength: Uint8Array | Uint16Array;
  alphabet: Uint16Array;
  labels: Uint8Array | Uint16Array;
  patternState: Uint32Array;
  /** The states that have ending marks among their children, and their bits: a few, so kept sparse. */
  markStates: Uint32Array;
  markBits: Uint8Array;
}

/** Per-state counts in one byte each where every one fits. */
function narrowCounts(n: number, count: (s: number) => number): Uint8Array | Uint16Array {
  let wide = false;
  for (let s = 0; s < n && !wide; s++) wide = count(s) > 0xff;
  const out = wide ? new Uint16Array(n) : new Uint8Array(n);
  for (let s = 0; s < n; s++) out[s] = Math.min(count(s), 0xffff);
  return out;
}

export function storedTrie(t: Trie): StoredTrie {
  const n = t.stateCount;
  const span = (s: number, f: Field) => field(t, s + 1, f) - field(t, s, f);
  const marksOf = (s: number) => field(t, s, Field.Marks) & MARK_BITS;
  const markStates = Uint32Array.from({ length: n }, (_, s) => s).filter((s) => marksOf(s) !== 0);
  return {
    stateCount: n,
    patternCount: t.patternCount,
    childCount: narrowCounts(n, (s) => span(s, Field.Child)),
    labelLength: narrowCounts(n, (s) => span(s, Field.Label)),
    alphabet: t.alphabet,
    labels: t.labels,
    patternState: t.patternState,
    markStates,
    markBits: Uint8Array.from(markStates, marksOf),
  };
}

const isNarrow = (a: unknown): a is Uint8Array | Uint16Array => a instanceof Uint8Array || a instanceof Uint16Array;

/**
 * Rebuilds the trie from its stored form, after checking its arrays agree with its counts. One pass
 * over the patterns and one over the states: a woken worker runs this once, cold, before it can
 * answer.
 *
 * `open` says which patterns may end inside a word (OpenPatterns: an alias that takes an
 * ending: Putin in "Putins"); the walk reports the others only where a word ends. Without it every
 * pattern may: the trie alone knows no word rules. With 200,000 names four candidates in five were a
 * short name ending inside a longer word, each read and then refused; the walk now passes them by.
 * With `shortcuts` false the trie comes without its shortcuts (`addShortcuts`), for a caller that
 * walks at once and adds them after.
 */
export function loadTrie(t: StoredTrie, open?: OpenPatterns, shortcuts = true): Trie {
  const n = t.stateCount;
  const ok =
    isNarrow(t.childCount) &&
    isNarrow(t.labelLength) &&
    isNarrow(t.labels) &&
    t.alphabet instanceof Uint16Array &&
    t.patternState instanceof Uint32Array &&
    t.markStates instanceof Uint32Array &&
    t.markBits instanceof Uint8Array &&
    n >= 1 &&
    t.childCount.length === n &&
    t.labelLength.length === n &&
    // Symbols wide enough for the alphabet, so none can point past it.
    (t.labels instanceof Uint16Array || byteSymbols(t.alphabet)) &&
    t.patternState.length === t.patternCount &&
    t.markStates.length === t.markBits.length &&
    t.labelLength[0] === 0;
  if (!ok) throw new Error('not a Backstory matcher index');
  if (open && (open.byPattern.length !== t.patternCount || open.open.length !== 0x100))
    throw new Error('not a Backstory matcher index');
  // The patterns first: which states end one, and one that may end inside a word.
  const outputs = linkOutputs(t.patternState, n, open);
  if (!outputs) throw new Error('not a Backstory matcher index');
  const { outHead, outNext, openStates } = outputs;
  // Then one pass over the states, as a woken worker runs it cold (each pass more costs it
  // milliseconds): the offsets of children and labels (running sums of the counts), each state's
  // first symbol, and its record's bits. Every state but the root has a label inside the labels. (A
  // symbol past the alphabet would only fail to match: nothing is read out of bounds.)
  const { childCount, labelLength, labels } = t;
  const nodes = new Int32Array((n + 1) * NODE);
  const edges = labels instanceof Uint8Array ? new Uint8Array(n) : new Uint16Array(n);
  let nextChild = 1;
  let nextLabel = 0;
  let labelled = true;
  for (let s = 0; s < n; s++) {
    nodes[s * NODE + Field.Child] = nextChild;
    nextChild += childCount[s]!;
    nodes[s * NODE + Field.Label] = nextLabel;
    let edge = 0;
    if (s > 0) {
      labelled &&= labelLength[s]! > 0 && nextLabel < labels.length;
      edges[s] = edge = labels[nextLabel]!;
    }
    // endBits, written out: a call per state cost this first, unoptimised pass a fifth of its time.
    const ends = outHead[s] ? ENDS | (!openStates || openStates[s] ? OPEN : 0) : 0;
    nodes[s * NODE + Field.Marks] = ends | (edge << EDGE_SHIFT);
    nextLabel += labelLength[s]!;
  }
  nodes[n * NODE + Field.Child] = nextChild;
  nodes[n * NODE + Field.Label] = nextLabel;
  // Every state but the root is some state's child, exactly once; the labels fill their array.
  if (!labelled || nextChild !== n || nextLabel !== labels.length) throw new Error('not a Backstory matcher index');
  const { markStates, markBits } = t;
  for (let i = 0; i < markStates.length; i++) {
    const s = markStates[i]!;
    if (s >= n) throw new Error('not a Backstory matcher index');
    nodes[s * NODE + Field.Marks]! |= markBits[i]! & MARK_BITS;
  }
  const laid: Laid = {
    stateCount: n,
    patternCount: t.patternCount,
    nodes,
    alphabet: t.alphabet,
    labels,
    edges,
    symbolOf: symbolsOf(t.alphabet),
    patternState: t.patternState,
  };
  const loaded = { ...laid, rootNext: rootTable(laid), ...pairsOf(laid), wideNext: NO_ROWS, outHead, outNext };
  return shortcuts ? addShortcuts(loaded) : loaded;
}

/** Bytes the stored arrays take. */
export const trieBytes = (t: StoredTrie) =>
  t.childCount.byteLength +
  t.labelLength.byteLength +
  t.alphabet.byteLength +
  t.labels.byteLength +
  t.patternState.byteLength +
  t.markStates.byteLength +
  t.markBits.byteLength;
