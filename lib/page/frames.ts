/** Which frame this is: the site it belongs to, and whether it is too small to read yet. */
import { siteHostOf, tooSmallToRead, type FrameHostname } from '../core/page/frames';

/** A frame smaller than a line of text (the top window is never tiny). */
export function isTinyFrame(win: Window): boolean {
  return win !== win.top && tooSmallToRead(win.innerWidth, win.innerHeight);
}

/** The site the reader is on: an about:blank or srcdoc frame belongs to the page that made it. */
export function siteHost(win: Window): string {
  return siteHostOf(hostnamesUpward(win));
}

/** Host names from `win` up to the top, read only as far as they are asked for; null where access is refused. */
function* hostnamesUpward(win: Window): Generator<FrameHostname> {
  for (let w = win; ; w = w.parent) {
    let hostname: string;
    try {
      hostname = w.location.hostname;
    } catch {
      yield null; // a cross-origin parent
      return;
    }
    yield hostname;
    if (w === w.parent) return;
  }
}
