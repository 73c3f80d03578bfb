/**
 * The library: every card Backstory holds, browsed by kind, pack, part of the world and country,
 * found by any of its names in any of the twelve languages or by words of its description, and read
 * in full — the same card component a page shows, with every fact, timeline event, designation and
 * source, and its related cards one click away. The list is windowed (VirtualList): 50,000 cards
 * scroll as 50 do.
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardResponse } from '../lib/core/protocol';
import { cardLangOf } from '../lib/core/card-strings';
import {
  browse,
  labelIn,
  prepareSearch,
  type CatalogueEntry,
  type CatalogueFilter,
} from '../lib/core/library-catalogue';
import { KINDS, type Kind } from '../lib/core/knowledge/pack-schema';
import { CardPreview } from './CardPreview';
import { kindName, packName } from './pack-names';
import { PackFacts } from './PackFacts';
import { PackOriginLine } from './PackOrigin';
import type { KindCounts, PackInfo } from '../lib/core/write-results';
import { VirtualList } from './VirtualList';
import { countryIsIn, WORLD_REGIONS } from '../lib/core/world-regions';

const ROW_HEIGHT = 44;

interface Props {
  readCatalogue: (onChunk: (entries: CatalogueEntry[]) => void) => Promise<void>;
  /** The ids of cards named in the query, best first (the matcher's answer and names by their start). */
  searchNames: (query: string) => Promise<string[]>;
  loadCard: (id: string) => Promise<CardResponse | undefined>;
  /** Calls back with the packs now and whenever one changes; returns the unsubscribe. */
  watchPacks: (onChange: (packs: PackInfo[]) => void) => () => void;
  /** Cards merged into another (card id → the card it is part of): listed once, as that card. */
  loadMerged: () => Promise<Record<string, string>>;
  /** The card to open first (`library.html#card=ID`). */
  initial?: string;
  /** A card was opened: the address follows, so it can be shared and the Back button works. */
  onOpen?: (id: string) => void;
  theme: 'light' | 'dark';
}

