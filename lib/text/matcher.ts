/**
 * The matcher: every alias of every card folded into one automaton, plus what each pattern needs to
 * decide its word edges. Built once per data revision in the background; the content script and the
 * scan CLI load the same serialised form and call the same `findMentions`, so they always agree.
 */
import { buildAutomaton, deserialiseAutomaton, search, serialiseAutomaton, type Automaton } from './automaton';
import { CharClass, classOf, fold, normalise, toOriginal } from './normalise';
import { AliasFlag, RUSSIAN_STEM_FINALS, mentionEnd, startAllowed } from './word-edges';

export interface AliasSpec {
  entity: string;
  text: string;
  /** Language of the alias: decides which endings may follow it. */
  lang: string;
  caseSensitive?: boolean;
  exact?: boolean;
}

export interface Matcher {
  automaton: Automaton;
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
  if (script === CharClass.Cyrillic) flags |= AliasFlag.Russian;
  const key = spec.caseSensitive ? caseKey(spec.text) : undefined;
  const out: Pattern[] = [{ folded, entity, flags, caseKey: key }];
  if (spec.exact) return out;
  if (flags & AliasFlag.ArabicClitics && folded.startsWith('ال') && folded.length > 4) {
    // بالناتو is ب + الناتو, but للناتو is ل + الناتو with the alef gone: match the rest after لل.
    out.push({ folded: folded.slice(2), entity, flags: flags | AliasFlag.NeedsArticle, caseKey: key });
  }
  if (flags & AliasFlag.Russian && RUSSIAN_STEM_FINALS.test(spec.text) && folded.length > 4) {
    out.push({ folded: folded.slice(0, -1), entity, flags: flags | AliasFlag.NeedsEnding, caseKey: key });
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
  const automaton = buildAutomaton(patterns.map((p) => p.folded));
  const caseKeys = new Map<number, string>();
  patterns.forEach((p, i) => p.caseKey !== undefined && caseKeys.set(i, p.caseKey));
  return {
    automaton,
    entities,
    patternEntity: Uint32Array.from(patterns, (p) => p.entity),
    patternFlags: Uint8Array.from(patterns, (p) => p.flags),
    caseKeys,
  };
}

interface Candidate {
  start: number;
  /** Where the mention ends: the pattern's end, or after an ending that belongs to the word. */
  end: number;
  patternEnd: number;
  pattern: number;
}

/**
 * Every mention in `text`, in order. Candidates must sit on word edges (after an allowed clitic,
 * before an allowed ending); among overlapping ones the leftmost wins, then the longest, then the
 * earliest pattern — the same answer every time.
 */
export function findMentions(m: Matcher, text: string): Mention[] {
  const n = normalise(text);
  const folded = n.text;
  const candidates: Candidate[] = [];
  search(m.automaton, folded, (pattern, patternEnd) => {
    const start = patternEnd - m.automaton.patternLength[pattern]!;
    const flags = m.patternFlags[pattern]!;
    if (!startAllowed(folded, start, flags)) return;
    const end = mentionEnd(folded, patternEnd, flags);
    if (end >= 0) candidates.push({ start, end, patternEnd, pattern });
  });
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const out: Mention[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    const [start, end] = toOriginal(text, n, c.start, c.end);
    const key = m.caseKeys.get(c.pattern);
    if (key !== undefined && caseKey(text.slice(start, toOriginal(text, n, c.start, c.patternEnd)[1])) !== key) continue;
    out.push({ entity: m.entities[m.patternEntity[c.pattern]!]!, start, end });
    reached = c.end;
  }
  return out;
}

/** What crosses from the background to a tab: JSON-safe, with the automaton as base64. */
export interface SerialisedMatcher {
  automaton: string;
  entities: string[];
  patternEntity: number[];
  patternFlags: number[];
  caseKeys: [number, string][];
}

export function serialiseMatcher(m: Matcher): SerialisedMatcher {
  return {
    automaton: toBase64(serialiseAutomaton(m.automaton)),
    entities: m.entities,
    patternEntity: Array.from(m.patternEntity),
    patternFlags: Array.from(m.patternFlags),
    caseKeys: [...m.caseKeys],
  };
}

export function loadMatcher(s: SerialisedMatcher): Matcher {
  return {
    automaton: deserialiseAutomaton(fromBase64(s.automaton)),
    entities: s.entities,
    patternEntity: Uint32Array.from(s.patternEntity),
    patternFlags: Uint8Array.from(s.patternFlags),
    caseKeys: new Map(s.caseKeys),
  };
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
