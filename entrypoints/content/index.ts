import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TabMessage } from '../../lib/core/protocol';
import { PageController } from '../../lib/page/page-controller';
import '../../lib/page/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame reads its own text and opens its cards where the reader is.
  allFrames: true,
  // Frames a page writes itself (srcdoc, about:blank) are part of its article too.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would otherwise post a message carrying the extension's id into every frame: any page
  // listening for messages would learn that Backstory is installed.
  noScriptStartedPostMessage: true,
  main() {
    const controller = new PageController(document, window);
    controller.guard(() => controller.start())();
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only Backstory's own background and pages talk to this script.
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = v.safeParse(TabMessage, message);
      return parsed.success ? controller.handle(parsed.output) : undefined;
    });
  },
});
