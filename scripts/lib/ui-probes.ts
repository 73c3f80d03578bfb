/**
 * What the tests do in Backstory's own pages (popup, options), run in those pages as a reader's
 * clicks and typing would be. Each function is sent to the browser as source: self-contained.
 */

export function setField(arg: { selector: string; value: string }): boolean {
  const el = document.querySelector(arg.selector) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!el) return false;
  el.value = arg.value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

export function clickSelector(selector: string): boolean {
  const el = document.querySelector(selector) as HTMLElement | null;
  el?.click();
  return !!el;
}

export function textOf(selector: string): string {
  return document.querySelector(selector)?.textContent ?? '';
}

/** Puts a file into a file input, as choosing it in the file dialog would. */
export function chooseFile(arg: { selector: string; name: string; content: string }): boolean {
  const input = document.querySelector(arg.selector) as HTMLInputElement | null;
  if (!input) return false;
  const data = new DataTransfer();
  data.items.add(new File([arg.content], arg.name, { type: 'application/json' }));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The text behind a download link (an object URL). */
export async function linkText(selector: string): Promise<string> {
  const a = document.querySelector(selector) as HTMLAnchorElement | null;
  if (!a) return '';
  return (await fetch(a.href)).text();
}

/**
 * Keeps the text behind a download link in the page and tells what it is: its size, its
 * `formatName`, and whether it holds `probe`. A whole-database backup is tens of megabytes, which
 * the browser protocol takes a long while to carry out to the test and back in again.
 */
export async function keepLinkText(arg: {
  selector: string;
  probe: string;
}): Promise<{ chars: number; formatName: unknown; holdsProbe: boolean }> {
  const a = document.querySelector(arg.selector) as HTMLAnchorElement | null;
  const text = a ? await (await fetch(a.href)).text() : '';
  (window as unknown as { keptText: string }).keptText = text;
  return {
    chars: text.length,
    formatName: text ? (JSON.parse(text) as { formatName?: unknown }).formatName : undefined,
    holdsProbe: text.includes(arg.probe),
  };
}

/** Chooses the kept text as a file (see keepLinkText), with `replace` changed in it if given. */
export function chooseKeptFile(arg: { selector: string; name: string; replace?: [string, string] }): boolean {
  const input = document.querySelector(arg.selector) as HTMLInputElement | null;
  const kept = (window as unknown as { keptText?: string }).keptText;
  if (!input || !kept) return false;
  const content = arg.replace ? kept.replace(arg.replace[0], arg.replace[1]) : kept;
  if (arg.replace && content === kept) return false;
  const data = new DataTransfer();
  data.items.add(new File([content], arg.name, { type: 'application/json' }));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * What the database holds, store by store: its row count and a SHA-256 of its rows as JSON. Two
 * readings are equal exactly when nothing changed; a digest, not the rows, since with the places pack
 * the database holds tens of megabytes, which the browser protocol would take a minute to send.
 */
export async function dumpDatabase(): Promise<Record<string, { rows: number; sha256: string }>> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('backstory');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const name of [...db.objectStoreNames]) {
    const rows = await new Promise<unknown[]>((ok, fail) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(rows)));
    const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    out[name] = { rows: rows.length, sha256 };
  }
  db.close();
  return out;
}

/** One row of the extension database's `cards` store, by card id, read with the bare IndexedDB API. */
export async function cardRow(id: string): Promise<{ id: string; edits: object; card: { label: { ar: string } } }> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('backstory');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const row = await new Promise<unknown>((ok, fail) => {
    const req = db.transaction('cards').objectStore('cards').get(id);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  db.close();
  // A JSON copy: a row shares objects (a card and its pack base), which WebDriver BiDi cannot send twice.
  return JSON.parse(JSON.stringify(row)) as { id: string; edits: object; card: { label: { ar: string } } };
}

/** axe-core over the whole page (loaded first with `addScript`): serious and critical violations, with where. */
export async function axeOnPage(): Promise<string[]> {
  type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

/**
 * The element that has focus now, and whether the reader can see where it is: an outline or a box
 * shadow drawn while it has focus (`:focus-visible` after a key press).
 */
export function focusedNow(): { what: string; visible: boolean } | null {
  let el = document.activeElement as HTMLElement | null;
  // Into open shadow roots (the welcome's example card): the host reports only that focus is inside.
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  const named = el.getAttribute('name');
  const value = el.getAttribute('value');
  const name =
    el.getAttribute('aria-label') ??
    (named ? `${named}${value ? `=${value}` : ''}` : (el.textContent?.trim().slice(0, 30) ?? ''));
  return { what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${name}`, visible: outline || shadow };
}
