import { runSteps } from './build-steps';
import { FIRST_MARK, ENDING_RULES, isEndingMark, type Folded } from './word-edges';

/**
 * The alias automaton: a trie over folded aliases, flattened into typed arrays, walked from word
 * starts only.
 *
 * Why not classic Aho–Corasick: a mention may only begin at the start of a word (or right after an
 * Arabic clitic), so failure links — which exist to find matches that begin mid-word — are dead
 * weight: they cost build time, index size and, worse, work at every character of every word. A walk
 * from each word start visits each character a bounded number of times (most walks end after one or
 * two steps), and it yields only candidates that already start on an edge.
 *
 * Layout: states are numbered breadth-first, so the children of a state are consecutive states:
 * `childStart[s] .. childStart[s + 1] - 1`, sorted by the code unit on the edge into each. The edge
 * holds a symbol, not the code unit: the code unit's place in `alphabet` plus one. The folded aliases
 * of twelve languages use far fewer than 256 distinct code units, so an edge is one byte (two only
 * for a larger alphabet), and the symbols keep the code units' order. No pointers.
 */

export interface Trie {
  readonly stateCount: number;
  readonly patternCount: number;
  readonly childStart: Uint32Array;
  /** The code units on edges, ascending. */
  readonly alphabet: Uint16Array;
  /** The symbol on the edge into each state (0 for the root). */
  readonly edges: Uint8Array | Uint16Array;
  /** The symbol of each code unit, 0 for one on no edge. */
  readonly symbolOf: Uint8Array | Uint16Array;
  /** The state each pattern ends in. */
  readonly patternState: Uint32Array;
  readonly patternLength: Uint16Array;
  /** Derived on load: root transitions as a dense table (0 = none). */
  readonly rootNext: Int32Array;
  /** Per state, a bit for each ending mark among its children (bit k: FIRST_MARK + k). */
  readonly endingMarks: Uint8Array;
  /** Derived on load: first pattern ending at a state, plus one (0: none); more through `outNext`, in ascending id order. */
  readonly outHead: Int32Array;
  readonly outNext: Int32Array;
}

/** Builds the trie from folded patterns by sorting them, so no per-node maps are ever allocated. */
export function buildTrie(patterns: readonly string[]): Trie {
  return runSteps(trieSteps(patterns));
}

/** Work between two places where a build may stop (each a few milliseconds at most). */
const STEP = 4096;

/**
 * The build of `buildTrie`, stopping (yielding) every few thousand patterns or states, so that a
 * background that builds a large trie can answer requests meanwhile (run-in-slices.ts). Only the
 * one sort of the folded strings runs in a single step.
 */
export function* trieSteps(patterns: readonly string[]): Generator<void, Trie> {
  // The engine's own string sort (code-unit order, as the walk needs), then each string's ids in
  // ascending order: several times faster than sorting ids through a comparator.
  const idsOf = new Map<string, number | number[]>();
  for (let i = 0; i < patterns.length; i++) {
    if (i % STEP === 0) yield;
    const p = patterns[i]!;
    const had = idsOf.get(p);
    if (had === undefined) idsOf.set(p, i);
    else if (typeof had === 'number') idsOf.set(p, [had, i]);
    else had.push(i);
  }
  const sorted = [...idsOf.keys()].sort();
  yield;
  const order: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k % STEP === 0) yield;
    const ids = idsOf.get(sorted[k]!)!;
    if (typeof ids === 'number') order.push(ids);
    else order.push(...ids);
  }
  // First pass: a trie in creation order, sharing each pattern's common prefix with the previous
  // one in sorted order. Children are linked first-to-last, and sorted order creates them in
  // ascending character order, so each sibling list is already sorted.
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
  // Second pass: number states breadth-first, so the children of each state are consecutive.
  const newId = new Uint32Array(count);
  const edgeChar = new Uint16Array(count);
  const childStart = new Uint32Array(count + 1);
  const queue = new Uint32Array(count);
  let head = 0;
  let tail = 1; // queue[0] = root, new id 0
  while (head < tail) {
    if (head % (16 * STEP) === 0) yield;
    const old = queue[head]!;
    childStart[head] = tail;
    for (let c = firstChild[old]!; c !== 0; c = nextSibling[c]!) {
      newId[c] = tail;
      edgeChar[tail] = char[c]!;
      queue[tail++] = c;
    }
    head++;
  }
  childStart[count] = count;
  const patternState = Uint32Array.from(patternNode, (node) => newId[node]!);
  const patternLength = Uint16Array.from(patterns, (p) => Math.min(p.length, 0xffff));
  // Each state's children are a consecutive range (breadth-first numbering): one pass, no parent lookups.
  const endingMarks = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    if (s % (64 * STEP) === 0) yield;
    for (let c = childStart[s]!; c < childStart[s + 1]!; c++)
      if (isEndingMark(edgeChar[c]!)) endingMarks[s]! |= 1 << (edgeChar[c]! - FIRST_MARK);
  }
  yield;
  const used = new Uint8Array(0x10000);
  for (let i = 1; i < count; i++) used[edgeChar[i]!] = 1;
  const alphabet = Uint16Array.from(used.keys()).filter((c) => used[c] === 1);
  const symbolOf = symbolsOf(alphabet);
  const edges = alphabet.length < 0x100 ? new Uint8Array(count) : new Uint16Array(count);
  for (let i = 1; i < count; i++) edges[i] = symbolOf[edgeChar[i]!]!;
  yield;
  return withOutputs({
    stateCount: count,
    patternCount: patterns.length,
    childStart,
    alphabet,
    edges,
    symbolOf,
    endingMarks,
    patternState,
    patternLength,
  });
}

