import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../lib/extension/ask';
import { applyPageLook } from '../../lib/extension/page-look';
import { loadSettings, updateSettings, watchSettings } from '../../lib/extension/settings-store';
import { pageSummary, targetTab, tellTab } from '../../lib/extension/tab-messages';

applyPageLook();
const tabId = await targetTab();
// Opened for a given tab (?tab=ID) the popup is a page of its own and stays; as the toolbar popup it closes after a choice.
const standalone = new URLSearchParams(location.search).has('tab');
const done = () => !standalone && window.close();

render(
  <Popup
    tabId={tabId}
    loadLabels={async (ids, lang) => (await ask({ type: 'labels/get', ids, lang })).labels}
    loadStorage={async () => (await ask({ type: 'status/get' })).storage}
    loadProgress={async () => (await ask({ type: 'status/get' })).progress}
    loadSummary={async () => (tabId === undefined ? undefined : pageSummary(tabId))}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    watchSettings={watchSettings}
    openEntity={(id) => void (tabId !== undefined && tellTab(tabId, { type: 'page/open', id }).then(done))}
    togglePanel={() =>
      void (tabId !== undefined && tellTab(tabId, { type: 'command', name: 'toggle-panel' }).then(done))
    }
    openOptions={() => void browser.runtime.openOptionsPage().then(done)}
    openLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(done)}
  />,
  document.getElementById('app')!,
);
