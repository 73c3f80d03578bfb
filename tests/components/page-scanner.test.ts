/**
 * PageScanner in happy-dom, with the background's side of `mentions/find` played by the real matcher
 * over a small pack (the end-to-end suites run the real background). A second reading of the page that
 * starts while the first one's marks are still on their way must replace them, not add to them.
 */
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions } from '../../lib/core/text/matcher';
import { PageScanner } from '../../lib/page/page-scanner';
import type { TextRun } from '../../lib/page/page-data';

const matcher = buildMatcher([{ entity: 'ypg', text: 'YPG', lang: 'en' }]);

describe('PageScanner', () => {
  it('reads the page again while the first reading is on its way, and keeps one mark per mention', async () => {
    // The first request is small (a few thousand characters), so the names come in a later one.
    document.body.innerHTML = `${'<p>filler words here</p>'.repeat(400)}<p>The YPG said.</p><p>YPG again.</p>`;
    let rescanned: Promise<void> | undefined;
    let requests = 0;
    const scanner = new PageScanner(
      document,
      window,
      async (runs: TextRun[]) => {
        // While the first request is on its way, the data changes and the page is read again.
        if (requests++ === 0) rescanned = scanner.scan(document.body);
        await new Promise((r) => setTimeout(r, 5));
        return runs.map(({ text, lang }) => findMentions(matcher, text, lang));
      },
      () => 'armed-group',
    );
    await scanner.scan(document.body);
    await rescanned;
    expect(requests).toBeGreaterThan(2);
    expect(scanner.all().map((m) => m.range.toString())).toEqual(['YPG', 'YPG']);
  });

  it('sends the slice read ahead with the scan that follows, and reads the page afresh after one dropped', async () => {
    document.body.innerHTML = '<p>The YPG said.</p><p>YPG again.</p>';
    const sent: string[] = [];
    const scanner = new PageScanner(
      document,
      window,
      async (runs: TextRun[]) => {
        sent.push(...runs.map((r) => r.text));
        return runs.map(({ text, lang }) => findMentions(matcher, text, lang));
      },
      () => 'armed-group',
    );
    scanner.readAhead(document.body);
    // Read, not sent: the settings have not said yet that Backstory is on. The page offers these runs
    // to the background with its setup request; they are the runs `scan` would send.
    expect(sent).toEqual([]);
    const ahead = scanner.aheadRuns();
    // Changed after it was read: the change is not in the slice read ahead (its marks are checked
    // against the page when they come back).
    document.body.insertAdjacentHTML('beforeend', '<p>Later YPG.</p>');
    await scanner.scan(document.body);
    expect(sent.join(' ')).toBe('The YPG said. YPG again.');
    expect(ahead.map((r) => r.text)).toEqual(sent);
    expect(scanner.all().map((m) => m.range.toString())).toEqual(['YPG', 'YPG']);

    sent.length = 0;
    scanner.clear();
    scanner.readAhead(document.body);
    scanner.dropAhead();
    await scanner.scan(document.body);
    expect(sent.join(' ')).toBe('The YPG said. YPG again. Later YPG.');
    expect(scanner.all()).toHaveLength(3);
  });
});
