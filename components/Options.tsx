/** The options page: a welcome for new readers, every setting, and the knowledge packs. */
import { i18n } from '#i18n';
import { ReadyProgress, type Progress } from './ReadyProgress';
import { useEffect, useState } from 'preact/hooks';
import { pageTheme, type Settings } from '../lib/core/settings';
import type { PackSummary } from '../lib/core/write-results';
import { CardManager, type CardStore } from './CardManager';
import { SettingsForm } from './SettingsForm';
import { Transfer } from './Transfer';
import { Welcome } from './Welcome';
import { packName } from './pack-names';
import { PackFacts } from './PackFacts';
import { PackOriginLine } from './PackOrigin';
import type { CardResponse } from '../lib/core/protocol';

interface Props {
  /** False where the browser will not open IndexedDB: packs, cards and transfer need it. */
  databaseOpen: boolean;
  welcome: boolean;
  /** A card to open in the card manager at once (`options.html#edit=ID`). */
  editCard?: string;
  /** The card the welcome shows, as a page would get it. */
  loadExample?: () => Promise<CardResponse | undefined>;
  /** How far the install of large packs is, while one runs. */
  loadProgress?: () => Promise<Progress | undefined>;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: (s: Settings) => Settings) => Promise<Settings>;
  watchSettings: (onChange: (s: Settings) => void) => () => void;
  /** Calls back with the installed packs now and whenever the database changes; returns the unsubscribe. */
  watchPacks: (onChange: (packs: PackSummary[]) => void) => () => void;
  setPackEnabled: (id: string, enabled: boolean) => Promise<void>;
  cards: CardStore;
  transfer: Parameters<typeof Transfer>[0];
}

export function Options(props: Props) {
  const [settings, setSettings] = useState<Settings>();
  const [packs, setPacks] = useState<PackSummary[]>([]);

  useEffect(() => {
    void props.loadSettings().then(setSettings);
    const stopSettings = props.watchSettings(setSettings);
    if (!props.databaseOpen) return stopSettings;
    const stopPacks = props.watchPacks(setPacks);
    return () => {
      stopSettings();
      stopPacks();
    };
  }, []);

  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      {props.welcome && props.loadExample && (
        <Welcome
          loadExample={props.loadExample}
          theme={pageTheme(settings, matchMedia('(prefers-color-scheme: dark)').matches)}
        />
      )}
      {props.loadProgress && <ReadyProgress load={props.loadProgress} />}
      {!props.databaseOpen && (
        <p class="warning" role="status" data-storage="memory">
          {i18n.t('popup.memoryOnly')}
        </p>
      )}
      <p class="privacy">{i18n.t('options.privacy')}</p>
      <p>
        <a href="library.html" class="library-link">
          {i18n.t('library.open')}
        </a>
      </p>
      <section aria-labelledby="reading">
        <h2 id="reading">{i18n.t('options.reading')}</h2>
        {settings && (
          <SettingsForm
            settings={settings}
            onChange={(change) => void props.updateSettings(change).then(setSettings)}
          />
        )}
      </section>
      {props.databaseOpen && (
        <>
          <section aria-labelledby="packs">
            <h2 id="packs">{i18n.t('options.packs')}</h2>
            <ul class="packs">
              {packs.map((p) => (
                <li key={p.id}>
                  <label>
                    <input
                      type="checkbox"
                      name={`pack-${p.id}`}
                      checked={p.enabled}
                      onChange={(e) => void props.setPackEnabled(p.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span>{packName(p)}</span>
                  </label>
                  <span class="muted">
                    {' '}
                    {i18n.t('options.packCards', p.cards, [String(p.cards)])} · {p.version}
                  </span>
                  <PackOriginLine pack={p} />
                  <PackFacts id={p.id} kinds={p.kinds} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="cards">
            <h2 id="cards">{i18n.t('manager.title')}</h2>
            <CardManager store={props.cards} {...(props.editCard ? { initial: props.editCard } : {})} />
          </section>
          <section aria-labelledby="transfer">
            <h2 id="transfer">{i18n.t('transfer.title')}</h2>
            <Transfer {...props.transfer} />
          </section>
        </>
      )}
      <section aria-labelledby="credits">
        <h2 id="credits">{i18n.t('options.credits')}</h2>
        <ul class="credits">
          <li>{i18n.t('options.creditMaps')}</li>
          <li>{i18n.t('options.creditPlaces')}</li>
          <li>{i18n.t('options.creditRegions')}</li>
          <li>{i18n.t('options.creditCountries')}</li>
          <li>{i18n.t('options.creditWorldRegions')}</li>
          <li>{i18n.t('options.creditCards')}</li>
        </ul>
      </section>
    </main>
  );
}
