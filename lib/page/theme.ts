/**
 * Light or dark for the card. "auto" follows the page when it paints its own background (a dark
 * news site gets a dark card even on a light system), and the system otherwise.
 */
import type { Settings } from '../core/settings';

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, or undefined when it is transparent. */
export function luminance(css: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const x = parseFloat(c!) / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function resolveTheme(setting: Settings['theme'], doc: Document, win: Window): 'light' | 'dark' {
  if (setting !== 'auto') return setting;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(win.getComputedStyle(el).backgroundColor);
    if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
