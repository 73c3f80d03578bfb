/**
 * The reader's export: one JSON file in the pack format (so any pack tool reads its cards), with
 * the reader's edits to pack cards, exclusions and settings alongside. Validated as a whole before
 * anything is written.
 */
import * as v from 'valibot';
import { SettingsSchema } from './settings';
import { isCalendarDate } from './base/dates';
import { formatIssues } from './base/issues';
import { parsePlainJson } from './base/plain-json';
import { CardIdSchema } from './knowledge/card-id';
import { capped, CardSchema, CardObject, PackObject } from './knowledge/pack-schema';

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
  site: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(253),
    v.regex(/^[a-z0-9.-]+$/, 'expected a host name like example.com'),
  ),
  entity: CardIdSchema,
  /** The name as it appeared, folded: that alias is not marked for that entity on that site. */
  alias: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});
export type Exclusion = v.InferOutput<typeof ExclusionSchema>;

/** Edits to one pack card: the fields the reader changed, each as a whole card field. */
const EditsSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((edits) => Object.keys(edits).length <= MAX_FILE_EDITS, `at most ${MAX_FILE_EDITS} edited cards in a file`),
  v.record(CardIdSchema, v.partial(v.omit(CardObject, ['id']))),
);

export const ExportSchema = v.pipe(
  v.strictObject({
    ...PackObject.entries,
    cards: capped(CardSchema, MAX_FILE_CARDS, 'cards in a file'),
    backstory: v.strictObject({
      exportedAt: v.pipe(
        v.string(),
        v.isoTimestamp(),
        v.check((t) => isCalendarDate(t.slice(0, 10)), 'no such day in the calendar'),
      ),
      edits: EditsSchema,
      exclusions: capped(ExclusionSchema, MAX_FILE_EXCLUSIONS, 'exclusions in a file'),
      settings: SettingsSchema,
    }),
  }),
  // Same rule as a pack: card ids are unique.
  v.forward(
    v.partialCheck(
      [['cards', '$', 'id']],
      (file) => new Set(file.cards.map((c) => c.id)).size === file.cards.length,
      'card ids must be unique',
    ),
    ['cards'],
  ),
);
export type ExportFile = v.InferOutput<typeof ExportSchema>;

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

/** Size in UTF-8 bytes, as the file was on disk; counted only when the characters alone could exceed the limit. */
const utf8Length = (text: string) =>
  text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;

export const TOO_LARGE: { ok: false; errors: string[] } = {
  ok: false,
  errors: [`(file): larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; Backstory imports files up to that size`],
};

/** Every problem with a file, each with its path: `cards[3].facts[0].asOf: expected a date like 2019-07-12`. */
export function parseExport(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return TOO_LARGE;
  const plain = parsePlainJson(text, { maxDepth: MAX_DEPTH });
  if (!plain.ok) return plain;
  const result = v.safeParse(ExportSchema, plain.json);
  if (result.success) return { ok: true, file: result.output };
  return { ok: false, errors: formatIssues(result.issues, '(file)') };
}
