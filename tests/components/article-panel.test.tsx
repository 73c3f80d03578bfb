/** "In this article": the names on the page, grouped by kind and counted. */
import { describe, expect, it, vi } from 'vitest';
import { ArticlePanel, type PanelEntry } from '../../components/ArticlePanel';
import { click, mount, texts } from './mount';

const ENTRIES: PanelEntry[] = [
  { id: 'turkey', kind: 'country', label: 'Turkey', count: 2 },
  { id: 'erdogan', kind: 'person', label: 'Recep Tayyip Erdoğan', count: 5 },
  { id: 'syria', kind: 'country', label: 'Syria', count: 7 },
  { id: 'iraq', kind: 'country', label: 'Iraq', count: 2 },
];

const show = (entries: PanelEntry[], onChoose = vi.fn<(id: string) => void>(), lang: 'en' | 'ar' = 'en') =>
  mount(
    <ArticlePanel
      entries={entries}
      lang={lang}
      theme="light"
      fontSize={15}
      onChoose={onChoose}
      onClose={() => undefined}
    />,
  );

describe('ArticlePanel', () => {
  it('groups the names by kind, most named first, and counts each', async () => {
    const root = await show(ENTRIES);
    expect(texts(root, 'h3')).toEqual(['Country', 'Person']);
    const countries = root.querySelectorAll('section')[0]!;
    expect(texts(countries, 'li bdi')).toEqual(['Syria', 'Iraq', 'Turkey']); // ties by name
    expect(texts(countries, 'li .count')).toEqual(['7 mentions', '2 mentions', '2 mentions']);
    expect(texts(root.querySelectorAll('section')[1]!, 'li')).toEqual(['Recep Tayyip Erdoğan5 mentions']);
  });

  it('calls back with the entity the reader chooses', async () => {
    const onChoose = vi.fn<(id: string) => void>();
    const root = await show(ENTRIES, onChoose);
    const erdogan = [...root.querySelectorAll('li button')].find((b) => b.textContent?.includes('Erdoğan'));
    await click(erdogan ?? null);
    expect(onChoose).toHaveBeenCalledWith('erdogan');
  });

  it('says when nothing was found, and reads right to left in Arabic', async () => {
    const root = await show([], undefined, 'ar');
    expect(root.querySelector('.panel')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.empty')).not.toBeNull();
    expect(root.querySelectorAll('section')).toHaveLength(0);
  });
});
