import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TabCommand } from '../../lib/messages';
import { PageController } from '../../lib/page/page-controller';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const controller = new PageController(document, window);
    void controller.start();
    browser.runtime.onMessage.addListener((message: unknown) => {
      const command = v.safeParse(TabCommand, message);
      if (command.success) controller.onCommand(command.output);
    });
  },
});
