/**
 * Which parts of a page are read, and where one run of text ends. Tag names and attributes only, no
 * DOM: the content script and the scan CLI (which reads saved HTML) share these rules, so both
 * extract the same text.
 */

/** Never read: code, form fields the reader types in, embedded documents, our own card. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'video',
  'audio',
  'head',
  'title',
  'backstory-card',
]);

/** Elements that break a run of text: a name never continues across them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'html',
  '#shadow-root',
]);

/**
 * The name the tree walk gives an element's open shadow root. It is read in place of nothing: the
 * host's own children are read too (slotted text lives there), and the root is a block of its own.
 */
export const SHADOW_ROOT_TAG = '#shadow-root';

/** The built-in elements that may have a shadow root (DOM standard, attachShadow); custom ones (a-b) may too. */
export const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

export function mayHostShadowRoot(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}

/** contenteditable="" / "true" / "plaintext-only" make a region the reader's own text. */
export function isEditableAttribute(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  return value.toLowerCase() !== 'false';
}

export const SEGMENT_SEPARATOR = '\n';

/**
 * Hidden by its own markup, whatever the style sheets say: the `hidden` attribute, or an inline
 * `display: none`. The live page asks the browser instead (checkVisibility); saved HTML has only this.
 */
export function hiddenInMarkup(attribute: (name: string) => string | null): boolean {
  if (attribute('hidden') !== null) return true;
  return /(^|;)\s*display\s*:\s*none\s*(!important\s*)?(;|$)/i.test(attribute('style') ?? '');
}
