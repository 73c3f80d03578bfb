/**
 * The toolbar popup: Backstory on or off for this site (the page follows at once), pause
 * everywhere, how many names the page has, and the "In this article" list.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Kind } from '../lib/core/knowledge/pack-schema';
import type { PageSummary } from '../lib/core/protocol';
import { activeOn, type Settings } from '../lib/core/settings';
import { cardLangOf } from '../lib/core/card-strings';
import { kindName } from './pack-names';
import { ReadyProgress, type Progress } from './ReadyProgress';

interface Props {
  tabId: number | undefined;
  /** Card labels in one language, from the background: it owns the database. */
  loadLabels: (ids: string[], lang: 'ar' | 'en') => Promise<Record<string, string>>;
  /** Where the background keeps its data: 'memory' when IndexedDB could not be opened. */
  loadStorage: () => Promise<'indexeddb' | 'memory'>;
  /** How far the install of large packs is, while one runs. */
  loadProgress?: () => Promise<Progress | undefined>;
  loadSummary: () => Promise<PageSummary | undefined>;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: (s: Settings) => Settings) => Promise<Settings>;
  watchSettings: (onChange: (s: Settings) => void) => () => void;
  openEntity: (id: string) => void;
  togglePanel: () => void;
  openOptions: () => void;
  /** The library, every card; absent where it cannot be opened. */
  openLibrary?: () => void;
}

/** The content script needs a moment to follow a settings change before the summary is asked again. */
const REFRESH_DELAY_MS = 250;

export function Popup(props: Props) {
  const [settings, setSettings] = useState<Settings>();
  const [summary, setSummary] = useState<PageSummary | null>();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [storage, setStorage] = useState<'indexeddb' | 'memory'>('indexeddb');
  const lang = cardLangOf(i18n.t('@@ui_locale'));

  const refresh = async () => {
    const s = (await props.loadSummary()) ?? null;
    setSummary(s);
    if (s?.entities.length)
      setLabels(
        await props.loadLabels(
          s.entities.map((e) => e.id),
          lang,
        ),
      );
  };

  useEffect(() => {
    void props.loadSettings().then(setSettings);
    void props.loadStorage().then(setStorage);
    void refresh();
    return props.watchSettings((next) => {
      setSettings(next);
      setTimeout(() => void refresh(), REFRESH_DELAY_MS);
    });
  }, []);

  if (!settings || summary === undefined) return <main class="popup" aria-busy="true" />;
  const host = summary?.host;
  const onHere = host ? activeOn({ ...settings, paused: false }, host) : false;
  const kinds = [...new Set(summary?.entities.map((e) => e.kind as Kind))];
  const count = summary?.active ? summary.entities.length : 0;

  return (
    <main class="popup">
      <h1>{i18n.t('extName')}</h1>
      {props.loadProgress && <ReadyProgress load={props.loadProgress} />}
      {storage === 'memory' && (
        <p class="note warning" role="status" data-storage="memory">
          {i18n.t('popup.memoryOnly')}
        </p>
      )}
      {host ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={onHere}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              void props.updateSettings((s) => ({
                ...s,
                disabledSites: on
                  ? s.disabledSites.filter((d) => d !== host)
                  : [...new Set([...s.disabledSites, host])],
              }));
            }}
          />
          <span>{i18n.t('popup.onForSite', [host])}</span>
        </label>
      ) : (
        <p class="note">{i18n.t('popup.unavailable')}</p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void props.updateSettings((s) => ({ ...s, paused: (e.target as HTMLInputElement).checked }))}
        />
        <span>{i18n.t('popup.pause')}</span>
      </label>
      {summary && !summary.active && <p class="note">{i18n.t('popup.offHere')}</p>}
      {summary?.active && (
        <>
          <p class="count" data-count={count}>
            {i18n.t('popup.found', count, [String(count)])}
          </p>
          {count > 0 && (
            <section aria-labelledby="in-article">
              <h2 id="in-article">{i18n.t('popup.inThisArticle')}</h2>
              {kinds.map((kind) => (
                <div key={kind}>
                  <h3>{kindName(kind)}</h3>
                  <ul>
                    {summary.entities
                      .filter((e) => e.kind === kind)
                      .sort((a, b) => b.count - a.count)
                      .map((e) => (
                        <li key={e.id}>
                          <button type="button" data-entity={e.id} onClick={() => props.openEntity(e.id)}>
                            <bdi>{labels[e.id] ?? e.id}</bdi>
                            <span class="muted">{i18n.t('popup.mentions', e.count, [String(e.count)])}</span>
                          </button>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
              <button type="button" class="link" onClick={props.togglePanel}>
                {i18n.t('popup.showPanel')}
              </button>
            </section>
          )}
        </>
      )}
      <button type="button" class="link" onClick={props.openOptions}>
        {i18n.t('popup.settings')}
      </button>
      {props.openLibrary && (
        <button type="button" class="link" data-open="library" onClick={props.openLibrary}>
          {i18n.t('library.open')}
        </button>
      )}
    </main>
  );
}
