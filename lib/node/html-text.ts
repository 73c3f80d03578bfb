/**
 * Saved HTML to the same text segments the content script reads from the live page: parse5 builds
 * the tree a browser would, and the shared walk applies the same skip and block rules to its body.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { hiddenInMarkup, mayHostShadowRoot, SEGMENT_SEPARATOR, SHADOW_ROOT_TAG } from '../core/reading/skip-rules';
import { collectSegments, NodeKind, type TreeAdapter } from '../core/reading/text-segments';
import { toIsoDay } from '../core/base/dates';
import { jsonLdPublished, PUBLISHED_METAS } from '../core/knowledge/timeline';

type P5Node = DefaultTreeAdapterMap['node'];

type P5Element = DefaultTreeAdapterMap['element'];
type P5Template = DefaultTreeAdapterMap['template'];

/**
 * `<template shadowrootmode="open">` is how saved HTML carries an open shadow root: a browser's
 * parser attaches its content to the parent (one per element) instead of keeping the template.
 * parse5 keeps the template, so the walk is shown what the browser has: the root, then the rest.
 */
function declarativeShadowRoot(node: P5Node, tag: string): P5Template | undefined {
  if (!('childNodes' in node) || !mayHostShadowRoot(tag)) return undefined;
  return node.childNodes.find(
    (c): c is P5Template =>
      c.nodeName === 'template' && (c as P5Element).attrs.some((a) => a.name === 'shadowrootmode'),
  ) as P5Template | undefined;
}

function hasSlot(root: P5Node): boolean {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === 'slot') return true;
    if ('childNodes' in node) stack.push(...node.childNodes);
    if (node.nodeName === 'template') stack.push((node as P5Template).content as unknown as P5Node);
  }
  return false;
}

const p5Tree: TreeAdapter<P5Node> = {
  children: (node, tag) => {
    if (!('childNodes' in node)) return [];
    const template = declarativeShadowRoot(node, tag);
    if (!template) return node.childNodes;
    const open = template.attrs.find((a) => a.name === 'shadowrootmode')?.value.toLowerCase() === 'open';
    // The host's own children are drawn only where the root has a <slot> for them: otherwise they
    // are not rendered, and the browser leaves them unread.
    const rest = hasSlot(template.content as unknown as P5Node) ? node.childNodes.filter((c) => c !== template) : [];
    // A closed root is the page's own: the browser does not show it to Backstory either.
    return open ? [template.content as unknown as P5Node, ...rest] : rest;
  },
  kind: (node) =>
    node.nodeName === '#text'
      ? NodeKind.Text
      : 'tagName' in node || node.nodeName === '#document-fragment'
        ? NodeKind.Element
        : NodeKind.Other,
  data: (node) => (node as DefaultTreeAdapterMap['textNode']).value,
  tag: (node) => (node.nodeName === '#document-fragment' ? SHADOW_ROOT_TAG : (node as P5Element).tagName),
  attribute: (node, name) => ('attrs' in node ? (node.attrs.find((a) => a.name === name)?.value ?? null) : null),
  // Saved HTML has no style sheets to apply: what the markup itself hides is all that can be known.
  rendered: (node) =>
    !('attrs' in node) || !hiddenInMarkup((name) => node.attrs.find((a) => a.name === name)?.value ?? null),
};

export interface ExtractedText {
  /** Segments joined by a newline: the text scan offsets refer to. */
  text: string;
  /** Where each segment starts in `text`. */
  segments: { start: number; text: string; lang?: string }[];
  /** The article's date as the page states it, read as the content script reads it (published-date.ts). */
  published?: string;
  /** The language the page declares for itself (its html element's `lang`), if any. */
  lang?: string;
}

/** The page's publication day as the content script reads it (published-date.ts): a date meta tag, then JSON-LD `datePublished`, then an article's <time>. */
function publishedIn(root: P5Node): string | undefined {
  let meta: string | undefined;
  let ld: string | undefined;
  let time: string | undefined;
  const attr = (n: P5Element, name: string) => n.attrs.find((a) => a.name === name)?.value;
  const walk = (node: P5Node, inArticle: boolean) => {
    if ('tagName' in node) {
      const el = node as P5Element;
      if (el.tagName === 'meta' && PUBLISHED_METAS.some(([name, value]) => attr(el, name) === value))
        meta ??= toIsoDay(attr(el, 'content'));
      if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json' && !ld) {
        const text = el.childNodes
          .map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : ''))
          .join('');
        try {
          ld = jsonLdPublished(JSON.parse(text));
        } catch {
          // A site's malformed JSON-LD: the next clue is read instead.
        }
      }
      const pub = attr(el, 'itemprop') === 'datePublished' || attr(el, 'pubdate') !== undefined;
      if (el.tagName === 'time' && (inArticle || pub)) time ??= toIsoDay(attr(el, 'datetime'));
      inArticle ||= el.tagName === 'article' || el.tagName === 'main';
    }
    if ('childNodes' in node) for (const c of node.childNodes) walk(c, inArticle);
  };
  walk(root, false);
  return meta ?? ld ?? time;
}

export function extractHtmlText(html: string): ExtractedText {
  const doc = parse(html);
  const htmlEl = doc.childNodes.find((n) => n.nodeName === 'html');
  const body = htmlEl && 'childNodes' in htmlEl ? htmlEl.childNodes.find((n) => n.nodeName === 'body') : undefined;
  if (!body) return { text: '', segments: [] };
  const segments: ExtractedText['segments'] = [];
  let text = '';
  const pageLang = htmlEl && 'attrs' in htmlEl ? htmlEl.attrs.find((a) => a.name === 'lang')?.value : undefined;
  for (const s of collectSegments(body, p5Tree, pageLang)) {
    if (segments.length) text += SEGMENT_SEPARATOR;
    segments.push({ start: text.length, text: s.text, ...(s.lang ? { lang: s.lang } : {}) });
    text += s.text;
  }
  const published = publishedIn(doc as unknown as P5Node);
  const lang = pageLang?.trim();
  return {
    text,
    segments,
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
  };
}
