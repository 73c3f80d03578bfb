import { i18n } from '#i18n';
import { render } from 'preact';
import { Options } from '../../components/Options';
import { BackstoryDB } from '../../lib/db/database';
import { setPackEnabled } from '../../lib/db/install-packs';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import { broadcastDataChanged } from '../../lib/ui/tab-messages';

document.documentElement.dir = i18n.t('@@bidi_dir');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
const db = new BackstoryDB();

render(
  <Options
    db={db}
    welcome={location.hash === '#welcome'}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    watchSettings={watchSettings}
    setPackEnabled={async (id, enabled) => {
      await setPackEnabled(db, id, enabled);
      await broadcastDataChanged();
    }}
  />,
  document.getElementById('app')!,
);
