import { i18n } from '#i18n';
import { render } from 'preact';
import { Options } from '../../components/Options';
import { EXAMPLE_CARD } from '../../components/Welcome';
import { BackstoryDB } from '../../lib/background/database';
import { backupDatabase, restoreDatabase } from '../../lib/background/backup';
import { optionsData } from '../../lib/background/options-data';
import { exportData, importData } from '../../lib/background/transfer';
import { loadSettings, updateSettings, watchSettings } from '../../lib/extension/settings-store';
import { broadcastDataChanged } from '../../lib/extension/tab-messages';
import { ask } from '../../lib/extension/ask';
import { applyPageLook } from '../../lib/extension/page-look';

applyPageLook();
const db = new BackstoryDB();
// Where the browser refuses IndexedDB the background works from memory; this page can only say so.
const databaseOpen = await db.open().then(
  () => true,
  () => false,
);
// This page is in the extension's origin: it writes through the write path itself, which tells open tabs.
const target = { db, notify: broadcastDataChanged };

/** `#edit=ID`: the card the library's "Correct this card" opens in the card manager. */
const editCard = (hash: string) => {
  const id = /^#edit=([\w-]+)$/.exec(hash)?.[1];
  return id ? { editCard: id } : {};
};

render(
  <Options
    {...optionsData(db, broadcastDataChanged)}
    databaseOpen={databaseOpen}
    welcome={location.hash === '#welcome'}
    {...editCard(location.hash)}
    loadExample={() => ask({ type: 'card/get', id: EXAMPLE_CARD })}
    loadProgress={async () => (await ask({ type: 'status/get' })).progress}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    watchSettings={watchSettings}
    transfer={{
      exportFile: async () => JSON.stringify(await exportData(db, await loadSettings()), null, 1),
      importFile: (text, options) =>
        importData(target, text, { read: loadSettings, write: (settings) => updateSettings(() => settings) }, options),
      backup: () => backupDatabase(db),
      restore: async (file) => {
        const result = await restoreDatabase(target, file);
        if (!result.ok) return result;
        // A backup may lack or alter a bundled pack's cards: the background puts them back (and tells
        // the tabs). The restore itself is done by now: a failure here must not read as its failure.
        const verified = await ask({ type: 'packs/verify' }).catch(() => ({ ok: false }));
        return verified.ok ? result : { ok: true, warning: i18n.t('transfer.packsUnchecked') };
      },
    }}
  />,
  document.getElementById('app')!,
);
