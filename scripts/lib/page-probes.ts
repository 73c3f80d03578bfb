/**
 * What the tests read from a page, run in the page's main world exactly as a site's own script
 * would: the highlights Backstory registered. The card lives in a closed shadow root that no page
 * script can reach; functions that take `root` run through `PageDriver.inCard`, which hands them
 * that root over the browser's remote protocol. Each function is sent to the browser as source, so
 * it must not use anything from outside its own body.
 */

export interface MarkInfo {
  name: string;
  text: string;
  /** CSS selector of the nearest trap ancestor, or '' */
  trap: string;
  inArticle: boolean;
  /** Text just before the mark, to see what was left out (a clitic). */
  before: string;
}

export function readMarks(): MarkInfo[] {
  const out: { range: Range; info: MarkInfo }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory') || name === 'backstory-active') continue;
    for (const r of highlight) {
      const range = r as Range;
      const el = range.startContainer.parentElement;
      const trap = el?.closest('textarea, input, select, [contenteditable], script, style, noscript');
      const data = range.startContainer.textContent ?? '';
      out.push({
        range,
        info: {
          name,
          text: range.toString(),
          trap: trap ? trap.tagName.toLowerCase() : '',
          inArticle: !!el?.closest('article'),
          before: data.slice(Math.max(0, range.startOffset - 1), range.startOffset),
        },
      });
    }
  }
  out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return out.map((o) => o.info);
}

/** Scrolls the n-th article mark among the named highlights into view and returns a point on it. */
export function pointOnMark(arg: { index: number; names: string[] }): { x: number; y: number } | null {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!arg.names.includes(name)) continue;
    for (const r of highlight) {
      const range = r as Range;
      if (range.startContainer.parentElement?.closest('article')) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[arg.index];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

export interface CardInfo {
  title: string;
  /** The "since this article" heading and its dates, if the card has that section. */
  since: string;
  sinceDates: string[];
  reviewed: string;
  role: string;
  dir: string;
  lang: string;
  text: string;
}

export function readCard(root: ShadowRoot | null): CardInfo | null {
  const dialog = root?.querySelector('.card[role="dialog"]');
  if (!root || !dialog) return null;
  const labelId = dialog.getAttribute('aria-labelledby') ?? '';
  return {
    title: root.getElementById(labelId)?.textContent ?? '',
    since: dialog.querySelector('.since h3')?.textContent ?? '',
    sinceDates: [...dialog.querySelectorAll('.since time')].map((t) => t.getAttribute('datetime') ?? ''),
    reviewed: dialog.querySelector('.reviewed')?.textContent ?? '',
    role: dialog.getAttribute('role') ?? '',
    dir: dialog.getAttribute('dir') ?? '',
    lang: dialog.getAttribute('lang') ?? '',
    text: dialog.textContent ?? '',
  };
}

/** The body as the server sent it, parsed again, against the body now; and what <html> holds. */
export async function bodyUnchanged(): Promise<{ same: boolean; htmlChildren: string[] }> {
  const source = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  return {
    same: parsed.body.innerHTML === document.body.innerHTML,
    htmlChildren: [...document.documentElement.children].map((c) => c.localName),
  };
}

/** How many full scans have finished: the content script measures each one when it is done. */
export function scansDone(): number {
  return performance.getEntriesByName('backstory:scan').length;
}

/** The same check without the fetch, for pages whose scripts are off (Firefox then never settles a page promise). */
export function bodyMatches(source: string): { same: boolean; htmlChildren: string[] } {
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  return {
    same: parsed.body.innerHTML === document.body.innerHTML,
    htmlChildren: [...document.documentElement.children].map((c) => c.localName),
  };
}

export function scanTimes(): number[] {
  return performance.getEntriesByName('backstory:scan').map((e) => e.duration);
}

/** Where the open card is, and the viewport it must stay inside. */
export function cardGeometry(
  root: ShadowRoot | null,
): { card: DOMRect; viewport: { width: number; height: number } } | null {
  const dialog = root?.querySelector('.card');
  if (!dialog) return null;
  return {
    card: dialog.getBoundingClientRect().toJSON() as DOMRect,
    viewport: { width: innerWidth, height: innerHeight },
  };
}

/** The line boxes of the n-th article mark among the named highlights. */
export function markRects(arg: { index: number; names: string[] }): DOMRect[] {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!arg.names.includes(name)) continue;
    for (const r of highlight)
      if ((r as Range).startContainer.parentElement?.closest('article')) ranges.push(r as Range);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return [...(ranges[arg.index]?.getClientRects() ?? [])].map((r) => r.toJSON() as DOMRect);
}