/** The symbol of each code unit: its place in the alphabet plus one; 0 for the rest. */
function symbolsOf(alphabet: Uint16Array): Uint8Array | Uint16Array {
  const symbolOf = alphabet.length < 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  alphabet.forEach((c, i) => (symbolOf[c] = i + 1));
  return symbolOf;
}

function grow<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

type Laid = Omit<Trie, 'rootNext' | 'outHead' | 'outNext'>;

/** The root's dense table and each state's output list. */
function withOutputs(t: Laid): Trie {
  const rootNext = new Int32Array(0x10000);
  for (let c = t.childStart[0]!; c < t.childStart[1]!; c++) rootNext[t.alphabet[t.edges[c]! - 1]!] = c;
  // Pattern ids plus one, 0 for none: fresh arrays are zeros already, nothing to fill.
  const outHead = new Int32Array(t.stateCount);
  const outNext = new Int32Array(t.patternCount);
  const patternState = t.patternState;
  // Walk ids downwards so each list ends up in ascending id order.
  for (let p = t.patternCount - 1; p >= 0; p--) {
    const s = patternState[p]!;
    outNext[p] = outHead[s]!;
    outHead[s] = p + 1;
  }
  return { ...t, rootNext, outHead, outNext };
}

/** The child of `s` along code unit `c`, or 0. */
export function child(t: Trie, s: number, c: number): number {
  if (s === 0) return t.rootNext[c]!;
  const symbol = t.symbolOf[c]!;
  if (symbol === 0) return 0;
  let lo = t.childStart[s]!;
  let hi = t.childStart[s + 1]! - 1;
  const edges = t.edges;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const e = edges[mid]!;
    if (e === symbol) return mid;
    if (e < symbol) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
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
  const { buf, len } = text;
  for (; ; i++) {
    if (t.endingMarks[s]) followMarks(t, text, s, i, onMatch, allowed);
    if (i >= len) return;
    s = child(t, s, buf[i]!);
    if (s === 0) return;
    for (let p = t.outHead[s]! - 1; p >= 0; p = t.outNext[p]! - 1) onMatch(p, i + 1);
  }
}

function followMarks(t: Trie, text: Folded, s: number, i: number, onMatch: OnMatch, allowed: EndingAllowed): void {
  const marks = t.endingMarks[s]!;
  for (let k = 0; k < ENDING_RULES.length; k++) {
    if (!(marks & (1 << k)) || !allowed(k)) continue;
    const end = ENDING_RULES[k]!.end(text, i);
    const marked = child(t, s, FIRST_MARK + k);
    if (end < 0 || !marked) continue;
    for (let p = t.outHead[marked]! - 1; p >= 0; p = t.outNext[p]! - 1) onMatch(p, end);
    walkOn(t, text, marked, end, onMatch, allowed);
  }
}

