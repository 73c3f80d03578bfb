/**
 * The only way out of the test browsers: an HTTP proxy on loopback that answers every request with
 * an error and writes it down. Browsers send everything but loopback through it, so whatever leaves
 * the machine — a tracker on a saved page, or a request by Backstory — is refused and recorded. The
 * end-to-end suite fails on any record (tests/e2e/no-network.setup.ts); saved pages are served with
 * a policy that keeps their own outside requests from starting, so a record is the extension's.
 */
import { createServer, type Server } from 'node:http';

export interface OutsideRequest {
  /** `GET http://host/path` for plain HTTP, `CONNECT host:443` for HTTPS (the proxy sees no more). */
  request: string;
  at: number;
}

/**
 * The browsers' own calls home that no flag or preference here silences, each checked to happen with
 * Backstory not installed. Matched whole, so a request by the extension to any other address — or
 * any other path on these — still fails the suite.
 */
export const BROWSER_OWN: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/,
    why: 'Firefox remote settings (lists it fetches as pages load), seen without the extension',
  },
  {
    pattern: /^CONNECT accounts\.google\.com:443$/,
    why: 'Chromium sign-in account check, seen at start-up without any page',
  },
  { pattern: /^CONNECT update\.googleapis\.com:443$/, why: 'Chromium update check at start-up' },
  {
    pattern: /^CONNECT android\.clients\.google\.com:443$/,
    why: "Chromium's device check-in (Debian's Chromium 150), seen every minute or so from a bare profile on a plain page, with no extension loaded",
  },
  {
    pattern: /^CONNECT redirector\.gvt1\.com:443$/,
    why: "Chromium's download service, called when a field holding Arabic text takes focus: seen on a plain page's own input, with no code of ours in it",
  },
  {
    pattern: /^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?cup2key=[^ ]*$/,
    why: 'Chromium update check at start-up, plain-HTTP attempt',
  },
  {
    pattern: /^GET http:\/\/clients2\.google\.com\/time\/1\/current\?cup2key=[^ ]*$/,
    why: 'Chromium network time query at start-up',
  },
  {
    pattern: /^(GET|POST) http:\/\/dummy\.test\/dummy\/[^ ]*$/,
    why: "Firefox's own services, which Puppeteer points at its sinkhole host dummy.test",
  },
];

export function browserOwn(request: string): boolean {
  return BROWSER_OWN.some((b) => b.pattern.test(request));
}

/**
 * A saved page's own hosts, for the test that loads it. Its CSP stops the page's requests, but
 * Chromium still fetches some of what a page names on its own account (speculative connections for
 * its frames, images it predicts), past that policy. A request to a host the page itself names counts
 * as the page's; a request anywhere else still fails the test.
 */
let pageHosts = new Set<string>();

export function allowPageHosts(html: string): void {
  pageHosts = new Set(
    [...html.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].map((m) => m[1]!.toLowerCase()),
  );
}

export function pageOwn(request: string): boolean {
  const host = /^CONNECT ([^: ]+):\d+$/.exec(request)?.[1] ?? /^[A-Z]+ https?:\/\/([^/:? ]+)/.exec(request)?.[1];
  return !!host && pageHosts.has(host.toLowerCase());
}

/** Back to no page's hosts: after each test. */
export function forgetPageHosts(): void {
  pageHosts = new Set();
}

export interface NetworkRecorder {
  port: number;
  /** Everything recorded since the last call, and forgets it. */
  take(): OutsideRequest[];
}

let started: Promise<NetworkRecorder> | undefined;

/** One recorder per test process: every browser launched in it uses the same one. */
export function networkRecorder(): Promise<NetworkRecorder> {
  started ??= start();
  return started;
}

async function start(): Promise<NetworkRecorder> {
  let log: OutsideRequest[] = [];
  const record = (request: string) => log.push({ request, at: Date.now() });
  const server: Server = createServer((req, res) => {
    record(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('Backstory test proxy: no request leaves this machine');
  });
  server.on('connect', (req, socket) => {
    record(`CONNECT ${req.url}`);
    // The browser may reset the tunnel it was refused: recorded already, and no reason to crash the run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  // Not a reason to keep the test process alive.
  server.unref();
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}
