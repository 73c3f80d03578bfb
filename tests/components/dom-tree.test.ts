import { describe, expect, it } from 'vitest';
import { collectSegments } from '../../lib/core/reading/text-segments';
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
