/**
 * Frame rules that need no window: which site a frame belongs to, and which frames are too small
 * to be worth reading. lib/page/frames.ts feeds them from the real windows.
 */

/** Smaller than a line of text, in either direction: a tracking pixel or a hidden widget. */
export const MIN_FRAME_PX = { width: 80, height: 24 } as const;

export function tooSmallToRead(width: number, height: number): boolean {
  return width < MIN_FRAME_PX.width || height < MIN_FRAME_PX.height;
}

/**
 * A frame's host name as read from script: a string, or `null` when reading it failed because the
 * frame is cross-origin to the one asking.
 */
export type FrameHostname = string | null;

/**
 * The site the reader is on, from the host names of this frame and each frame above it, ending at
 * the top. An about:blank or srcdoc frame (no host name) belongs to the page that made it, so the
 * first host name found counts; a cross-origin parent gives '' (such a frame has its own address,
 * so it would have had a host name of its own).
 */
export function siteHostOf(frames: Iterable<FrameHostname>): string {
  for (const hostname of frames) {
    if (hostname === null) return '';
    if (hostname) return hostname;
  }
  return '';
}
