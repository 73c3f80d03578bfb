/**
 * A file the reader hands Backstory (an import, a backup), parsed and checked before any schema
 * sees it: keys JavaScript objects treat specially are refused (a schema's record() would skip them
 * without a word), so are keys a format names (dexie-export-import's `$types`, whose typed values a
 * library would revive), and so is nesting deeper than any real file (walking or validating a path
 * thousands of levels deep freezes the page). An explicit stack, so a file of a million `[` cannot
 * overflow the call stack; nothing below the depth cap is visited.
 */
import { formatPath } from './issues';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PlainJsonRules {
  maxDepth: number;
  /** Further keys to refuse, with what to say about them. */
  refuse?: ReadonlyMap<string, string>;
  /** Stop listing problems after this many. */
  maxErrors?: number;
}

export type PlainJson = { ok: true; json: unknown } | { ok: false; errors: string[] };

export function parsePlainJson(text: string, rules: PlainJsonRules): PlainJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(file): not JSON: ${(error as Error).message}`] };
  }
  const errors = notPlain(json, rules);
  return errors.length ? { ok: false, errors } : { ok: true, json };
}

/** The problems in file order; a nesting too deep ends the walk at once. */
function notPlain(json: unknown, { maxDepth, refuse, maxErrors = Infinity }: PlainJsonRules): string[] {
  const errors: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: json, path: [] }];
  while (stack.length && errors.length < maxErrors) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (path.length >= maxDepth) return [`${formatPath(path, '(file)')}: nested deeper than ${maxDepth} levels`];
    const children: typeof stack = [];
    for (const key of Object.keys(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      const refused = refuse?.get(key);
      if (refused) errors.push(`${formatPath(at, '(file)')}: ${refused}`);
      else if (PROTOTYPE_KEYS.has(key)) errors.push(`${formatPath(at, '(file)')}: the key "${key}" is not allowed`);
      else children.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return errors;
}
