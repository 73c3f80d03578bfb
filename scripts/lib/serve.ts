/**
 * A static file server on loopback for end-to-end tests and the demo. Content scripts only run on
 * http(s) pages, so fixtures are served rather than opened as files.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Pages may load nothing from outside 127.0.0.1 (a Content-Security-Policy): saved news pages then
   * keep their trackers and images from even starting, and any request the recording proxy sees is
   * the extension's (scripts/lib/network-recorder.ts).
   */
  sameOriginOnly?: boolean;
}

const SAME_ORIGIN_ONLY = "default-src 'self' 'unsafe-inline' data: blob:";

export async function serveDir(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const policy: Record<string, string> = options.sameOriginOnly ? { 'content-security-policy': SAME_ORIGIN_ONLY } : {};
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(base, path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...policy,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
