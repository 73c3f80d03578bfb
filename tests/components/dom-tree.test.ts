import { describe, expect, it } from 'vitest';
import { collectSegments, iterateSegments } from '../../lib/core/reading/text-segments';
import { domTree } from '../../lib/page/dom-tree';

// The live DOM's walk, in happy-dom: a shadow root is a block with no attributes of its own.
describe('the page walk reads the language the page declares', () => {
  it('gives each run its nearest block’s lang, through an open shadow root, else the root’s', () => {
    document.body.innerHTML = '<p>page</p><div lang="fr"><p>bloc</p><div id="host"></div></div><p lang="uk">текст</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>racine</p>';
    const segments = collectSegments<Node>(document.body, domTree(), 'en');
    expect(segments.map((s) => [s.text, s.lang])).toEqual([
      ['page', 'en'],
      ['bloc', 'fr'],
      ['racine', 'fr'],
      ['текст', 'uk'],
    ]);
  });
});

describe('the page walk stops often enough to keep tasks short', () => {
  it('pauses (yields null) at least every 128 nodes of a stretch without text, and loses no text', () => {
    // Ten thousand empty elements between two paragraphs: a menu of icons, say.
    document.body.innerHTML = `<p>before</p>${'<div><span></span></div>'.repeat(5000)}<p>after</p>`;
    const steps = [...iterateSegments<Node>(document.body, domTree(), 'en')];
    const pauses = steps.filter((s) => s === null).length;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(10_000 / 128));
    expect(steps.filter((s) => s !== null).map((s) => s!.text)).toEqual(['before', 'after']);
    expect(collectSegments<Node>(document.body, domTree(), 'en').map((s) => s.text)).toEqual(['before', 'after']);
  });
});
