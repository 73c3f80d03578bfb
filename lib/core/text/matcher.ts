/**
 * The matcher: every alias of every card folded into one automaton, plus what each pattern needs to
 * decide its word edges. Built once per data revision in the background; the content script and the
 * scan CLI load the same serialised form and call the same `findMentions`, so they always agree.
 */
import { buildTrie, deserialiseTrie, serialiseTrie, walk, type Trie } from './trie';
import { CharClass, classOf } from './char-class';
import { FoldBuffer, fold, toOriginal } from './normalise';
import { AliasFlag, forEachCliticEnd, mentionEnd, russianPattern, startAllowed } from './word-edges';

/** The entity of a stop phrase: it is matched like any alias, wins as the longer match, and marks nothing. */
export const STOP_ENTITY = '';

export interface AliasSpec {
  entity: string;
  text: string;
  /** Language of the alias: decides which endings may follow it. */
  lang: string;
  caseSensitive?: boolean;
  exact?: boolean;
}

export interface Matcher {
  trie: Trie;
  entities: string[];
  patternEntity: Uint32Array;
  patternFlags: Uint8Array;
  /** Letters of the alias as written, for case-sensitive patterns only. */
  caseKeys: Map<number, string>;
}

export interface Mention {
  entity: string;
  /** UTF-16 offsets into the text given to `findMentions`. */
  start: number;
  end: number;
}

interface Pattern {
  folded: string;
  entity: number;
  flags: number;
  caseKey?: string;
}

/** Letters and digits only, case kept: what a case-sensitive alias compares. */
export const caseKey = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A case-sensitive alias matches when the letters it shares with the mention are written the same:
 * the mention may add an ending (Turkeys, Путиным) or change the alias's own (Анкары).
 */
function sameCase(surface: string, key: string): boolean {
  const n = Math.min(surface.length, key.length);
  return n >= Math.min(key.length, 3) && surface.slice(0, n) === key.slice(0, n);
}

/** The patterns one alias stands for: itself, and the variants its language's grammar needs. */
function patternsOf(spec: AliasSpec, entity: number): Pattern[] {
  const folded = fold(spec.text);
  if (!folded) return [];
  let flags = 0;
  if (spec.caseSensitive) flags |= AliasFlag.CaseSensitive;
  if (spec.exact) flags |= AliasFlag.Exact;
  const script = classOf(folded.charCodeAt(0));
  if (script === CharClass.Arabic) flags |= AliasFlag.ArabicClitics;
  if (script === CharClass.Latin && (spec.lang === 'en' || spec.lang === 'de')) flags |= AliasFlag.LatinS;
  const key = spec.caseSensitive ? caseKey(spec.text) : undefined;
  if (script === CharClass.Cyrillic && !spec.exact)
    return [{ folded: russianPattern(spec.text), entity, flags, caseKey: key }];
  const out: Pattern[] = [{ folded, entity, flags, caseKey: key }];
  if (spec.exact) return out;
  if (flags & AliasFlag.ArabicClitics && folded.startsWith('ال') && folded.length > 4) {
    // بالناتو is ب + الناتو, but للناتو is ل + الناتو with the alef gone: match the rest after لل.
    out.push({ folded: folded.slice(2), entity, flags: flags | AliasFlag.NeedsArticle, caseKey: key });
  }
  return out;
}

export function buildMatcher(specs: readonly AliasSpec[]): Matcher {
  const entities: string[] = [];
  const entityIndex = new Map<string, number>();
  const seen = new Map<string, number>();
  const patterns: Pattern[] = [];
  for (const spec of specs) {
    let e = entityIndex.get(spec.entity);
    if (e === undefined) {
      e = entities.length;
      entities.push(spec.entity);
      entityIndex.set(spec.entity, e);
    }
    for (const p of patternsOf(spec, e)) {
      // The same folded alias with the same rules adds nothing; keep the first.
      const dedupe = `${p.entity}\u0000${p.flags}\u0000${p.caseKey ?? ''}\u0000${p.folded}`;
      if (seen.has(dedupe)) continue;
      seen.set(dedupe, patterns.length);
      patterns.push(p);
    }
  }
  const trie = buildTrie(patterns.map((p) => p.folded));
  const caseKeys = new Map<number, string>();
  patterns.forEach((p, i) => p.caseKey !== undefined && caseKeys.set(i, p.caseKey));
  return {
    trie,
    entities,
    patternEntity: Uint32Array.from(patterns, (p) => p.entity),
    patternFlags: Uint8Array.from(patterns, (p) => p.flags),
    caseKeys,
  };
}

interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/**
 * Every mention in `text`, in order. Candidates must sit on word edges (after an allowed clitic,
 * before an allowed ending); among overlapping ones the leftmost wins, then the longest, then the
 * earliest pattern — the same answer every time.
 */
/** One buffer for every scan: the content script scans run after run, never two at once. */
const shared = new FoldBuffer();

export function findMentions(m: Matcher, text: string): Mention[] {
  const folded = shared.fold(text);
  const { buf, len } = folded;
  const trie = m.trie;
  const candidates: Candidate[] = [];
  let from = 0;
  const onMatch = (pattern: number, patternEnd: number) => {
    const flags = m.patternFlags[pattern]!;
    if (!startAllowed(folded, from, flags)) return;
    const end = mentionEnd(folded, patternEnd, flags);
    if (end >= 0) candidates.push({ start: from, end, pattern });
  };
  const walkFrom = (pos: number) => {
    from = pos;
    walk(trie, folded, pos, onMatch);
  };
  // Only word starts can start a mention; the fold found them on its way through the text.
  const { starts, startCount } = folded;
  const rootNext = trie.rootNext;
  for (let k = 0; k < startCount; k++) {
    const i = starts[k]!;
    const code = buf[i]!;
    if (rootNext[code] !== 0) walkFrom(i);
    if (code >= 0x600 && classOf(code) === CharClass.Arabic) forEachCliticEnd(folded, i, walkFrom);
  }
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const out: Mention[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    const [start, end] = toOriginal(text, folded, c.start, c.end);
    const key = m.caseKeys.get(c.pattern);
    if (key !== undefined && !sameCase(caseKey(text.slice(start, end)), key)) continue;
    reached = c.end;
    const entity = m.entities[m.patternEntity[c.pattern]!]!;
    if (entity !== STOP_ENTITY) out.push({ entity, start, end });
  }
  return out;
}

/** What crosses from the background to a tab: JSON-safe, with the automaton as base64. */
export interface SerialisedMatcher {
  trie: string;
  entities: string[];
  patternEntity: number[];
  patternFlags: number[];
  caseKeys: [number, string][];
}

export function serialiseMatcher(m: Matcher): SerialisedMatcher {
  return {
    trie: toBase64(serialiseTrie(m.trie)),
    entities: m.entities,
    patternEntity: Array.from(m.patternEntity),
    patternFlags: Array.from(m.patternFlags),
    caseKeys: [...m.caseKeys],
  };
}

export function loadMatcher(s: SerialisedMatcher): Matcher {
  return {
    trie: deserialiseTrie(fromBase64(s.trie)),
    entities: s.entities,
    patternEntity: Uint32Array.from(s.patternEntity),
    patternFlags: Uint8Array.from(s.patternFlags),
    caseKeys: new Map(s.caseKeys),
  };
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
