/**
 * `npm start`: the built extension in real Chromium on the demo article. With a display, a browser
 * window opens and stays until you close it. Without one (a server, CI), it runs headless, rests the
 * pointer on the S-400, waits for the card, saves a screenshot and prints its path.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './lib/browsers';
import { pointOnMark, readCard } from './lib/page-probes';
import { serveDir } from './lib/serve';

const DEMO = 'demo-ar.html';
const SHOT = resolve('output/screenshots/demo-s400-card.png');

const server = await serveDir('tests/fixtures');
const url = server.url(DEMO);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

if (hasDisplay) {
  const browser = await launch('chromium', { headless: false });
  const page = await browser.newPage();
  await page.goto(url);
  console.log(`Backstory is running on ${url}. Rest the pointer on an underlined name. Close the browser to stop.`);
  await browser.closed;
  await server.close();
} else {
  const browser = await launch('chromium');
  try {
    const page = await browser.newPage();
    await page.goto(url);
    // The first S-400 mention in the article: إس -400.
    const point = await poll(() => page.evaluate(pointOnMark, { index: 0, names: ['backstory-weapon-system'] }));
    await page.mouseMove(point.x - 2, point.y);
    await page.mouseMove(point.x, point.y);
    const card = await poll(() => page.inCard(readCard));
    await new Promise((r) => setTimeout(r, 150)); // let the card settle in place before the picture
    mkdirSync(resolve('output/screenshots'), { recursive: true });
    await page.screenshot(SHOT);
    console.log(`No display here, so Backstory ran headless on ${url}.`);
    console.log(`Card shown: ${card.title}`);
    console.log(`Screenshot: ${SHOT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function poll<T>(fn: () => Promise<T | null | undefined>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Backstory did not show a card on the demo page in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