export interface PanelInfo {
  title: string;
  groups: { kind: string; entries: { label: string; count: string }[] }[];
}

export function readPanel(root: ShadowRoot | null): PanelInfo | null {
  const panel = root?.querySelector('.panel');
  if (!panel) return null;
  return {
    title: panel.querySelector('h2')?.textContent ?? '',
    groups: [...panel.querySelectorAll('section')].map((section) => ({
      kind: section.querySelector('h3')?.textContent ?? '',
      entries: [...section.querySelectorAll('li button')].map((b) => ({
        label: b.querySelector('bdi')?.textContent ?? '',
        count: b.querySelector('.count')?.textContent ?? '',
      })),
    })),
  };
}

export function clickPanelEntry(root: ShadowRoot | null, label: string): boolean {
  const panel = root?.querySelector('.panel');
  const button = [...(panel?.querySelectorAll('li button') ?? [])].find(
    (b) => b.querySelector('bdi')?.textContent === label,
  ) as HTMLElement | undefined;
  button?.click();
  return !!button;
}

/** What has focus, looking into our shadow root. */
export function focusInfo(root: ShadowRoot | null): { host: boolean; role: string; id: string } {
  const active = document.activeElement;
  const inner = root && active === root.host ? root.activeElement : null;
  return {
    host: active?.localName === 'backstory-card',
    role: inner?.getAttribute('role') ?? '',
    id: active?.id ?? '',
  };
}

export function countMarks(): number {
  let n = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory') && name !== 'backstory-active') n += h.size;
  return n;
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: unknown[] }[];
}

/**
 * axe-core cannot enter a closed shadow root, so it checks a copy of the card and panel in an open
 * one, laid over the original, styles and all: made here (with the root), checked by `axeOnCopy` in
 * the page's world, where axe was loaded.
 */
export function copyCardForAxe(root: ShadowRoot | null): boolean {
  if (!root) return false;
  const copy = document.createElement('backstory-axe-copy');
  copy.attachShadow({ mode: 'open' }).append(...[...root.childNodes].map((n) => n.cloneNode(true)));
  document.documentElement.append(copy);
  return true;
}

