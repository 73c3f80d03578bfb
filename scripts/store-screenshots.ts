/**
 * `npm run store:screenshots` — the stores' screenshots (store/screenshots/), taken from the ones the
 * end-to-end tests save in output/screenshots/: Backstory's own pages as they are (1280×800), and
 * the card on a page cut from the test window's 1280×900 to the stores' 1280×800, keeping the rows
 * the card is in. Run `npm run test:e2e` (or the reading and extension-pages suites) first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const FROM = 'output/screenshots';
const TO = 'store/screenshots';
/** The size both stores take (the Chrome Web Store takes only this or 640×400). */
const WIDTH = 1280;
const HEIGHT = 800;

/**
 * What the listing shows, in order: the card on an article in each language, a place with its map,
 * the library, the options and the welcome page. `top`: the first row kept of a taller screenshot
 * (the demo's card opens low on the page, the map's high).
 */
const SHOTS: readonly { file: string; top?: number }[] = [
  { file: 'chromium-card-en-light.png', top: 0 },
  { file: 'chromium-card-ar-light.png', top: 100 },
  { file: 'chromium-map-place-en-light.png', top: 0 },
  { file: 'chromium-map-card-ar-dark.png', top: 0 },
  { file: 'chromium-library-en-light.png' },
  { file: 'chromium-library-ar-dark.png' },
  { file: 'chromium-options-en-light.png' },
  { file: 'chromium-welcome-ar-light.png' },
];

mkdirSync(TO, { recursive: true });
SHOTS.forEach(({ file, top = 0 }, i) => {
  const png = PNG.sync.read(readFileSync(join(FROM, file)));
  if (png.width !== WIDTH || png.height < top + HEIGHT)
    throw new Error(`${file}: ${png.width}×${png.height}, cannot cut ${WIDTH}×${HEIGHT} from row ${top}`);
  const out = new PNG({ width: WIDTH, height: HEIGHT });
  PNG.bitblt(png, out, 0, top, WIDTH, HEIGHT, 0, 0);
  const name = `${String(i + 1).padStart(2, '0')}-${file.replace(/^chromium-/, '')}`;
  writeFileSync(join(TO, name), PNG.sync.write(out));
  console.log(`${name}  ${WIDTH}×${HEIGHT}  from ${file}${top ? ` (rows ${top}–${top + HEIGHT})` : ''}`);
});
