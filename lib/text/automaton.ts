/**
 * Aho–Corasick over UTF-16 code units, flattened into typed arrays so it can be built once per
 * data revision in the background, shipped to every tab as one buffer and searched without
 * allocating. Root transitions use a dense table (most steps of a scan happen at the root);
 * deeper states keep sorted edge lists searched by bisection.
 */

export interface Automaton {
  readonly stateCount: number;
  readonly patternCount: number;
  /** Dense root transitions: 0 means "stay at the root". */
  readonly rootNext: Int32Array;
  readonly edgeStart: Uint32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeTo: Uint32Array;
  readonly fail: Uint32Array;
  /** First pattern ending exactly at a state, or -1; further ones chain through `outNext`. */
  readonly outHead: Int32Array;
  readonly outNext: Int32Array;
  /** Nearest state on the failure chain (not itself) that ends a pattern, or -1. */
  readonly dict: Int32Array;
  readonly patternLength: Uint16Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie with per-node Maps while building; flattened below.
  const children: Map<number, number>[] = [new Map()];
  const heads: number[] = [-1];
  const outNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Uint16Array(patterns.length);
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let t = children[s]!.get(c);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        heads.push(-1);
        children[s]!.set(c, t);
      }
      s = t;
    }
    patternLength[id] = Math.min(p.length, 0xffff);
    // Keep ids in ascending order on each state so results are deterministic.
    if (heads[s] === -1 || heads[s]! > id) {
      outNext[id] = heads[s]!;
      heads[s] = id;
    } else {
      let prev = heads[s]!;
      while (outNext[prev] !== -1 && outNext[prev]! < id) prev = outNext[prev]!;
      outNext[id] = outNext[prev]!;
      outNext[prev] = id;
    }
  });

  const n = children.length;
  const fail = new Uint32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const order: number[] = [];
  for (const t of children[0]!.values()) order.push(t);
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    for (const [c, t] of children[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const ft = children[f]!.get(c);
      fail[t] = ft !== undefined && ft !== t ? ft : 0;
      dict[t] = heads[fail[t]!]! !== -1 ? fail[t]! : dict[fail[t]!]!;
      order.push(t);
    }
  }

  let edgeCount = 0;
  for (const m of children) edgeCount += m.size;
  const edgeStart = new Uint32Array(n + 1);
  const edgeChar = new Uint16Array(edgeCount);
  const edgeTo = new Uint32Array(edgeCount);
  let e = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = e;
    const sorted = [...children[s]!.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, t] of sorted) {
      edgeChar[e] = c;
      edgeTo[e] = t;
      e++;
    }
  }
  edgeStart[n] = e;
  return withRoot({ stateCount: n, patternCount: patterns.length, edgeStart, edgeChar, edgeTo, fail, outHead: Int32Array.from(heads), outNext, dict, patternLength });
}

function withRoot(a: Omit<Automaton, 'rootNext'>): Automaton {
  const rootNext = new Int32Array(0x10000);
  for (let e = a.edgeStart[0]!; e < a.edgeStart[1]!; e++) rootNext[a.edgeChar[e]!] = a.edgeTo[e]!;
  return { ...a, rootNext };
}

function step(a: Automaton, s: number, c: number): number {
  for (;;) {
    if (s === 0) return a.rootNext[c]!;
    let lo = a.edgeStart[s]!;
    let hi = a.edgeStart[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const mc = a.edgeChar[mid]!;
      if (mc === c) return a.edgeTo[mid]!;
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    s = a.fail[s]!;
  }
}

/** Calls `onMatch(pattern, end)` for every occurrence of every pattern; `end` is exclusive. */
export function search(a: Automaton, text: string, onMatch: (pattern: number, end: number) => void): void {
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    s = step(a, s, text.charCodeAt(i));
    if (s === 0) continue;
    let t = a.outHead[s]! !== -1 ? s : a.dict[s]!;
    while (t !== -1) {
      for (let p = a.outHead[t]!; p !== -1; p = a.outNext[p]!) onMatch(p, i + 1);
      t = a.dict[t]!;
    }
  }
}

const MAGIC = 0x42534131; // "BSA1"

/** One buffer: a header, then each array 4-byte aligned. The dense root table is rebuilt on load. */
export function serialiseAutomaton(a: Automaton): Uint8Array {
  const edges = a.edgeChar.length;
  const parts: ArrayBufferView[] = [a.edgeStart, a.edgeChar, a.edgeTo, a.fail, a.outHead, a.outNext, a.dict, a.patternLength];
  const header = new Uint32Array([MAGIC, a.stateCount, edges, a.patternCount]);
  let size = header.byteLength;
  for (const p of parts) size += align4(p.byteLength);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of [header, ...parts]) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += align4(p.byteLength);
  }
  return out;
}

export function deserialiseAutomaton(bytes: Uint8Array): Automaton {
  // Copy so the views are aligned whatever the source buffer's offset.
  const buf = bytes.slice().buffer;
  const header = new Uint32Array(buf, 0, 4);
  if (header[0] !== MAGIC) throw new Error('not a Backstory automaton');
  const [, n, edges, patterns] = header as unknown as [number, number, number, number];
  let at = 16;
  const take = <T>(Ctor: new (b: ArrayBuffer, o: number, l: number) => T, bytesPer: number, len: number): T => {
    const view = new Ctor(buf, at, len);
    at += align4(len * bytesPer);
    return view;
  };
  const edgeStart = take(Uint32Array, 4, n + 1);
  const edgeChar = take(Uint16Array, 2, edges);
  const edgeTo = take(Uint32Array, 4, edges);
  const fail = take(Uint32Array, 4, n);
  const outHead = take(Int32Array, 4, n);
  const outNext = take(Int32Array, 4, patterns);
  const dict = take(Int32Array, 4, n);
  const patternLength = take(Uint16Array, 2, patterns);
  return withRoot({ stateCount: n, patternCount: patterns, edgeStart, edgeChar, edgeTo, fail, outHead, outNext, dict, patternLength });
}

const align4 = (n: number) => (n + 3) & ~3;
