/**
 * The background card: title, kind, summary, what changed since the article, dated facts and their
 * sources, and how fresh the card is. Text only, no HTML.
 */
import type { LocatorMap } from '../lib/core/maps/locator';
import type { OfficeHeader } from '../lib/core/titles/office-header';
import type { Card as CardData, Fact, Source } from '../lib/core/knowledge/pack-schema';
import { pick } from '../lib/core/knowledge/pack-schema';
import { isStale, sinceArticle } from '../lib/core/knowledge/timeline';
import { CARD_STRINGS, formatDate, linkHost, safeHref, type CardLang } from '../lib/core/card-strings';

export interface CardView {
  card: CardData;
  lang: CardLang;
  /** Top-level fields the reader changed. */
  edited: string[];
  /** The reader wrote this card (it belongs to no pack). */
  own?: boolean;
  /** The article's publication date (YYYY-MM-DD), when the page states one. */
  published?: string;
  today: Date;
  theme: 'light' | 'dark';
  fontSize: number;
  pinned: boolean;
  /** Where the place or country is, drawn by the background. */
  map?: LocatorMap;
  /** Opened from a title ("the Russian president"): the office, on the article's date, and today's holder's name. */
  office?: OfficeHeader & { todayName?: CardData['label'] };
  /**
   * The card read in full (the library): every fact, the timeline, the designations, every source,
   * and the related cards, each opened by `open`. On a page the card stays short.
   */
  full?: { related: { id: string; label: string }[]; open: (id: string) => void };
}

interface Props {
  view: CardView;
  onClose: () => void;
  onPin: () => void;
  /** "Not this entity here": stop marking this name as this entity on this site. */
  onNotThis?: (trusted: boolean) => void;
}

const MAX_FACTS = 4;
const MAX_SINCE = 3;