export function Library(props: Props) {
  const lang = cardLangOf(i18n.t('@@ui_locale'));
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [reading, setReading] = useState(true);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [merged, setMerged] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<CatalogueFilter>({});
  const [query, setQuery] = useState('');
  const [named, setNamed] = useState<{ query: string; ids: string[] }>({ query: '', ids: [] });
  const [selected, setSelected] = useState<string | undefined>(props.initial);
  const [card, setCard] = useState<CardResponse>();
  const typedAt = useRef(0);

  useEffect(() => {
    let all: CatalogueEntry[] = [];
    let first = true;
    void props
      .readCatalogue((chunk) => {
        if (first) performance.mark('library:first-chunk');
        all = all.concat(chunk);
        setEntries(all);
        if (first) requestAnimationFrame(() => performance.mark('library:first-rows'));
        first = false;
      })
      .finally(() => setReading(false));
    // Which cards are merged follows the packs: read again when one is installed, updated or switched.
    return props.watchPacks((packs) => {
      setPacks(packs);
      void props.loadMerged().then(setMerged, () => undefined);
    });
  }, []);

  useEffect(() => {
    if (!selected) return;
    let current = true;
    void props.loadCard(selected).then((r) => current && setCard(r));
    props.onOpen?.(selected);
    return () => {
      current = false;
    };
  }, [selected]);

  // Names are asked for as the reader types, from the input's handler rather than an effect, which
  // runs only after the next paint; an answer to an older query is dropped.
  const asked = useRef('');
  const askNames = (query: string) => {
    asked.current = query;
    if (!query.trim()) return setNamed({ query: '', ids: [] });
    void props.searchNames(query).then((ids) => asked.current === query && setNamed({ query, ids }));
  };

  // Each thing once: a card merged into another is listed, and opened, as that one.
  const listed = useMemo(() => entries.filter((e) => !(e.id in merged)), [entries, merged]);
  const shown = useMemo(
    () =>
      query.trim()
        ? browse(listed, filter, {
            text: query,
            named: named.query === query ? named.ids.map((id) => merged[id] ?? id) : [],
          })
        : browse(listed, filter),
    [listed, filter, query, named, merged],
  );

  // The search's index of every card's words, built while the reader has not yet typed.
  useEffect(() => {
    if (reading) return;
    const idle = requestIdleCallback(() => prepareSearch(listed));
    return () => cancelIdleCallback(idle);
  }, [listed, reading]);

  // Typing to results on screen, for the timing the tests report: from the keystroke to the frame
  // that paints them (a layout effect runs as they reach the DOM; its animation frame is the one
  // painted next — an effect would run only after that paint, and its frame would be one later).
  useLayoutEffect(() => {
    if (typedAt.current && named.query === query) {
      const start = typedAt.current;
      typedAt.current = 0;
      requestAnimationFrame(() => performance.measure('library:search', { start, end: performance.now() }));
    }
  }, [shown]);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const names = useMemo(() => new Intl.DisplayNames([lang], { type: 'region' }), [lang]);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  const codes = useMemo(
    () => [...new Set(entries.map((e) => e.country).filter((c): c is string => !!c))],
    [reading, lang],
  );
  // The continents and their parts that hold a card's country: each continent ("All of Africa"),
  // then its parts.
  const regions = useMemo(
    () =>
      WORLD_REGIONS.continents
        .map((continent) => {
          const label = names.of(continent.code) ?? continent.code;
          const parts = continent.regions
            .filter((r) => codes.some((code) => countryIsIn(code, r.code)))
            .map((r) => ({ value: r.code, label: names.of(r.code) ?? r.code }))
            .sort(byName);
          return { label, options: [{ value: continent.code, label: i18n.t('library.allOf', [label]) }, ...parts] };
        })
        .filter((group) => group.options.length > 1)
        .sort(byName),
    [codes, names],
  );
  const countries = useMemo(
    () =>
      codes
        .filter((code) => !filter.region || countryIsIn(code, filter.region))
        .map((code) => ({ value: code, label: names.of(code) ?? code }))
        .sort(byName),
    [codes, names, filter.region],
  );

  const related = useMemo(
    () =>
      (card?.card?.related ?? [])
        .map((id) => byId.get(id))
        .filter((e): e is CatalogueEntry => !!e)
        .map((e) => ({ id: e.id, label: labelIn(e, lang) })),
    [card, byId],
  );
  const full = useMemo(() => ({ related, open: setSelected }), [related]);

  return (
    <main class="library">
      <header class="library-head">
        <h1>{i18n.t('library.title')}</h1>
        <label class="search">
          <span>{i18n.t('library.search')}</span>
          <input
            type="search"
            name="library-search"
            value={query}
            onInput={(e) => {
              typedAt.current = performance.now();
              const typed = (e.target as HTMLInputElement).value;
              setQuery(typed);
              askNames(typed);
            }}
          />
        </label>
        <div class="filters">
          <FilterSelect
            name="kind"
            label={i18n.t('library.kind')}
            value={filter.kind}
            options={KINDS.map((k) => ({ value: k, label: kindName(k) }))}
            onChoose={(kind) => setFilter({ ...filter, kind: kind as Kind | undefined })}
          />
          <FilterSelect
            name="pack"
            label={i18n.t('library.pack')}
            value={filter.pack}
            options={packs.map((p) => ({ value: p.id, label: packName(p) }))}
            onChoose={(pack) => setFilter({ ...filter, pack })}
          />
          <FilterSelect
            name="region"
            label={i18n.t('library.region')}
            value={filter.region}
            groups={regions}
            onChoose={(region) =>
              // A country outside the region chosen would leave nothing listed: it is let go.
              setFilter({
                ...filter,
                region,
                country: region && !countryIsIn(filter.country, region) ? undefined : filter.country,
              })
            }
          />
          <FilterSelect
            name="country"
            label={i18n.t('library.country')}
            value={filter.country}
            options={countries}
            onChoose={(country) => setFilter({ ...filter, country })}
          />
        </div>
        <p class="muted" role="status" data-count={shown.length} aria-busy={reading}>
          {reading
            ? i18n.t('library.reading', [String(entries.length)])
            : i18n.t('library.count', shown.length, [String(shown.length)])}
        </p>
      </header>
      {filter.pack && (
        <PackAbout
          pack={packs.find((p) => p.id === filter.pack)}
          entries={entries.filter((e) => e.pack === filter.pack)}
        />
      )}
      <div class="library-body">
        <nav class="results" aria-label={i18n.t('library.results')}>
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            label={i18n.t('library.results')}
            row={(e) => (
              <button
                type="button"
                class="entry"
                data-card={e.id}
                aria-current={e.id === selected ? 'true' : undefined}
                onClick={() => setSelected(e.id)}
              >
                <bdi class="entry-label">{labelIn(e, lang)}</bdi>
                <span class="entry-kind muted">
                  {kindName(e.kind)}
                  {e.edited && ` · ${i18n.t('manager.edited')}`}
                </span>
              </button>
            )}
          />
        </nav>
        <section class="reader" aria-live="polite">
          {card?.card ? (
            <>
              <CardPreview response={card} lang={lang} theme={props.theme} full={full} maxWidth={640} />
              <p>
                <a class="correct" href={`options.html#edit=${card.card.id}`}>
                  {i18n.t('library.correct')}
                </a>
              </p>
            </>
          ) : (
            <p class="muted">{i18n.t('library.choose')}</p>
          )}
        </section>
      </div>
    </main>
  );
}

interface Choice {
  value: string;
  label: string;
}

/** One way of narrowing the list: "All", or one of `options` (or of `groups`, each under its heading). */
function FilterSelect({
  name,
  label,
  value,
  options = [],
  groups = [],
  onChoose,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options?: Choice[];
  groups?: { label: string; options: Choice[] }[];
  onChoose: (value: string | undefined) => void;
}) {
  const option = (o: Choice) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <label>
      <span>{label}</span>
      <select
        name={name}
        value={value ?? ''}
        onChange={(e) => onChoose((e.target as HTMLSelectElement).value || undefined)}
      >
        <option value="">{i18n.t('library.all')}</option>
        {options.map(option)}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(option)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** A pack in a few lines: its version, whether it is on, its cards by kind, and where its data comes from. */
function PackAbout({ pack, entries }: { pack: PackInfo | undefined; entries: readonly CatalogueEntry[] }) {
  if (!pack) return null;
  const kinds: KindCounts = {};
  for (const e of entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  return (
    <section class="pack-about" aria-label={packName(pack)}>
      <p>
        <strong>{packName(pack)}</strong> · {i18n.t('library.version', [pack.version])} ·{' '}
        {pack.enabled ? i18n.t('library.packOn') : i18n.t('library.packOff')}
      </p>
      <PackOriginLine pack={pack} />
      <PackFacts id={pack.id} kinds={kinds} />
    </section>
  );
}
