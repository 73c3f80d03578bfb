/**
 * How every validation problem is written, wherever it is found (packs, imports, backups, edits,
 * replies): `cards[3].facts[0].asOf: expected a date like 2019-07-12`.
 */
import type * as v from 'valibot';

/**
 * Where a problem is, as `cards[3].facts[0].asOf`, under `prefix` (`backstory.edits.pkk`); a key
 * that is not a plain name is quoted (`edits["a:b"]`), so an error line always reads `path: message`.
 * `whole` names the thing itself when the path is empty: `(file)`, `(pack)`.
 */
export function formatPath(keys: readonly unknown[], whole: string): string {
  if (keys.length === 0) return whole;
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += `${out ? '.' : ''}${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Every issue of a failed valibot parse as one `path: message` line, its path under `prefix`. */
export function formatIssues(
  issues: readonly v.BaseIssue<unknown>[],
  whole: string,
  prefix: readonly unknown[] = [],
): string[] {
  return issues.map(
    (issue) => `${formatPath([...prefix, ...(issue.path?.map((item) => item.key) ?? [])], whole)}: ${issue.message}`,
  );
}