export function Card({ view, onClose, onPin, onNotThis }: Props) {
  const { card, lang } = view;
  const t = CARD_STRINGS[lang];
  const since = view.published ? sinceArticle(card, view.published).slice(-MAX_SINCE) : [];
  const title = pick(card.label, lang);
  const summary = pick(card.summary, lang);
  const description = card.description ? pick(card.description, lang) : undefined;
  const full = view.full;
  const facts = [...card.facts].sort((a, b) => b.asOf.localeCompare(a.asOf)).slice(0, full ? undefined : MAX_FACTS);
  const timeline = full ? [...(card.timeline ?? [])].sort((a, b) => a.asOf.localeCompare(b.asOf)) : [];
  const designations = full ? (card.designations ?? []) : [];
  // On a page, only the sources of what is shown; read in full, every source.
  const cited = new Set([...since, ...facts].flatMap((f) => f.sources));
  const office = view.office;
  // The office record's sources first: the header is a fact like any other.
  const sources = [...(office?.sources ?? []), ...card.sources.filter((s) => full || cited.has(s.id))];
  const titleId = `backstory-title-${card.id}`;
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-summary`}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      data-theme={view.theme}
      style={{ '--fs': `${view.fontSize}px` }}
      tabIndex={-1}
    >
      {office && <OfficeLine office={office} person={title.text} lang={lang} />}
      <header>
        <div>
          <h2 id={titleId} lang={title.lang}>
            <bdi>{title.text}</bdi>
          </h2>
          <p class="kind">
            {t.kinds[card.kind]}
            {view.own ? (
              <span class="edited"> · {t.yourCard}</span>
            ) : (
              view.edited.length > 0 && <span class="edited"> · {t.editedByYou}</span>
            )}
          </p>
        </div>
        <div class="actions">
          <button
            type="button"
            class="pin"
            aria-pressed={view.pinned}
            aria-label={view.pinned ? t.unpin : t.pin}
            title={view.pinned ? t.unpin : t.pin}
            onClick={onPin}
          >
            {view.pinned ? '●' : '○'}
          </button>
          <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
            ×
          </button>
        </div>
      </header>
      {description && (
        <p class="description" lang={description.lang}>
          {description.text}
        </p>
      )}
      <p class="summary" id={`${titleId}-summary`} lang={summary.lang}>
        {summary.text}
      </p>
      {view.map && <LocatorFigure map={view.map} label={t.mapOf(title.text)} credit={t.mapCredit} />}
      {since.length > 0 && (
        <section class="since" aria-label={t.sinceArticle(formatDate(view.published!, lang))}>
          <h3>{t.sinceArticle(formatDate(view.published!, lang))}</h3>
          <FactList facts={since} lang={lang} />
        </section>
      )}
      {facts.length > 0 && (
        <section aria-label={t.facts}>
          <h3>{t.facts}</h3>
          <FactList facts={facts} lang={lang} />
        </section>
      )}
      {timeline.length > 0 && (
        <section aria-label={t.timeline}>
          <h3>{t.timeline}</h3>
          <FactList facts={timeline} lang={lang} />
        </section>
      )}
      {designations.length > 0 && (
        <section aria-label={t.designations}>
          <h3>{t.designations}</h3>
          <ul class="facts designations">
            {designations.map((d) => {
              const by = pick(d.by, lang);
              const says = pick(d.says, lang);
              const when = [
                d.since && t.sinceDate(formatDate(d.since, lang)),
                d.until && t.untilDate(formatDate(d.until, lang)),
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <li key={by.text + says.text}>
                  <span>
                    <bdi lang={by.lang}>{by.text}</bdi>: <span lang={says.lang}>{says.text}</span>
                    {when && ` (${when})`}
                  </span>
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
      {full && full.related.length > 0 && (
        <section aria-label={t.related}>
          <h3>{t.related}</h3>
          <ul class="related">
            {full.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="related-card" data-card={r.id} onClick={() => full.open(r.id)}>
                  <bdi>{r.label}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="reviewed">
        {t.reviewed(formatDate(card.reviewed, lang))}
        {onNotThis && (
          <>
            {' · '}
            <button type="button" class="not-this" onClick={(e) => onNotThis(e.isTrusted)}>
              {t.notThisHere}
            </button>
          </>
        )}
      </p>
      {isStale(card.reviewed, view.today) && (
        <p class="stale" role="note">
          {t.stale}
        </p>
      )}
    </div>
  );
}

function FactList({ facts, lang }: { facts: Fact[]; lang: CardLang }) {
  return (
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
  );
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const label = source.publisher ? `${source.title} — ${source.publisher}` : source.title;
  return (
    <li>
      {href ? (
        <>
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{label}</bdi>
          </a>{' '}
          <span class="host" dir="ltr">
            ({linkHost(href)})
          </span>
        </>
      ) : (
        <bdi>{label}</bdi>
      )}
    </li>
  );
}

/** The locator map: neighbours, the country outlined, the place's dot, and a world inset. Not mirrored in Arabic: a map is not text. */
function LocatorFigure({ map, label, credit }: { map: LocatorMap; label: string; credit: string }) {
  const { inset } = map;
  return (
    <figure class="map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} dir="ltr">
        <rect class="sea" width={map.width} height={map.height} />
        <path class="land" d={map.land} />
        {map.focus && <path class="focus" d={map.focus} />}
        {map.dot && <circle class="dot" cx={map.dot[0]} cy={map.dot[1]} r={4} />}
        <g transform={`translate(${map.width - inset.width - 4} ${map.height - inset.height - 4})`}>
          <rect class="inset" width={inset.width} height={inset.height} />
          <path class="inset-land" d={inset.world} />
          <circle class="inset-ring" cx={inset.at[0]} cy={inset.at[1]} r={inset.r} />
        </g>
      </svg>
      <figcaption>{credit}</figcaption>
    </figure>
  );
}

/** "President of Russia at the time of this article (29 September 2021): Vladimir Putin", and today's holder. */
function OfficeLine({
  office,
  person,
  lang,
}: {
  office: NonNullable<CardView['office']>;
  person: string;
  lang: CardLang;
}) {
  const t = CARD_STRINGS[lang];
  const label = pick(office.office, lang).text;
  const head = office.published ? t.officeAt(label, formatDate(office.published, lang)) : t.officeUndated(label);
  const today = office.today && office.todayName ? pick(office.todayName, lang).text : undefined;
  return (
    <div class="office">
      <p class="office-then">
        {head}: <bdi>{person}</bdi>
        {office.acting && ` (${t.acting})`}
      </p>
      {today && (
        <p class="office-now">
          {t.officeToday(formatDate(office.today!.since, lang))}: <bdi>{today}</bdi>
        </p>
      )}
    </div>
  );
}
