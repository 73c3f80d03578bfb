/**
 * Who is asking: the frame a content script runs in, as the browser reports it. Exclusions ("not this
 * here") belong to the frame's own site, not the tab's, and only the top frame or a frame of the
 * same origin may add one: an ad frame must not change what the reader sees on the site around it.
 */
export interface Sender {
  /** The frame's address (`about:srcdoc` for a frame a page writes itself). */
  url?: string;
  /** The frame's origin where the browser reports it (Chromium), which tells an about: frame's maker. */
  origin?: string;
  frameId?: number;
  /** The tab the frame is in (a content script's; Backstory's own pages may have none). */
  tabId?: number;
  /** The address of the tab's top page. */
  tabUrl?: string;
  /** One of Backstory's own pages (options, popup), not a content script in a web page. */
  extensionPage?: boolean;
}

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** The frame's web origin: its own address, or for an about: frame the origin it inherited. */
function frameOrigin(sender: Sender): URL | undefined {
  return parse(sender.url) ?? (sender.url?.startsWith('about:') ? parse(sender.origin) : undefined);
}

/** The name exclusions are kept under for a host name: `www.` is the same site. */
export const siteKey = (hostname: string) => hostname.toLowerCase().replace(/^www\./, '');
const hostOf = (u: URL) => siteKey(u.hostname);

/**
 * The site a frame reads for, or undefined where that cannot be told: then it gets no exclusions
 * and adds none. An about: frame below the top one whose maker the browser does not name (Firefox),
 * or a sandboxed one (origin "null"), may have been written by an ad frame inside the page: it must
 * not read the site's "not this here" list, which it could then see in its own highlights.
 */
export function frameSite(sender: Sender): string | undefined {
  const own = frameOrigin(sender);
  if (own) return hostOf(own);
  if (sender.frameId !== 0 || (sender.url && !sender.url.startsWith('about:'))) return undefined;
  const tab = parse(sender.tabUrl);
  return tab && hostOf(tab);
}

/** Only the top frame, or a frame of the top page's own origin, may add an exclusion. */
export function mayWrite(sender: Sender): boolean {
  if (sender.frameId === 0) return !!frameSite(sender);
  const own = frameOrigin(sender);
  const top = parse(sender.tabUrl);
  return !!own && !!top && own.origin === top.origin;
}
