/**
 * A block's text as the runs sent to the background: one run, or for a block longer than a request
 * may carry (a long <pre>, a page that is one paragraph), pieces cut at a space so no name is split.
 */
import { MAX_RUN_LENGTH } from '../protocol';

/** How far back from the cap a piece looks for a space to end at. */
const LOOK_BACK = 1_000;

/** [offset in `text`, piece] pairs covering `text`, each at most `max` long. */
export function splitRun(text: string, max = MAX_RUN_LENGTH): [number, string][] {
  if (text.length <= max) return [[0, text]];
  const out: [number, string][] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to - 1);
      if (space > from && space >= to - LOOK_BACK) to = space + 1;
    }
    out.push([from, text.slice(from, to)]);
    from = to;
  }
  return out;
}