/** axe-core over the copy: serious and critical violations only; the copy is removed after. */
export async function axeOnCopy(): Promise<string[]> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
  const copy = document.querySelector('backstory-axe-copy');
  if (!copy) return ['no copy of the card to check'];
  try {
    const result = await axe.run({ include: [['backstory-axe-copy']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  } finally {
    copy.remove();
  }
}

/** Errors our content script caught and reported (see PageController.guard). */
export function extensionErrors(): string[] {
  return performance.getEntriesByName('backstory:error').map((e) => String((e as PerformanceMark).detail));
}

/** The main-thread work of our content script on this page: every slice, and the cards it opened. */
export function workTimes(): { slices: number[]; cards: number[]; firstMarks: number[] } {
  return {
    slices: performance.getEntriesByName('backstory:slice').map((e) => e.duration),
    cards: performance.getEntriesByName('backstory:card').map((e) => e.duration),
    firstMarks: performance.getEntriesByName('backstory:first-marks').map((e) => e.duration),
  };
}

export interface PlacedMark {
  /** 'top', or the id of the same-origin frame the mark is in. */
  where: string;
  text: string;
  /** Inside an open shadow root. */
  shadow: boolean;
  /** Where it is on screen, in the top window's coordinates. */
  x: number;
  y: number;
}

/** Every mark in this page and its same-origin frames, with a point on it as the top window sees it. */
export function placedMarks(): PlacedMark[] {
  const out: PlacedMark[] = [];
  const read = (win: Window, where: string, dx: number, dy: number) => {
    const highlights = (win as Window & typeof globalThis).CSS.highlights;
    for (const [name, highlight] of highlights) {
      if (!name.startsWith('backstory') || name === 'backstory-active') continue;
      for (const r of highlight) {
        const range = r as Range;
        const rect = range.getClientRects()[0];
        out.push({
          where,
          text: range.toString(),
          shadow: range.startContainer.getRootNode() !== win.document,
          x: rect ? dx + rect.left + rect.width / 2 : -1,
          y: rect ? dy + rect.top + rect.height / 2 : -1,
        });
      }
    }
  };
  read(window, 'top', 0, 0);
  for (const frame of document.querySelectorAll('iframe')) {
    const box = frame.getBoundingClientRect();
    try {
      if (frame.contentWindow?.document)
        read(frame.contentWindow, frame.id, box.left + frame.clientLeft, box.top + frame.clientTop);
    } catch {
      // cross-origin: not ours to read, nor Backstory's to mark from here
    }
  }
  return out.sort((a, b) => a.where.localeCompare(b.where) || a.y - b.y || a.x - b.x);
}

/** Keeps the Range object of the mark with this text, to see later whether a rescan replaced it. */
export function keepRange(text: string): boolean {
  for (const [, highlight] of CSS.highlights)
    for (const r of highlight)
      if ((r as Range).toString() === text) {
        (window as unknown as { keptRange: Range }).keptRange = r as Range;
        return true;
      }
  return false;
}

/** Whether the kept Range is still the one drawn: true when nothing rescanned its text. */
export function keptRangeDrawn(): boolean {
  const kept = (window as unknown as { keptRange?: Range }).keptRange;
  for (const [name, highlight] of CSS.highlights)
    if (name !== 'backstory-active' && kept && highlight.has(kept)) return true;
  return false;
}

/** The title of the open card (run with the frame's id to read a frame's card), or null. */
export function cardTitle(root: ShadowRoot | null): string | null {
  const dialog = root?.querySelector('.card[role="dialog"]');
  if (!root || !dialog) return null;
  return root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
}

/** Whether the open card can be seen: a box of some size, visible, over whatever the page styles. */
export function cardShown(root: ShadowRoot | null): boolean {
  const dialog = root?.querySelector('.card[role="dialog"]');
  if (!root || !dialog) return false;
  const r = dialog.getBoundingClientRect();
  return (
    r.width > 0 &&
    r.height > 0 &&
    getComputedStyle(dialog).visibility === 'visible' &&
    getComputedStyle(root.host).opacity === '1'
  );
}

/** Whether an open shadow root carries our highlight rules (they do not cross its boundary). */
export function shadowStyled(hostId: string): boolean {
  const root = document.getElementById(hostId)?.shadowRoot;
  return (
    !!root &&
    root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(backstory-')))
  );
}

/** The text of every text node the reader cannot see (its element is not drawn): Backstory leaves it unread. */
export function unrenderedText(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el && !el.checkVisibility({ visibilityProperty: true }) && /\S/.test(n.nodeValue ?? '')) out.push(n.nodeValue!);
  }
  return out;
}

/** Where the content script's first-marks measure began, on the clock of the epoch (ms). */
export function contentScriptBegan(): number | undefined {
  const m = performance.getEntriesByName('backstory:first-marks')[0];
  return m && performance.timeOrigin + m.startTime;
}

/** The background's page requests (lib/background/probes.ts): when each came (epoch ms) and how long it took. */
export function backgroundRequests(): { at: number; ms: number; steps: [name: string, at: number][] }[] {
  // In Firefox, called in an extension page: the background page's own timeline.
  const api = (globalThis as { browser?: { extension?: { getBackgroundPage?(): Window | null } } }).browser;
  const perf = (api?.extension?.getBackgroundPage?.() ?? globalThis).performance;
  const steps = perf
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('backstory:request:'))
    .map((m): [string, number] => [m.name.slice('backstory:request:'.length), perf.timeOrigin + m.startTime]);
  return perf.getEntriesByName('backstory:page-request').map((e) => {
    const at = perf.timeOrigin + e.startTime;
    // The request's own steps: those marked while it ran.
    return { at, ms: e.duration, steps: steps.filter(([, t]) => t >= at && t <= at + e.duration) };
  });
}

