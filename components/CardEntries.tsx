/**
 * The lists and records of a card — facts, timeline, designations, sources, related cards, where it
 * is — edited as forms, an entry at a time: add one, change it, remove it. The schema's errors that
 * name an entry (`facts[2].asOf: …`) are shown beside it and mark its inputs; the card is still
 * checked and saved whole (CardManager.tsx). Text in languages other than English and Arabic is kept
 * as the card has it.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { Card, Designation, Fact, Source } from '../lib/core/knowledge/pack-schema';
import { IssueLine } from './IssueLine';

export const ENTRY_FIELDS = ['facts', 'timeline', 'designations', 'sources', 'related', 'geo'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

type Localised = Fact['text'];
type Geo = NonNullable<Card['geo']>;

interface Props {
  field: EntryField;
  card: Card;
  onChange: (card: Card) => void;
  /** An entry of a list was removed: the errors of the entries after it now name the place before. */
  onRemoved: (field: EntryField, at: number) => void;
  /** Every problem of the last save, as `path: message`. */
  errors: readonly string[];
  /** The day a new fact or source starts with. */
  today: string;
}

/** The problems whose path is `path` or lies under it. */
const errorsUnder = (errors: readonly string[], path: string) =>
  errors.filter((e) => {
    const at = e.slice(0, e.indexOf(': '));
    return at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);
  });

/** Where an input is, for a key under a part of the card: its form name, and whether the last save's errors name it or what is under it. */
type Spot = (key: string) => { name: string; invalid: boolean };

/** The spots under the part named `name` in the form (`facts.2`) and `path` in the schema's errors (`facts[2]`). */
const spotsUnder =
  (errors: readonly string[], name: string, path: string): Spot =>
  (key) => ({ name: `${name}.${key}`, invalid: errorsUnder(errors, `${path}.${key}`).length > 0 });

/** `obj` with `key` set to `value`, or left out when `value` is empty. */
function withOptional<T extends object>(obj: T, key: keyof T & string, value: string | string[] | undefined): T {
  const next = { ...obj } as Record<string, unknown>;
  if (value === undefined || value.length === 0) delete next[key];
  else next[key] = value;
  return next as T;
}