/**
 * The trie as stored between service-worker starts: typed arrays only (structured-cloneable), and
 * compact, since a woken worker reads it before it can answer. Per state its number of children
 * (the breadth-first numbering makes the offsets a running sum, rebuilt on load) and the symbol on
 * the edge into it, as the trie holds them; the ending marks as the few states that have them.
 */
export interface StoredTrie {
  stateCount: number;
  patternCount: number;
  childCount: Uint8Array | Uint16Array;
  alphabet: Uint16Array;
  edges: Uint8Array | Uint16Array;
  patternState: Uint32Array;
  patternLength: Uint16Array;
  /** The states that have ending marks among their children, and their bits. */
  markStates: Uint32Array;
  markBits: Uint8Array;
}

export function storedTrie(t: Trie): StoredTrie {
  const n = t.stateCount;
  let wide = false;
  for (let s = 0; s < n && !wide; s++) wide = t.childStart[s + 1]! - t.childStart[s]! > 0xff;
  const childCount = wide ? new Uint16Array(n) : new Uint8Array(n);
  for (let s = 0; s < n; s++) childCount[s] = t.childStart[s + 1]! - t.childStart[s]!;
  const markStates = Uint32Array.from(t.endingMarks.keys()).filter((s) => t.endingMarks[s] !== 0);
  return {
    stateCount: n,
    patternCount: t.patternCount,
    childCount,
    alphabet: t.alphabet,
    edges: t.edges,
    patternState: t.patternState,
    patternLength: t.patternLength,
    markStates,
    markBits: Uint8Array.from(markStates, (s) => t.endingMarks[s]!),
  };
}

const isNarrow = (a: unknown): a is Uint8Array | Uint16Array => a instanceof Uint8Array || a instanceof Uint16Array;

/**
 * Rebuilds the trie from its stored form, after checking its arrays agree with its counts. One pass
 * over the states (the offsets), one over the patterns (the output lists): a woken worker runs this
 * once, cold, before it can answer.
 */
export function loadTrie(t: StoredTrie): Trie {
  const n = t.stateCount;
  const ok =
    isNarrow(t.childCount) &&
    isNarrow(t.edges) &&
    t.alphabet instanceof Uint16Array &&
    t.patternState instanceof Uint32Array &&
    t.patternLength instanceof Uint16Array &&
    t.markStates instanceof Uint32Array &&
    t.markBits instanceof Uint8Array &&
    n >= 1 &&
    t.childCount.length === n &&
    t.edges.length === n &&
    // Symbols wide enough for the alphabet, so none can point past it.
    (t.edges instanceof Uint16Array || t.alphabet.length < 0x100) &&
    t.patternState.length === t.patternCount &&
    t.patternLength.length === t.patternCount &&
    t.markStates.length === t.markBits.length;
  if (!ok) throw new Error('not a Backstory matcher index');
  const childStart = offsetsOf(t.childCount);
  // Every state but the root is some state's child, exactly once; nothing points past the last state.
  if (childStart[n] !== n || t.patternState.some((s) => s >= n) || t.markStates.some((s) => s >= n))
    throw new Error('not a Backstory matcher index');
  const endingMarks = new Uint8Array(n);
  t.markStates.forEach((s, i) => (endingMarks[s] = t.markBits[i]!));
  return withOutputs({
    stateCount: n,
    patternCount: t.patternCount,
    childStart,
    alphabet: t.alphabet,
    edges: t.edges,
    symbolOf: symbolsOf(t.alphabet),
    endingMarks,
    patternState: t.patternState,
    patternLength: t.patternLength,
  });
}

/** childStart from the counts: children are numbered right after those of the states before. */
function offsetsOf(counts: Uint8Array | Uint16Array): Uint32Array {
  const n = counts.length;
  const childStart = new Uint32Array(n + 1);
  let next = 1;
  for (let s = 0; s < n; s++) {
    childStart[s] = next;
    next += counts[s]!;
  }
  childStart[n] = next;
  return childStart;
}

/** Bytes the stored arrays take. */
export const trieBytes = (t: StoredTrie) =>
  t.childCount.byteLength +
  t.alphabet.byteLength +
  t.edges.byteLength +
  t.patternState.byteLength +
  t.patternLength.byteLength +
  t.markStates.byteLength +
  t.markBits.byteLength;
