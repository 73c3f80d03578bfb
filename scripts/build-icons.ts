/**
 * `npm run build:icons`: the toolbar and store icons, every size either browser or store asks for,
 * drawn from the one source (assets/icon/backstory.svg) by resvg into public/icon/<size>.png, where
 * WXT finds them for the manifest. The PNGs are committed; run this after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** 16/32: toolbars at 1× and 2×; 19/38: older Chrome toolbars; 48: extension pages; 96: Firefox at 2×; 128: the Chrome Web Store. */
export const ICON_SIZES = [16, 19, 24, 32, 38, 48, 64, 96, 128] as const;

/** The toolbar's sizes (1×, 1.5×, 2×), also drawn grey: the button of a tab where Backstory is paused or off. */
export const GREY_SIZES = [16, 24, 32] as const;

/** The same drawing with the tile and the marked name in greys (the text lines stay white). */
const GREYS: Record<string, string> = { '#1b5bb8': '#80868b', '#0d3a7a': '#3c4043', '#ffc93c': '#dadce0' };

const svg = readFileSync('assets/icon/backstory.svg', 'utf8');
const grey = svg.replace(/#[0-9a-f]{6}/g, (colour) => GREYS[colour] ?? colour);
const draw = (source: string, size: number) =>
  new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync('public/icon', { recursive: true });
for (const size of ICON_SIZES) writeFileSync(`public/icon/${size}.png`, draw(svg, size));
for (const size of GREY_SIZES) writeFileSync(`public/icon/off-${size}.png`, draw(grey, size));
console.log(`wrote ${ICON_SIZES.length + GREY_SIZES.length} icons to public/icon/`);
