/**
 * `::highlight()` rules do not cross a shadow boundary: the marks inside an open shadow root are
 * drawn only if that root has our rules too. They go in as an adopted stylesheet — no element is
 * added to the page's shadow tree, and the page's own sheets stay first and untouched.
 */
import css from './highlights.css?inline';

let sheet: CSSStyleSheet | undefined;

export function styleShadowRoot(root: ShadowRoot): void {
  sheet ??= makeSheet();
  // Checked every time rather than remembered: a component may replace its adopted sheets.
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function makeSheet(): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
