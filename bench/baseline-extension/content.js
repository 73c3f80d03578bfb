// Times, from this script's start: the worker's answer to a ping, and a read of 300 kB from
// storage.local (which the browser answers without the worker). Written where the bench reads them:
// this page is the bench's own.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const start = performance.now();
  const out = document.documentElement.dataset;
  void api.runtime.sendMessage({ type: 'ping' }).then(() => (out.baselinePingMs = String(performance.now() - start)));
  void api.storage.local
    .get('baseline')
    .then(
      (got) => (out.baselineReadMs = got.baseline?.length === 300_000 ? String(performance.now() - start) : 'missing'),
    );
})();
