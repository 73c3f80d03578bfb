/**
 * The reader's export: one JSON file in the pack format (so any pack tool reads its cards), with
 * the reader's edits to pack cards, exclusions and settings alongside. Validated as a whole before
 * anything is written.
 */
import * as v from 'valibot';
import { SettingsSchema } from './settings';
import { capped, CardSchema, CardObject, formatPath, isCalendarDate, PackObject } from './knowledge/pack-schema';

/** Files larger than this are refused before they are even parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/*
 * Caps on one file. The bundled packs hold 281 cards in all, and a reader writes cards and
 * exclusions by hand: these are far above any real export, and keep a hostile file from filling
 * the database or the error list.
 */
export const MAX_FILE_CARDS = 10_000;
export const MAX_FILE_EDITS = 10_000;
export const MAX_FILE_EXCLUSIONS = 10_000;
/** A real export nests 7 levels (the file, backstory, edits, a card, facts, a fact, its text); deeper is refused before validation. */
export const MAX_DEPTH = 32;

export const ExclusionSchema = v.strictObject({
  /** Host name the exclusion applies on. */
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/, 'expected a host name like example.com')),
  entity: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a card id')),
  /** The name as it appeared, folded: that alias is not marked for that entity on that site. */
  alias: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});
export type Exclusion = v.InferOutput<typeof ExclusionSchema>;

/** Edits to one pack card: the fields the reader changed, each as a whole card field. */
const EditsSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((edits) => Object.keys(edits).length <= MAX_FILE_EDITS, `at most ${MAX_FILE_EDITS} edited cards in a file`),
  v.record(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a card id')), v.partial(v.omit(CardObject, ['id']))),
);

export const ExportSchema = v.pipe(
  v.strictObject({
    ...PackObject.entries,
    cards: capped(CardSchema, MAX_FILE_CARDS, 'cards in a file'),
    backstory: v.strictObject({
      exportedAt: v.pipe(v.string(), v.isoTimestamp(), v.check((t) => isCalendarDate(t.slice(0, 10)), 'no such day in the calendar')),
      edits: EditsSchema,
      exclusions: capped(ExclusionSchema, MAX_FILE_EXCLUSIONS, 'exclusions in a file'),
      settings: SettingsSchema,
    }),
  }),
  // Same rule as a pack: card ids are unique.
  v.forward(
    v.partialCheck([['cards', '$', 'id']], (file) => new Set(file.cards.map((c) => c.id)).size === file.cards.length, 'card ids must be unique'),
    ['cards'],
  ),
);
export type ExportFile = v.InferOutput<typeof ExportSchema>;

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

/** Size in UTF-8 bytes, as the file was on disk; counted only when the characters alone could exceed the limit. */
const utf8Length = (text: string) => (text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length);

export const TOO_LARGE: { ok: false; errors: string[] } = { ok: false, errors: [`(file): larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; Backstory imports files up to that size`] };

/**
 * Keys that JavaScript objects treat specially. valibot's record() skips them without a word, so an
 * edit filed under one would vanish; the file is refused instead, naming where the key is.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What must be refused before valibot sees the file: keys JavaScript treats specially, and nesting
 * deeper than any real export (validating or even walking a path thousands of levels deep freezes
 * the page). An explicit stack, since a hostile file may nest thousands of levels deep; nothing
 * below the cap is visited.
 */
function prePass(json: unknown): string[] {
  const errors: string[] = [];
  const stack: { value: unknown; path: unknown[] }[] = [{ value: json, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) return [`(file): nested deeper than ${MAX_DEPTH} levels`];
    for (const key of Object.keys(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (PROTOTYPE_KEYS.has(key)) errors.push(`${formatPath(at, '(file)')}: the key "${key}" is not allowed`);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return errors;
}

/** Every problem with a file, each with its path: `cards[3].facts[0].asOf: expected a date like 2019-07-12`. */
export function parseExport(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return TOO_LARGE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(file): not JSON: ${(error as Error).message}`] };
  }
  const forbidden = prePass(json);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const result = v.safeParse(ExportSchema, json);
  if (result.success) return { ok: true, file: result.output };
  return { ok: false, errors: result.issues.map((issue) => `${formatPath(issue.path?.map((p) => p.key) ?? [], '(file)')}: ${issue.message}`) };
}
