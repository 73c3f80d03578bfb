import { describe, expect, it } from 'vitest';
import { siteHostOf, tooSmallToRead } from '../../lib/core/page/frames';

describe('site host of a frame', () => {
  it('is the host of the top page for the top page itself', () => {
    expect(siteHostOf(['news.example'])).toBe('news.example');
  });

  it('is the frame’s own host for a frame with an address of its own', () => {
    expect(siteHostOf(['embed.example', 'news.example'])).toBe('embed.example');
  });

  it('is the host of the page that made an about:blank or srcdoc frame, however deeply nested', () => {
    expect(siteHostOf(['', 'news.example'])).toBe('news.example');
    expect(siteHostOf(['', '', 'news.example'])).toBe('news.example');
  });

  it('is the nearest host above a blank frame, not the top’s', () => {
    expect(siteHostOf(['', 'embed.example', 'news.example'])).toBe('embed.example');
  });

  it('is empty under a cross-origin parent', () => {
    expect(siteHostOf(['', null])).toBe('');
  });

  it('is empty when no frame up to the top has a host (a file or about:blank page)', () => {
    expect(siteHostOf([''])).toBe('');
    expect(siteHostOf(['', ''])).toBe('');
  });

  it('reads no further up than it needs', () => {
    const read: number[] = [];
    function* frames() {
      read.push(0);
      yield 'embed.example';
      read.push(1);
      yield null;
    }
    expect(siteHostOf(frames())).toBe('embed.example');
    expect(read).toEqual([0]);
  });
});

describe('tiny frames', () => {
  it('are narrower or lower than a line of text', () => {
    expect(tooSmallToRead(1, 1)).toBe(true);
    expect(tooSmallToRead(79, 300)).toBe(true);
    expect(tooSmallToRead(300, 23)).toBe(true);
    expect(tooSmallToRead(80, 24)).toBe(false);
    expect(tooSmallToRead(728, 90)).toBe(false);
  });
});
