import { i18n } from '#i18n';
import { render } from 'preact';
import { Options } from '../../components/Options';
import { BackstoryDB } from '../../lib/background/database';
import { backupDatabase, restoreDatabase } from '../../lib/background/backup';
import { setPackEnabled } from '../../lib/background/install-packs';
import { exportData, importData } from '../../lib/background/transfer';
import { loadSettings, updateSettings, watchSettings } from '../../lib/extension/settings-store';
import { broadcastDataChanged } from '../../lib/extension/tab-messages';
import { ask } from '../../lib/extension/ask';

document.documentElement.dir = i18n.t('@@bidi_dir');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
const db = new BackstoryDB();
// Where the browser refuses IndexedDB the background works from memory; this page can only say so.
const databaseOpen = await db.open().then(
  () => true,
  () => false,
);

render(
  <Options
    db={db}
    databaseOpen={databaseOpen}
    welcome={location.hash === '#welcome'}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    watchSettings={watchSettings}
    setPackEnabled={async (id, enabled) => {
      await setPackEnabled(db, id, enabled);
      await broadcastDataChanged();
    }}
    changed={broadcastDataChanged}
    transfer={{
      exportFile: async () => JSON.stringify(await exportData(db, await loadSettings()), null, 1),
      importFile: async (text, options) => {
        const result = await importData(db, text, { read: loadSettings, write: (settings) => updateSettings(() => settings) }, options);
        if (result.ok) await broadcastDataChanged();
        return result;
      },
      backup: () => backupDatabase(db),
      restore: async (file) => {
        const result = await restoreDatabase(db, file);
        // A backup may lack or alter a bundled pack's cards: the background puts them back (and tells the tabs).
        if (result.ok) await ask({ type: 'packs/verify' });
        return result;
      },
    }}
  />,
  document.getElementById('app')!,
);