/** The non-empty lines of a text field, trimmed: a list of names or ids, one per line. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function CardEntries({ field, card, onChange, onRemoved, errors, today }: Props) {
  const invalid = (path: string) => errorsUnder(errors, path).length > 0;
  const sources = card.sources;
  /** A list field set anew; an optional one left out when it is emptied. */
  const setList = (list: unknown[]) => {
    const next = { ...card } as Record<string, unknown>;
    if (list.length === 0 && field !== 'facts' && field !== 'sources') delete next[field];
    else next[field] = list;
    onChange(next as Card);
  };

  if (field === 'facts' || field === 'timeline')
    return (
      <EntryList<Fact>
        field={field}
        entries={card[field] ?? []}
        errors={errors}
        blank={() => ({ asOf: today, text: { en: '' }, sources: [] })}
        set={setList}
        onRemoved={(at) => onRemoved(field, at)}
      >
        {(fact, _at, set, spot) => (
          <>
            <TextInput
              label={i18n.t('manager.entry.asOf')}
              {...spot('asOf')}
              value={fact.asOf}
              onValue={(asOf) => set({ ...fact, asOf })}
            />
            <LocalisedInputs
              label={[i18n.t('manager.entry.textEn'), i18n.t('manager.entry.textAr')]}
              spot={spot}
              part="text"
              value={fact.text}
              onValue={(text) => set({ ...fact, text })}
            />
            <SourceChecks
              {...spot('sources')}
              cited={fact.sources}
              sources={sources}
              onValue={(cited) => set({ ...fact, sources: cited })}
            />
          </>
        )}
      </EntryList>
    );

  if (field === 'designations')
    return (
      <EntryList<Designation>
        field={field}
        entries={card.designations ?? []}
        errors={errors}
        blank={() => ({ by: { en: '' }, says: { en: '' }, sources: [] })}
        set={setList}
        onRemoved={(at) => onRemoved(field, at)}
      >
        {(d, _at, set, spot) => (
          <>
            <LocalisedInputs
              label={[i18n.t('manager.entry.byEn'), i18n.t('manager.entry.byAr')]}
              spot={spot}
              part="by"
              value={d.by}
              onValue={(by) => set({ ...d, by })}
            />
            <LocalisedInputs
              label={[i18n.t('manager.entry.saysEn'), i18n.t('manager.entry.saysAr')]}
              spot={spot}
              part="says"
              value={d.says}
              onValue={(says) => set({ ...d, says })}
            />
            {(['since', 'until'] as const).map((key) => (
              <TextInput
                key={key}
                label={i18n.t(`manager.entry.${key}`)}
                {...spot(key)}
                value={d[key] ?? ''}
                onValue={(v) => set(withOptional(d, key, v))}
              />
            ))}
            <SourceChecks
              {...spot('sources')}
              cited={d.sources}
              sources={sources}
              onValue={(cited) => set({ ...d, sources: cited })}
            />
          </>
        )}
      </EntryList>
    );

  if (field === 'sources')
    return (
      <EntryList<Source>
        field={field}
        entries={sources}
        errors={errors}
        blank={() => ({ id: '', title: '', url: '', accessed: today })}
        set={setList}
        onRemoved={(at) => onRemoved(field, at)}
      >
        {(s, at, set, spot) => {
          const input = (key: 'id' | 'title' | 'url' | 'accessed', type = 'text') => (
            <TextInput
              label={i18n.t(`manager.entry.source.${key}`)}
              {...spot(key)}
              type={type}
              value={s[key]}
              onValue={(value) =>
                // A source renamed: what rests on it follows (an emptied id keeps the old one cited).
                key === 'id' && s.id && value
                  ? onChange(
                      renameSource(
                        { ...card, sources: sources.map((x, k) => (k === at ? { ...x, id: value } : x)) },
                        s.id,
                        value,
                      ),
                    )
                  : set({ ...s, [key]: value })
              }
            />
          );
          return (
            <>
              {input('id')}
              {input('title')}
              <TextInput
                label={i18n.t('manager.entry.source.publisher')}
                {...spot('publisher')}
                value={s.publisher ?? ''}
                onValue={(publisher) => set(withOptional(s, 'publisher', publisher))}
              />
              {input('url', 'url')}
              {input('accessed')}
            </>
          );
        }}
      </EntryList>
    );

  if (field === 'related')
    return (
      <label class="field">
        {i18n.t('manager.entry.relatedIds')}
        <textarea
          name="related"
          rows={3}
          dir="ltr"
          spellcheck={false}
          value={(card.related ?? []).join('\n')}
          aria-invalid={invalid('related')}
          onInput={(e) => setList(linesOf((e.target as HTMLTextAreaElement).value))}
        />
        <EntryErrors errors={errorsUnder(errors, 'related')} />
      </label>
    );

  // Where it is: a country, a point, or both, and where the point comes from.
  const geo: Partial<Geo> = card.geo ?? {};
  const setGeo = (change: Partial<Geo>) => {
    const merged: Record<string, unknown> = { ...geo, ...change };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const next = { ...card } as Record<string, unknown>;
    if (Object.keys(merged).length === 0) delete next.geo;
    else next.geo = merged;
    onChange(next as Card);
  };
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return (
    <>
      <TextInput
        label={i18n.t('manager.entry.country')}
        name="geo.country"
        value={geo.country ?? ''}
        invalid={invalid('geo.country') || invalid('geo')}
        onValue={(country) => setGeo({ country: country.trim().toUpperCase() || undefined })}
      />
      {(['lat', 'lon'] as const).map((key) => (
        <TextInput
          key={key}
          label={i18n.t(`manager.entry.${key}`)}
          name={`geo.${key}`}
          type="number"
          value={geo[key] === undefined ? '' : String(geo[key])}
          invalid={invalid(`geo.${key}`) || invalid('geo')}
          onValue={(v) => setGeo({ [key]: number(v) })}
        />
      ))}
      <SourceChecks
        {...spotsUnder(errors, 'geo', 'geo')('sources')}
        cited={geo.sources ?? []}
        sources={sources}
        onValue={(cited) => setGeo({ sources: cited.length ? cited : undefined })}
      />
      <EntryErrors errors={errorsUnder(errors, 'geo')} />
    </>
  );
}

/**
 * The errors of the last save once entry `at` of `field` is removed: its own are dropped, and those of
 * the entries after it name their new places (`facts[3]` becomes `facts[2]`), so each stays beside
 * the entry it is about.
 */
export function errorsAfterRemoval(errors: readonly string[], field: EntryField, at: number): string[] {
  const prefix = `${field}[`;
  return errors.flatMap((e) => {
    if (!e.startsWith(prefix)) return [e];
    const close = e.indexOf(']', prefix.length);
    const k = Number(e.slice(prefix.length, close));
    if (k === at) return [];
    return [k > at ? `${prefix}${k - 1}${e.slice(close)}` : e];
  });
}

/** The card with every citation of source `from` made to `to`: its facts', timeline's, designations' and point's. */
function renameSource(card: Card, from: string, to: string): Card {
  const cite = (ids: readonly string[]) => ids.map((id) => (id === from ? to : id));
  const next: Card = { ...card, facts: card.facts.map((f) => ({ ...f, sources: cite(f.sources) })) };
  if (card.timeline) next.timeline = card.timeline.map((f) => ({ ...f, sources: cite(f.sources) }));
  if (card.designations) next.designations = card.designations.map((d) => ({ ...d, sources: cite(d.sources) }));
  if (card.geo?.sources) next.geo = { ...card.geo, sources: cite(card.geo.sources) };
  return next;
}

