// The bench's baseline extension (browser-bench.ts): answers a ping and nothing else, and stores
// 300,000 characters once, the size of a small per-language index a tab could read instead.
// The same file in both browsers: Chromium runs it as a service worker, Firefox as a background page.
const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onInstalled.addListener(() => {
  let value = '';
  for (let i = 0; i < 300_000; i++) value += String.fromCharCode(65 + (i % 26));
  void api.storage.local.set({ baseline: value });
});
api.runtime.onMessage.addListener((_message, _sender, reply) => {
  reply({ ok: true });
});
