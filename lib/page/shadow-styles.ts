/**
 * `::highlight()` rules do not cross a shadow boundary: the marks inside an open shadow root are
 * drawn only if that root has our rules too. They go in as an adopted stylesheet — no element is
 * added to the page's shadow tree, and the page's own sheets stay first and untouched.
 */
import css from './highlights.css?inline';

let sheet: CSSStyleSheet | undefined;

/** Firefox's view of a page object without its content-script wrapper (an "Xray" waiver). */
interface Waivable {
  wrappedJSObject?: { adoptedStyleSheets: CSSStyleSheet[] };
}

export function styleShadowRoot(root: ShadowRoot): void {
  sheet ??= makeSheet();
  // Checked every time rather than remembered: a component may replace its adopted sheets.
  try {
    const adopted = Array.from(root.adoptedStyleSheets);
    if (!adopted.includes(sheet)) root.adoptedStyleSheets = [...adopted, sheet];
  } catch (error) {
    // Firefox ESR 140.12 gives a content script no access to the list through its wrapper (Mozilla
    // bug 1770592; later versions do): the page's own list takes the sheet, through the waiver. Only
    // the sheet crosses, which the page could read from its list anyway.
    const list = (root as Waivable).wrappedJSObject?.adoptedStyleSheets;
    if (!list) throw error;
    if (!list.includes(sheet)) list.push(sheet);
  }
}

function makeSheet(): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
