/**
 * How the tests read Backstory's card, which lives in a closed shadow root: no page script can reach
 * it, and neither can a test's `evaluate`. Each browser's remote protocol can — CDP's DOM domain
 * (Chromium) and WebDriver BiDi's `includeShadowTree: "all"` (Firefox) — so a test asks for the root
 * there and runs its function with the root as its first argument — in a world of its own beside the
 * page's (an isolated world, a BiDi sandbox), so a page that rewrites the DOM's prototypes, as the
 * hostile test page does, cannot change what the test reads.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

const HOSTS = "[...document.querySelectorAll('backstory-card')]";

/**
 * The test's function, called with the root and a JSON argument; its result travels back as JSON.
 * Not an async function: on a page whose scripts are off, Firefox never settles a promise made there.
 */
const wrap = (fn: string) =>
  `function (root, argJson) { const json = (v) => JSON.stringify(v === undefined ? null : v); const value = (${fn})(root, JSON.parse(argJson)); return value instanceof Promise ? value.then(json) : json(value); }`;

function fail(what: string, details: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(details)}`);
}

/** A world of the test's own in the page (or in the iframe with that id). */
async function isolatedWorld(cdp: CDPSession, frame?: string): Promise<number> {
  let frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  if (frame) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.getElementById(${JSON.stringify(frame)})`,
    });
    if (!result.objectId) throw new Error(`no frame #${frame}`);
    frameId =
      (await cdp.send('DOM.describeNode', { objectId: result.objectId })).node.frameId ?? fail('not a frame', frame);
  }
  return (await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'backstory-test-probe' }))
    .executionContextId;
}

async function closedRootOverCdp(cdp: CDPSession, world: number): Promise<string | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: HOSTS, contextId: world });
  if (!result.objectId) return undefined;
  const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
  for (const p of props) {
    if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
    const { node } = await cdp.send('DOM.describeNode', { objectId: p.value.objectId, pierce: true, depth: 0 });
    // A page may put hosts of that name of its own, with open roots: ours is the closed one.
    const closed = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (closed)
      return (await cdp.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId, executionContextId: world }))
        .object.objectId;
  }
  return undefined;
}

export async function inCardOverCdp<R>(page: PwPage, fn: string, arg: unknown, frame?: string): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const world = await isolatedWorld(cdp, frame);
    const root = await closedRootOverCdp(cdp, world);
    const argJson = JSON.stringify(arg ?? null);
    const answer = root
      ? await cdp.send('Runtime.callFunctionOn', {
          objectId: root,
          functionDeclaration: wrap(fn),
          arguments: [{ objectId: root }, { value: argJson }],
          returnByValue: true,
          awaitPromise: true,
        })
      : await cdp.send('Runtime.evaluate', {
          expression: `(${wrap(fn)})(null, ${JSON.stringify(argJson)})`,
          contextId: world,
          returnByValue: true,
          awaitPromise: true,
        });
    if (answer.exceptionDetails)
      fail('the card probe threw', answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
    return JSON.parse(answer.result.value as string) as R;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiRemote {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiEvaluation {
  type: 'success' | 'exception';
  result?: BidiRemote;
  exceptionDetails?: { text?: string };
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiEvaluation }>;
}

/** Puppeteer's own BiDi connection and a frame's browsing-context id: not public API, named here once. */
const bidiOf = (page: PpPage) => (page.browser() as unknown as { connection: BidiConnection }).connection;
const contextOf = (frame: ReturnType<PpPage['mainFrame']>) => (frame as unknown as { _id: string })._id;

async function frameContext(page: PpPage, frame?: string): Promise<string> {
  if (!frame) return contextOf(page.mainFrame());
  for (const f of page.frames())
    if ((await f.evaluate(() => window.frameElement?.id ?? '')) === frame) return contextOf(f);
  throw new Error(`no frame #${frame}`);
}

export async function inCardOverBidi<R>(page: PpPage, fn: string, arg: unknown, frame?: string): Promise<R> {
  const bidi = bidiOf(page);
  const target = { context: await frameContext(page, frame), sandbox: 'backstory-test-probe' };
  const hosts = (
    await bidi.send('script.evaluate', {
      expression: HOSTS,
      target,
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    })
  ).result;
  if (hosts.type !== 'success') fail('looking for the card host failed', hosts.exceptionDetails);
  const roots = ((hosts.result?.value as BidiRemote[] | undefined) ?? []).map(
    (h) => (h.value as { shadowRoot?: BidiRemote & { value?: { mode?: string } } } | undefined)?.shadowRoot,
  );
  const root = roots.find((r) => r?.value?.mode === 'closed');
  const answer = (
    await bidi.send('script.callFunction', {
      functionDeclaration: wrap(fn),
      target,
      arguments: [
        root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' },
        { type: 'string', value: JSON.stringify(arg ?? null) },
      ],
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result;
  if (answer.type !== 'success') fail('the card probe threw', answer.exceptionDetails);
  return JSON.parse(answer.result?.value as string) as R;
}
