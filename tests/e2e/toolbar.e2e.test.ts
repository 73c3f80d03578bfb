/**
 * The toolbar button as a reader sees it, in both browsers drawn on a virtual screen (a headless
 * browser draws no toolbar): the icon with the count of names on the page, then grey and without a
 * count once Backstory is paused. Photographs of both go to output/screenshots; the test counts the
 * icon's blue in the toolbar's right end, which the badge adds to and the grey icon takes away.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import { scansDone } from '../../scripts/lib/page-probes';
import { pixelsNear, virtualScreen, type Screen } from '../../scripts/lib/screen';
import { serveDir, type StaticServer } from '../../scripts/lib/serve';
import { openControl, toolbarButton, type Control } from './extension-control';
import { sleep, waitFor } from './wait';

const SCREENSHOT_DIR = 'output/screenshots';
/** The icon's blue and the badge's (lib/background/toolbar.ts, assets/icon/backstory.svg). */
const ICON_BLUE = '#1b5bb8';
const WIDTH = 1280;
const HEIGHT = 800;
/** The toolbar's right end, where both browsers put extension buttons: below the tabs, beside the menu. */
const BUTTONS = { x: WIDTH - 360, y: 40, width: 360, height: 60 };
/** A window repaints its toolbar a moment after the badge is set. */
const PAINT_MS = 1500;

describe.each<BrowserName>(['chromium', 'firefox'])('the toolbar button, in %s', (browserName) => {
  let screen: Screen;
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: PageDriver;
  let control: Control;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    screen = await virtualScreen(WIDTH, HEIGHT);
    server = await serveDir('tests/fixtures');
    browser = await launch(browserName, { headless: false, display: screen.display });
    page = await browser.newPage();
    await page.goto(server.url('demo-ar.html'));
    control = await openControl(browser, server.url(''));
    await page.bringToFront();
    await waitFor(page, scansDone, (n) => n > 0, { what: 'the first scan', timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    screen?.close();
  });

  const photograph = async (name: string) => {
    await sleep(PAINT_MS);
    screen.capture(`${SCREENSHOT_DIR}/toolbar-${browserName}-${name}.png`);
    const crop = `${SCREENSHOT_DIR}/toolbar-${browserName}-${name}-buttons.png`;
    screen.capture(crop, BUTTONS);
    return pixelsNear(crop, ICON_BLUE);
  };

  it('shows the icon with the number of names on the page, and grey without it when paused', async () => {
    const tab = await control.tabId();
    const on = await waitFor(control.page, toolbarButton, (b) => /^\d+$/.test(b.text), {
      arg: tab,
      what: 'the badge count',
    });
    await page.bringToFront();
    const blueOn = await photograph('on');

    await control.setSettings({ paused: true });
    const paused = await waitFor(control.page, toolbarButton, (b) => b.text === '', {
      arg: tab,
      what: 'the badge cleared',
    });
    expect(paused.title).not.toBe(on.title);
    await page.bringToFront();
    const bluePaused = await photograph('paused');
    await control.setSettings({ paused: false });
    console.log(
      `[toolbar ${browserName}] badge ${on.text}; icon blue in the toolbar: ${blueOn} px on, ${bluePaused} px paused`,
    );
    // The 16 px icon alone is a hundred pixels of blue and the badge adds more; grey, nearly none is left.
    expect(blueOn).toBeGreaterThan(100);
    expect(bluePaused).toBeLessThan(blueOn / 3);
  });
});
