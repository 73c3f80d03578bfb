/**
 * A build step for franc-min (the language guesser of lib/core/text/languages.ts): franc turns its
 * trigram data into lookup tables when its module is evaluated, which a woken service worker does
 * before it can answer anything — 15–20 ms of a cold start in Chromium (`npm run bench:browser`),
 * for tables most requests never use (runs that say their language, or whose script tells it). This
 * moves the loop into a function that `francAll` calls first, once. franc-min is pinned; if its
 * source no longer has the shape this expects, the build stops here rather than ship it unchanged.
 */
import type { Plugin } from 'vite';

const LOOP_START = 'for (script in data) {';
const LOOP_END = '\n/**\n * Get the most probable language';
const FRANC_ALL = 'export function francAll(value, options = {}) {';

export function deferFrancTables(code: string): string {
  const start = code.indexOf(LOOP_START);
  const end = code.indexOf(LOOP_END);
  if (start < 0 || end < start || code.indexOf(FRANC_ALL) < end)
    throw new Error(
      'franc-min has changed: scripts/lib/lazy-franc-tables.ts no longer knows where its tables are built',
    );
  const loop = code.slice(start, end);
  return (
    code.slice(0, start) +
    `let tablesBuilt = false\nfunction buildTables() {\n  if (tablesBuilt) return\n  tablesBuilt = true\n${loop}}\n` +
    code.slice(end).replace(FRANC_ALL, `${FRANC_ALL}\n  buildTables()`)
  );
}

export function lazyFrancTables(): Plugin {
  return {
    name: 'backstory:lazy-franc-tables',
    enforce: 'pre',
    transform(code, id) {
      return /[\\/]franc-min[\\/]index\.js$/.test(id) ? { code: deferFrancTables(code), map: null } : undefined;
    },
  };
}
