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
 * Layout: states are numbered breadth-first, so the children of a state are consecutive states.
 * `edgeChar[t]` is the code unit on the edge into state t, and the children of s are
 * `childStart[s] .. childStart[s + 1] - 1`, sorted by that code unit. Six bytes a state, no pointers.
 */

export interface Trie {
  readonly stateCount: number;
  readonly patternCount: number;
  readonly childStart: Uint32Array;
  readonly edgeChar: Uint16Array;
  /** The state each pattern ends in. */
  readonly patternState: Uint32Array;
  readonly patternLength: Uint16Array;
  /** Derived on load: root transitions as a dense table (0 = none). */
  readonly rootNext: Int32Array;
  /** Derived on load: per state, a bit for each ending mark among its children (bit k: FIRST_MARK + k). */
  readonly endingMarks: Uint8Array;
  /** Derived on load: first pattern ending at a state or -1; more through `outNext`, in ascending id order. */
  readonly outHead: Int32Array;
  readonly outNext: Int32Array;
}

/** Builds the trie from folded patterns by sorting them, so no per-node maps are ever allocated. */
export function buildTrie(patterns: readonly string[]): Trie {
  // The engine's own string sort (code-unit order, as the walk needs), then each string's ids in
  // ascending order: several times faster than sorting ids through a comparator.
  const idsOf = new Map<string, number | number[]>();
  patterns.forEach((p, i) => {
    const had = idsOf.get(p);
    if (had === undefined) idsOf.set(p, i);
    else if (typeof had === 'number') idsOf.set(p, [had, i]);
    else had.push(i);
  });
  const order: number[] = [];
  for (const p of [...idsOf.keys()].sort()) {
    const ids = idsOf.get(p)!;
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
  for (const id of order) {
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
  return withDerived({
    stateCount: count,
    patternCount: patterns.length,
    childStart,
    edgeChar,
    patternState,
    patternLength,
  });
}

function grow<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

function withDerived(t: StoredTrie): Trie {
  const rootNext = new Int32Array(0x10000);
  for (let c = t.childStart[0]!; c < t.childStart[1]!; c++) rootNext[t.edgeChar[c]!] = c;
  const outHead = new Int32Array(t.stateCount).fill(-1);
  const outNext = new Int32Array(t.patternCount).fill(-1);
  // Walk ids downwards so each list ends up in ascending id order.
  for (let p = t.patternCount - 1; p >= 0; p--) {
    const s = t.patternState[p]!;
    outNext[p] = outHead[s]!;
    outHead[s] = p;
  }
  // Each state's children are a consecutive range (breadth-first numbering): one pass, no parent lookups.
  const endingMarks = new Uint8Array(t.stateCount);
  for (let s = 0; s < t.stateCount; s++)
    for (let c = t.childStart[s]!; c < t.childStart[s + 1]!; c++)
      if (isEndingMark(t.edgeChar[c]!)) endingMarks[s]! |= 1 << (t.edgeChar[c]! - FIRST_MARK);
  return { ...t, rootNext, endingMarks, outHead, outNext };
}

/** The child of `s` along code unit `c`, or 0. */
export function child(t: Trie, s: number, c: number): number {
  if (s === 0) return t.rootNext[c]!;
  let lo = t.childStart[s]!;
  let hi = t.childStart[s + 1]! - 1;
  const chars = t.edgeChar;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const mc = chars[mid]!;
    if (mc === c) return mid;
    if (mc < c) lo = mid + 1;
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
    for (let p = t.outHead[s]!; p !== -1; p = t.outNext[p]!) onMatch(p, i + 1);
  }
}

function followMarks(t: Trie, text: Folded, s: number, i: number, onMatch: OnMatch, allowed: EndingAllowed): void {
  const marks = t.endingMarks[s]!;
  for (let k = 0; k < ENDING_RULES.length; k++) {
    if (!(marks & (1 << k)) || !allowed(k)) continue;
    const end = ENDING_RULES[k]!.end(text, i);
    const marked = child(t, s, FIRST_MARK + k);
    if (end < 0 || !marked) continue;
    for (let p = t.outHead[marked]!; p !== -1; p = t.outNext[p]!) onMatch(p, end);
    walkOn(t, text, marked, end, onMatch, allowed);
  }
}

/** The trie as stored and sent between contexts: typed arrays only (structured-cloneable), derived tables left out. */
export type StoredTrie = Pick<
  Trie,
  'stateCount' | 'patternCount' | 'childStart' | 'edgeChar' | 'patternState' | 'patternLength'
>;

export const storedTrie = (t: Trie): StoredTrie => ({
  stateCount: t.stateCount,
  patternCount: t.patternCount,
  childStart: t.childStart,
  edgeChar: t.edgeChar,
  patternState: t.patternState,
  patternLength: t.patternLength,
});

/** Rebuilds the derived tables of a stored trie, after checking its arrays agree with its counts. */
export function loadTrie(t: StoredTrie): Trie {
  const ok =
    t.childStart instanceof Uint32Array &&
    t.edgeChar instanceof Uint16Array &&
    t.patternState instanceof Uint32Array &&
    t.patternLength instanceof Uint16Array &&
    t.childStart.length === t.stateCount + 1 &&
    t.edgeChar.length === t.stateCount &&
    t.patternState.length === t.patternCount &&
    t.patternLength.length === t.patternCount;
  if (!ok) throw new Error('not a Backstory matcher index');
  return withDerived(t);
}

/** Bytes the stored arrays take. */
export const trieBytes = (t: StoredTrie) =>
  t.childStart.byteLength + t.edgeChar.byteLength + t.patternState.byteLength + t.patternLength.byteLength;
