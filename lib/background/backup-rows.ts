/**
 * Every row of every table of a backup against the schema of its table at the backup's version,
 * so that nothing restored can later make a card, an export or a revert throw. Errors name the
 * table, row and field: `cards[3].card.facts[0].asOf: expected a date like 2019-07-12`.
 */
import * as v from 'valibot';
import { applyEdits, USER_PACK } from '../core/knowledge/pack-merge';
import { CardObject, CardSchema, PackObject } from '../core/knowledge/pack-schema';
import { formatPath } from '../core/base/issues';
import { ExclusionSchema } from '../core/transfer-schema';
import { keyText, primaryKeyPath, storesAt } from './backup-ladder';
import type { Checked } from './backup-file';
import { PACKS_UNVERIFIED } from './database';

interface Issue {
  path: readonly unknown[];
  message: string;
}
/** Checks one row; gives the row as parsed and its problems. */
type Rule = (row: unknown) => { output: unknown; issues: Issue[] };

/** A schema, then checks that span fields, run only on a row that fits the schema. */
function rule<T>(schema: v.GenericSchema<unknown, T>, check: (row: T) => Issue[] = () => []): Rule {
  return (row) => {
    const result = v.safeParse(schema, row);
    if (!result.success)
      return {
        output: row,
        issues: result.issues.map((i) => ({ path: i.path?.map((p) => p.key) ?? [], message: i.message })),
      };
    return { output: result.output, issues: check(result.output) };
  };
}

const { id } = CardObject.entries;
const packId = PackObject.entries.id;
/** A reader's own card has no pack version. */
const packVersion = v.union([v.literal(''), PackObject.entries.version]);
/** Fields of a pack card the reader changed, each a whole card field. */
const EditsSchema = v.partial(v.omit(CardObject, ['id']));
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const revision = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 50));

const sameId = (row: { id: string }, card: { id: string } | null, field: string): Issue[] =>
  card && card.id !== row.id
    ? [{ path: [field, 'id'], message: `expected the row's id ${JSON.stringify(row.id)}` }]
    : [];

/** Version 1: cards as packs ship them. */
const cardV1 = rule(v.strictObject({ id, packId, packVersion, card: CardSchema }), (row) =>
  sameId(row, row.card, 'card'),
);

const cardRow = rule(
  v.strictObject({
    id,
    packId,
    packVersion,
    base: v.nullable(CardSchema),
    edits: EditsSchema,
    card: CardSchema,
    // Derived from the card, and computed again on restore: its shape is all that is checked.
    search: v.array(v.string()),
    /** When the reader last changed the row; rows written before it was kept have none. */
    editedAt: v.optional(timestamp),
  }),
  (row) => {
    const issues = [...sameId(row, row.card, 'card'), ...sameId(row, row.base, 'base')];
    if (row.packId === USER_PACK) {
      if (row.base) issues.push({ path: ['base'], message: 'a card the reader wrote has no pack card' });
      if (Object.keys(row.edits).length)
        issues.push({ path: ['edits'], message: 'a card the reader wrote has no edits' });
    } else if (!row.base) {
      issues.push({ path: ['base'], message: `a card of the pack ${row.packId} needs the card as the pack ships it` });
    } else {
      // Each edit is a valid field; together with the pack card they must still make a valid card.
      const merged = v.safeParse(CardSchema, applyEdits(row.base, row.edits));
      if (!merged.success)
        for (const i of merged.issues)
          issues.push({ path: ['edits', ...(i.path?.map((p) => p.key) ?? [])], message: i.message });
    }
    return issues;
  },
);

const packRow = rule(
  v.strictObject({
    id: packId,
    name: PackObject.entries.name,
    version: PackObject.entries.version,
    enabled: v.boolean(),
    chosen: v.optional(v.boolean()),
    installedAt: timestamp,
    stopPhrases: PackObject.entries.stopPhrases,
    // Optional: backups made before pack rows kept them lack them (the next start writes them again).
    author: v.optional(PackObject.entries.author),
    licence: v.optional(PackObject.entries.licence),
    reviewed: v.optional(PackObject.entries.reviewed),
  }),
);

/** Only the keys Backstory writes. */
const metaRow = rule(
  v.variant('key', [
    v.strictObject({ key: v.literal('revision'), value: revision }),
    v.strictObject({ key: v.literal(PACKS_UNVERIFIED), value: v.literal(true) }),
  ]),
);

const exclusionRow = rule(ExclusionSchema);

function rulesAt(version: number): Record<string, Rule> {
  return { cards: version === 1 ? cardV1 : cardRow, packs: packRow, meta: metaRow, exclusions: exclusionRow };
}

/** Rows as parsed, by table; a table no rule knows, or two rows with one primary key, are errors too. */
export function checkRows(
  version: number,
  tables: ReadonlyMap<string, readonly unknown[]>,
): Checked<Map<string, unknown[]>> {
  const rules = rulesAt(version);
  const stores = storesAt(version);
  const errors: string[] = [];
  const out = new Map<string, unknown[]>();
  for (const [table, rows] of tables) {
    const check = rules[table];
    const spec = stores.get(table);
    if (!check || !spec) {
      errors.push(`${formatPath([table], '(file)')}: unknown table`);
      continue;
    }
    const keyPath = primaryKeyPath(spec);
    const seen = new Map<string, number>();
    const parsed: unknown[] = [];
    rows.forEach((row, i) => {
      const { output, issues } = check(row);
      for (const issue of issues) errors.push(`${formatPath([table, i, ...issue.path], table)}: ${issue.message}`);
      if (issues.length) return;
      const key = keyText(keyPath, output as Record<string, unknown>);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        errors.push(
          `${formatPath([table, i], table)}: a second row with the key ${key} (the first is ${formatPath([table, first], table)})`,
        );
      parsed.push(output);
    });
    out.set(table, parsed);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
