/**
 * Saved HTML to the same text segments the content script reads from the live page: parse5 builds
 * the tree a browser would, and the shared walk applies the same skip and block rules to its body.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { SEGMENT_SEPARATOR } from './skip-rules';
import { collectSegments, NodeKind, type TreeAdapter } from './text-segments';

type P5Node = DefaultTreeAdapterMap['node'];

const p5Tree: TreeAdapter<P5Node> = {
  children: (node) => ('childNodes' in node ? node.childNodes : []),
  kind: (node) => (node.nodeName === '#text' ? NodeKind.Text : 'tagName' in node ? NodeKind.Element : NodeKind.Other),
  data: (node) => (node as DefaultTreeAdapterMap['textNode']).value,
  tag: (node) => (node as DefaultTreeAdapterMap['element']).tagName,
  attribute: (node, name) => ('attrs' in node ? (node.attrs.find((a) => a.name === name)?.value ?? null) : null),
};

export interface ExtractedText {
  /** Segments joined by a newline: the text scan offsets refer to. */
  text: string;
  /** Where each segment starts in `text`. */
  segments: { start: number; text: string }[];
}

export function extractHtmlText(html: string): ExtractedText {
  const doc = parse(html);
  const htmlEl = doc.childNodes.find((n) => n.nodeName === 'html');
  const body = htmlEl && 'childNodes' in htmlEl ? htmlEl.childNodes.find((n) => n.nodeName === 'body') : undefined;
  if (!body) return { text: '', segments: [] };
  const segments: ExtractedText['segments'] = [];
  let text = '';
  for (const s of collectSegments(body, p5Tree)) {
    if (segments.length) text += SEGMENT_SEPARATOR;
    segments.push({ start: text.length, text: s.text });
    text += s.text;
  }
  return { text, segments };
}
