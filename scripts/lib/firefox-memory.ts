/**
 * A tab's memory in Firefox, which its WebDriver BiDi does not report: Firefox's own memory
 * reporters, the numbers about:memory shows, read through Marionette (Firefox's own automation
 * server, what geckodriver drives) in the browser's privileged context, which needs
 * `--remote-allow-system-access` (Firefox 138 and later). Marionette takes no session beside a BiDi
 * one, so this runs a Firefox of its own, with the extension installed (temporarily, as about:debugging
 * would) or without it.
 *
 * A tab's share is every "explicit" report whose path names its page: the page's window
 * (`window-objects/top(<url>, id=…)`: its DOM, layout, styles and JS zone) and the content scripts'
 * realms, which Firefox files under `js-non-window` as `realm([Expanded Principal [<url>,
 * moz-extension://…]], Content Script "…")`. So the same page with and without the extension gives
 * what Backstory adds to the tab, as the JS heap does in Chromium (browser-bench.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Marionette, and its privileged context. */
const MARIONETTE_ARGS = ['--marionette', '--remote-allow-system-access'];
/** Marionette on a free port, which Firefox writes into the profile (`MarionetteActivePort`). */
const MARIONETTE_PREFS = { 'marionette.port': 0 };

/**
 * A Marionette session: commands as `[0, id, name, params]`, each packet `<length>:<json>` with its
 * length in bytes (UTF-8), so the stream is read as bytes.
 */
class Marionette {
  private buffer = Buffer.alloc(0);
  private waiting: ((packet: unknown[]) => void)[] = [];
  private id = 0;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      for (;;) {
        const colon = this.buffer.indexOf(0x3a);
        const length = Number(this.buffer.subarray(0, colon).toString('latin1'));
        if (colon < 0 || this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown[];
        this.buffer = this.buffer.subarray(colon + 1 + length);
        this.waiting.shift()?.(packet);
      }
    });
  }

  static async open(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((ok, fail) => socket.once('connect', ok).once('error', fail));
    const session = new Marionette(socket);
    await session.next(); // the server's greeting
    await session.command('WebDriver:NewSession', {});
    return session;
  }

  private next(): Promise<unknown[]> {
    return new Promise((ok) => this.waiting.push(ok));
  }

  /** Sends a command and returns its result, or throws its error. */
  async command(name: string, params: object): Promise<unknown> {
    const packet = Buffer.from(JSON.stringify([0, ++this.id, name, params]), 'utf8');
    const answer = this.next();
    this.socket.write(Buffer.concat([Buffer.from(`${packet.length}:`), packet]));
    const [, , error, result] = await answer;
    if (error) throw new Error(`Marionette ${name}: ${JSON.stringify(error)}`);
    return result;
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * Run in the browser's privileged context: memory minimised in every process (collections and cycle
 * collections, as about:memory's "Minimize memory usage"), then the sum of the explicit reports
 * whose path names the page. about:memory writes a URL's slashes as backslashes.
 */
const MEMORY_SCRIPT = `
const [url, resolve] = arguments;
const named = url.replace(/\\//g, '\\\\');
const manager = Components.classes['@mozilla.org/memory-reporter-manager;1'].getService(
  Components.interfaces.nsIMemoryReporterManager,
);
let bytes = 0;
const BYTES = Components.interfaces.nsIMemoryReporter.UNITS_BYTES;
manager.minimizeMemoryUsage(() =>
  manager.getReports(
    (process, path, kind, units, amount) => {
      if (units === BYTES && path.startsWith('explicit/') && path.includes(named)) bytes += amount;
    },
    null,
    () => resolve(bytes),
    null,
    false,
  ),
);
`;

/** The port Marionette listens on in a Firefox started with MARIONETTE_ARGS in `profile`. */
async function marionettePort(profile: string): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  for (const deadline = Date.now() + 20_000; !existsSync(file); await sleep(100))
    if (Date.now() > deadline) throw new Error(`Firefox wrote no Marionette port into ${profile}`);
  return Number(readFileSync(file, 'utf8'));
}

export interface TabMemoryOptions {
  /** The Firefox to run. */
  exe: string;
  /** The page, loaded with its own scripts off. */
  url: string;
  /** Preferences beside Marionette's: at least those that keep Firefox quiet. */
  prefs: Record<string, unknown>;
  /**
   * The built extension to install first, and the page of it that answers `status/get` (the
   * options page): the tab is measured once the bundled packs are in, as Chromium's is.
   */
  extension?: { dir: string; statusPage: string };
}

/** Explicit memory of a tab showing `url`, in bytes, after a collection in every process. */
export async function firefoxTabMemory({ exe, url, prefs, extension }: TabMemoryOptions): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-memory-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...prefs, ...MARIONETTE_PREFS, 'javascript.enabled': false })
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  const firefox = spawn(exe, ['--headless', '--no-remote', '--profile', profile, ...MARIONETTE_ARGS, 'about:blank'], {
    stdio: 'ignore',
  });
  const exited = new Promise((ok) => firefox.once('exit', ok));
  let marionette: Marionette | undefined;
  try {
    marionette = await Marionette.open(await marionettePort(profile));
    if (extension) {
      await marionette.command('Addon:Install', { path: extension.dir, temporary: true });
      await until(marionette, extension.statusPage, INSTALLED, 120_000, 'the bundled packs were still installing');
    }
    await until(marionette, url, extension ? MARKED : LOADED, 30_000, `${url} was not marked`);
    await sleep(1000);
    await marionette.command('Marionette:SetContext', { value: 'chrome' });
    const { value } = (await marionette.command('WebDriver:ExecuteAsyncScript', {
      script: MEMORY_SCRIPT,
      args: [url],
    })) as { value: number };
    if (!(value > 0)) throw new Error(`Firefox reports no memory for a tab showing ${url}`);
    return value;
  } finally {
    marionette?.close();
    firefox.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
}

/** In the page (Marionette's sandbox over it): whether it is loaded. */
const LOADED = 'return document.readyState === "complete";';
/** In the page: whether Backstory's content script has read it (page-probes.ts, scansDone). */
const MARKED = 'return performance.getEntriesByName("backstory:scan").length > 0;';
/** In the extension's options page: whether the background says the bundled packs are all in. */
const INSTALLED = `
const api = window.browser ?? window.wrappedJSObject.browser;
return api.runtime.sendMessage({ type: 'status/get' }).then((reply) => Boolean(reply && !reply.progress), () => false);
`;

/** Loads `url` and asks `script` there until it answers true, loading the page again between asks. */
async function until(marionette: Marionette, url: string, script: string, ms: number, failure: string): Promise<void> {
  for (const deadline = Date.now() + ms; ; await sleep(500)) {
    await marionette.command('WebDriver:Navigate', { url });
    const { value } = (await marionette.command('WebDriver:ExecuteScript', { script, args: [] })) as { value: unknown };
    if (value === true) return;
    if (Date.now() > deadline) throw new Error(`${failure} after ${ms / 1000} s`);
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
