/** The toolbar popup, given its data as functions: the count, the list, and the switches. */
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { click, mount, texts } from './mount';

/** What the content script reports, as the popup's own prop types say (whichever module defines it). */
type PageSummary = NonNullable<Awaited<ReturnType<Parameters<typeof Popup>[0]['loadSummary']>>>;

const SUMMARY: PageSummary = {
  host: 'news.example.org',
  active: true,
  entities: [
    { id: 'erdogan', kind: 'person', count: 3 },
    { id: 'turkey', kind: 'country', count: 1 },
  ],
};

/** `null`: no content script answers (a browser page, the web store). */
function popup(summary: PageSummary | null = SUMMARY, settings: Settings = DEFAULT_SETTINGS) {
  let current = settings;
  const updateSettings = vi.fn(async (change: (s: Settings) => Settings) => (current = change(current)));
  const openEntity = vi.fn<(id: string) => void>();
  const tree = (
    <Popup
      tabId={7}
      loadLabels={async (ids) =>
        Object.fromEntries(ids.map((id) => [id, id === 'erdogan' ? 'Recep Tayyip Erdoğan' : 'Turkey']))
      }
      loadStorage={async () => 'indexeddb'}
      loadSummary={async () => summary ?? undefined}
      loadSettings={async () => current}
      updateSettings={updateSettings}
      watchSettings={() => () => undefined}
      openEntity={openEntity}
      togglePanel={() => undefined}
      openOptions={() => undefined}
    />
  );
  return { tree, updateSettings, openEntity, settings: () => current };
}

describe('Popup', () => {
  it('shows how many names the page has, and lists them by kind with their labels', async () => {
    const root = await mount(popup().tree);
    expect(root.querySelector('.count')?.getAttribute('data-count')).toBe('2');
    expect(root.querySelector('.count')?.textContent).toBe('2 names found on this page');
    expect(texts(root, '[data-entity] bdi')).toEqual(['Recep Tayyip Erdoğan', 'Turkey']);
  });

  it('turns Backstory off for this site through its callback, and on again', async () => {
    const p = popup();
    const root = await mount(p.tree);
    const label = [...root.querySelectorAll('label.switch')].find((l) => l.textContent === 'On for news.example.org')!;
    const input = label.querySelector('input')!;
    expect(input.checked).toBe(true);
    await click(input);
    expect(p.updateSettings).toHaveBeenCalledTimes(1);
    expect(p.settings().disabledSites).toEqual(['news.example.org']);
    await click(input);
    expect(p.settings().disabledSites).toEqual([]);
  });

  it('opens the chosen entity', async () => {
    const p = popup();
    const root = await mount(p.tree);
    await click(root.querySelector('[data-entity="turkey"]'));
    expect(p.openEntity).toHaveBeenCalledWith('turkey');
  });

  it('says so where no content script runs', async () => {
    const root = await mount(popup(null).tree);
    expect(root.querySelector('.note')?.textContent).toBe('Backstory does not run on this page.');
    expect(root.querySelector('.count')).toBeNull();
  });
});