/** When each step of the page's start came (lib/page/probes.ts), in ms after the content script began. */
export function pageSteps(): Record<string, number> {
  const began = performance.getEntriesByName('backstory:first-marks')[0]?.startTime;
  if (began === undefined) return {};
  const prefix = 'backstory:step:';
  const steps: Record<string, number> = {};
  for (const e of performance.getEntriesByType('mark')) {
    const step = e.name.slice(prefix.length);
    if (e.name.startsWith(prefix) && !(step in steps)) steps[step] = e.startTime - began;
  }
  return steps;
}

/** When the page was read again after the data moved on (or a partial first answer), in ms after the content script began. */
export function readAgainMs(): number | undefined {
  const m = performance.getEntriesByName('backstory:read-again')[0] as PerformanceMeasure | undefined;
  return m?.duration;
}

/** Run in the service worker: its start steps (lib/background/probes.ts) and its own beginning, on the clock of the epoch (ms). */
export function workerSteps(): Record<string, number> {
  const steps: Record<string, number> = { 'worker-begun': performance.timeOrigin };
  for (const m of performance.getEntriesByType('mark'))
    if (m.name.startsWith('backstory:'))
      steps[m.name.slice('backstory:'.length)] = performance.timeOrigin + m.startTime;
  return steps;
}

/**
 * Run in the background: the data revision and that of the view it stored (view-store.ts), -1 where
 * there is none. A worker stopped before its view is stored wakes to the one before and builds again.
 */
export async function storedViewRevision(): Promise<{ data: number; view: number }> {
  const read = (name: string, store: string, key: string, field: string) =>
    new Promise<number>((done) => {
      const open = indexedDB.open(name);
      open.onerror = () => done(-1);
      open.onsuccess = () => {
        try {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => done((get.result as Record<string, number> | undefined)?.[field] ?? -1);
          get.onerror = () => done(-1);
        } catch {
          done(-1);
        } finally {
          open.result.close();
        }
      };
    });
  return {
    data: await read('backstory', 'meta', 'revision', 'value'),
    view: await read('backstory-view', 'views', 'current', 'revision'),
  };
}

/** Whether the page's first slice was marked from the start index, before the background answered (Chromium). */
export function startIndexUsed(): boolean {
  return performance.getEntriesByName('backstory:step:start-index-used').length > 0;
}

/**
 * Which documents would read the start index as they started, were the background slow to answer
 * (Chromium; the page's steps, probes.ts): the top one as `top`, and each same-origin frame by its
 * element's id.
 */
export function startIndexReaders(): string[] {
  const read = (w: Window) => w.performance.getEntriesByName('backstory:step:start-index-wanted').length > 0;
  const out = read(window) ? ['top'] : [];
  for (const frame of document.querySelectorAll('iframe'))
    if (frame.contentWindow && read(frame.contentWindow)) out.push(frame.id);
  return out;
}

/**
 * Run in the background: the data revision each stored start index was built from, by language
 * (lib/core/mentions/start-index.ts), read from its packed header.
 */
export async function storedStartIndexRevisions(): Promise<Record<string, number>> {
  const api = (
    globalThis as unknown as { chrome: { storage: { session: { get(): Promise<Record<string, unknown>> } } } }
  ).chrome;
  const out: Record<string, number> = {};
  for (const [key, text] of Object.entries(await api.storage.session.get())) {
    if (!key.startsWith('start-index:') || typeof text !== 'string') continue;
    // The header is the packed record's first bytes: "BSV1", its length, then JSON naming each field.
    const head = atob(text.slice(0, 4096));
    const length = head.charCodeAt(4) | (head.charCodeAt(5) << 8);
    const fields = JSON.parse(head.slice(8, 8 + length)) as { name: string; value?: number }[];
    out[key.slice('start-index:'.length)] = fields.find((f) => f.name === 'revision')?.value ?? -1;
  }
  return out;
}