/** A list of entries, each in a group of its own with its errors and a button that removes it, and a button that adds one. */
function EntryList<T>(props: {
  field: 'facts' | 'timeline' | 'designations' | 'sources';
  entries: readonly T[];
  errors: readonly string[];
  blank: () => T;
  set: (entries: T[]) => void;
  onRemoved: (at: number) => void;
  children: (entry: T, at: number, set: (entry: T) => void, spot: Spot) => ComponentChildren;
}) {
  const { field, entries, set } = props;
  return (
    <>
      <ol class="entries">
        {entries.map((entry, at) => (
          <li key={at}>
            <fieldset class="entry" data-entry={`${field}.${at}`}>
              <legend>{i18n.t(`manager.entry.legend.${field}`, [String(at + 1)])}</legend>
              {props.children(
                entry,
                at,
                (next) => set(entries.map((e, k) => (k === at ? next : e))),
                spotsUnder(props.errors, `${field}.${at}`, `${field}[${at}]`),
              )}
              <EntryErrors errors={errorsUnder(props.errors, `${field}[${at}]`)} />
              <button
                type="button"
                class="remove-entry"
                onClick={() => {
                  set(entries.filter((_, k) => k !== at));
                  props.onRemoved(at);
                }}
              >
                {i18n.t('manager.entry.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="add-entry" data-field={field} onClick={() => set([...entries, props.blank()])}>
        {i18n.t(`manager.entry.add.${field}`)}
      </button>
    </>
  );
}

function EntryErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul class="entry-errors">
      {errors.map((e) => (
        <IssueLine key={e} line={e} />
      ))}
    </ul>
  );
}

function TextInput(props: {
  label: string;
  name: string;
  value: string;
  invalid: boolean;
  onValue: (value: string) => void;
  type?: string;
  dir?: 'ltr' | 'rtl';
  multiline?: boolean;
}) {
  const common = {
    name: props.name,
    value: props.value,
    dir: props.dir ?? 'ltr',
    'aria-invalid': props.invalid,
    onInput: (e: Event) => props.onValue((e.target as HTMLInputElement).value),
  };
  return (
    <label class="field">
      {props.label}
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? 'text'} {...(props.type === 'number' ? { step: 'any' } : {})} {...common} />
      )}
    </label>
  );
}

/**
 * The English and the Arabic of a text, `part` of an entry; an emptied Arabic is left out (English
 * is required). The English is marked with any error of the text, the Arabic with its own.
 */
function LocalisedInputs(props: {
  label: [string, string];
  spot: Spot;
  part: string;
  value: Localised;
  onValue: (value: Localised) => void;
}) {
  const { value, spot, part } = props;
  return (
    <>
      <TextInput
        label={props.label[0]}
        name={spot(`${part}.en`).name}
        invalid={spot(part).invalid}
        value={value.en}
        multiline
        onValue={(en) => props.onValue({ ...value, en })}
      />
      <TextInput
        label={props.label[1]}
        {...spot(`${part}.ar`)}
        value={value.ar ?? ''}
        dir="rtl"
        multiline
        onValue={(ar) => props.onValue(withOptional(value, 'ar', ar))}
      />
    </>
  );
}

/** Which of the card's sources an entry rests on: one box each, and any id the card lacks, to untick. */
function SourceChecks(props: {
  name: string;
  cited: readonly string[];
  sources: readonly Source[];
  invalid: boolean;
  onValue: (cited: string[]) => void;
}) {
  const { cited } = props;
  const known = props.sources.filter((s) => s.id);
  const missing = cited.filter((id) => !known.some((s) => s.id === id));
  return (
    <fieldset class={props.invalid ? 'cites invalid' : 'cites'}>
      <legend>{i18n.t('manager.entry.cites')}</legend>
      {known.length === 0 && missing.length === 0 && <p class="muted">{i18n.t('manager.entry.noSources')}</p>}
      {[...known.map((s) => ({ id: s.id, title: s.title })), ...missing.map((id) => ({ id, title: '' }))].map(
        ({ id, title }) => (
          <label key={id}>
            <input
              type="checkbox"
              name={props.name}
              value={id}
              checked={cited.includes(id)}
              aria-invalid={props.invalid}
              onChange={(e) =>
                props.onValue((e.target as HTMLInputElement).checked ? [...cited, id] : cited.filter((x) => x !== id))
              }
            />{' '}
            <bdi>{id}</bdi>
            {title && (
              <>
                {' — '}
                <bdi>{title}</bdi>
              </>
            )}
          </label>
        ),
      )}
    </fieldset>
  );
}
