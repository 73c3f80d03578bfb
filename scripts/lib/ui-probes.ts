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

/** Every row of every store of the extension's database, read with the bare IndexedDB API. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('backstory');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const out: Record<string, unknown[]> = {};
  for (const name of [...db.objectStoreNames]) {
    out[name] = await new Promise<unknown[]>((ok, fail) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  }
  db.close();
  // A JSON copy: rows share objects (a card and its pack base), which WebDriver BiDi cannot send twice.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown[]>;
}
