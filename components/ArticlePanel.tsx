/** "In this article": the entities found on the page, grouped by kind, with how often each is named. */
import type { Kind } from '../lib/core/knowledge/pack-schema';
import { CARD_STRINGS, type CardLang } from '../lib/core/card-strings';

export interface PanelEntry {
  id: string;
  kind: Kind;
  label: string;
  count: number;
}

interface Props {
  entries: PanelEntry[];
  lang: CardLang;
  theme: 'light' | 'dark';
  fontSize: number;
  onChoose: (id: string) => void;
  onClose: () => void;
}

export function ArticlePanel({ entries, lang, theme, fontSize, onChoose, onClose }: Props) {
  const t = CARD_STRINGS[lang];
  const kinds = [...new Set(entries.map((e) => e.kind))];
  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby="backstory-panel-title"
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      data-theme={theme}
      style={{ '--fs': `${fontSize}px` }}
      tabIndex={-1}
    >
      <header>
        <h2 id="backstory-panel-title">{t.inThisArticle}</h2>
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      {entries.length === 0 && <p class="empty">{t.nothingFound}</p>}
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`backstory-kind-${kind}`}>
          {/* The heading doubles as the legend: it is underlined the way this kind is marked on the page. */}
          <h3 id={`backstory-kind-${kind}`}>
            <span class={`legend kind-${kind}`}>{t.kinds[kind]}</span>
          </h3>
          <ul>
            {entries
              .filter((e) => e.kind === kind)
              .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, lang))
              .map((e) => (
                <li key={e.id}>
                  <button type="button" onClick={() => onChoose(e.id)}>
                    <bdi>{e.label}</bdi>
                    <span class="count">{t.mentions(e.count)}</span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
