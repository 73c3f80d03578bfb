/** The background card: title, kind, summary, dated facts and their sources. Text only, no HTML. */
import type { Card as CardData, Source } from '../lib/knowledge/pack-schema';
import { pick } from '../lib/knowledge/pack-schema';
import { CARD_STRINGS, formatDate, safeHref, type CardLang } from '../lib/ui/card-strings';

interface Props {
  card: CardData;
  lang: CardLang;
  onClose: () => void;
}

const MAX_FACTS = 4;

export function Card({ card, lang, onClose }: Props) {
  const t = CARD_STRINGS[lang];
  const title = pick(card.label, lang);
  const summary = pick(card.summary, lang);
  const description = card.description ? pick(card.description, lang) : undefined;
  const facts = [...card.facts].sort((a, b) => b.asOf.localeCompare(a.asOf)).slice(0, MAX_FACTS);
  const cited = new Set(facts.flatMap((f) => f.sources));
  const sources = card.sources.filter((s) => cited.has(s.id));
  const titleId = `backstory-title-${card.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-summary`} dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} tabIndex={-1}>
      <header>
        <div>
          <h2 id={titleId} lang={title.lang}>
            <bdi>{title.text}</bdi>
          </h2>
          <p class="kind">{t.kinds[card.kind]}</p>
        </div>
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      {description && (
        <p class="description" lang={description.lang}>
          {description.text}
        </p>
      )}
      <p class="summary" id={`${titleId}-summary`} lang={summary.lang}>
        {summary.text}
      </p>
      {facts.length > 0 && (
        <section aria-label={t.facts}>
          <h3>{t.facts}</h3>
          <ul class="facts">
            {facts.map((fact) => {
              const text = pick(fact.text, lang);
              return (
                <li key={fact.asOf + text.text}>
                  <time dateTime={fact.asOf}>{formatDate(fact.asOf, lang)}</time>
                  <span lang={text.lang}>{text.text}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {sources.length > 0 && (
        <section aria-label={t.sources}>
          <h3>{t.sources}</h3>
          <ul class="sources">
            {sources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ul>
        </section>
      )}
      <p class="reviewed">{t.reviewed(formatDate(card.reviewed, lang))}</p>
    </div>
  );
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const label = source.publisher ? `${source.title} — ${source.publisher}` : source.title;
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          <bdi>{label}</bdi>
        </a>
      ) : (
        <bdi>{label}</bdi>
      )}
    </li>
  );
}
