// Times, from this script's start: the worker's answer to a ping, and a read of 300 kB from
// storage.local (which the browser answers without the worker), or the ping alone. Written where the bench reads them:
// this page is the bench's own.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const start = performance.now();
  const out = document.documentElement.dataset;
  void api.runtime.sendMessage({ type: 'ping' }).then(() => (out.baselinePingMs = String(performance.now() - start)));
  // A warm start's baseline (?ping-only): the ping alone, as a running worker answers it.
  if (location.search.includes('ping-only')) {
    out.baselineReadMs = 'skipped';
    return;
  }
  void api.storage.local
    .get('baseline')
    .then(
      (got) => (out.baselineReadMs = got.baseline?.length === 300_000 ? String(performance.now() - start) : 'missing'),
    );
})();
