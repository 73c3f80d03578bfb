/**
 * The card manager: find a card by any of its names (through the matcher's own folding, so
 * بأردوغان finds Erdoğan), read it, edit it, write a new one, revert or delete, and undo "not this
 * entity here". Every write is validated as a whole card; errors name the field. The page that
 * shows it hands in every read and write as a function: the component never holds the database.
 */
import type { ComponentChildren } from 'preact';
import { isoDay } from '../lib/core/base/dates';
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { USER_PACK, type CardRow } from '../lib/core/knowledge/pack-merge';
import { KINDS, LANGS, NAMED_KINDS, pick, type Card, type Lang } from '../lib/core/knowledge/pack-schema';
import type { Exclusion } from '../lib/core/transfer-schema';
import type { EditResult } from '../lib/core/write-results';
import { cardLangOf } from '../lib/core/card-strings';
import { CardEntries, ENTRY_FIELDS, errorsAfterRemoval, linesOf, type EntryField } from './CardEntries';
import { kindName } from './pack-names';
import { IssueLine } from './IssueLine';

/** What the card manager reads and writes; every write tells open tabs itself. */
export interface CardStore {
  /** Cards for what the reader typed, best first; none for an empty query. */
  search: (query: string) => Promise<CardRow[]>;
  /** Gets the search ready before the first query (it reads every card): the reader is about to type. */
  prepare?: () => Promise<void>;
  get: (id: string) => Promise<CardRow | undefined>;
  create: (card: Card) => Promise<EditResult>;
  edit: (card: Card) => Promise<EditResult>;
  revert: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Calls back with the exclusions now and whenever they change; returns the unsubscribe. */
  watchExclusions: (onChange: (exclusions: Exclusion[]) => void) => () => void;
  removeExclusion: (exclusion: Exclusion) => Promise<void>;
}

interface Props {
  store: CardStore;
  /** A card to open at once (`options.html#edit=ID`, the library's "Correct this card"). */
  initial?: string;
}

const uiLang = () => cardLangOf(i18n.t('@@ui_locale'));
const LANG_NAMES: Record<Lang, string> = {
  ar: 'العربية',
  en: 'English',
  tr: 'Türkçe',
  ru: 'Русский',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  pt: 'Português',
  it: 'Italiano',
  fa: 'فارسی',
  uk: 'Українська',
  he: 'עברית',
};

export function CardManager({ store, initial }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CardRow[]>([]);
  const [editing, setEditing] = useState<CardRow | 'new'>();
  const [exclusions, setExclusions] = useState<Exclusion[]>([]);

  useEffect(() => {
    if (!query.trim()) return setResults([]);
    let live = true;
    // Only the answer to the latest query is shown: an earlier, slower one must not overwrite it.
    void store.search(query).then((rows) => live && setResults(rows));
    return () => void (live = false);
  }, [query]);

  useEffect(() => store.watchExclusions(setExclusions), []);

  useEffect(() => {
    if (initial) void store.get(initial).then((row) => row && setEditing(row));
  }, []);

  const reopen = async (id: string) => setEditing(await store.get(id));

  return (
    <div class="manager">
      <label class="field">
        {i18n.t('manager.search')}
        <input
          type="search"
          name="card-search"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onFocus={() => void store.prepare?.().catch(() => undefined)}
        />
      </label>
      <ul class="results">
        {results.map((row) => (
          <li key={row.id}>
            <button type="button" data-card={row.id} onClick={() => setEditing(row)}>
              <bdi>{pick(row.card.label, uiLang()).text}</bdi> <span class="muted">{kindName(row.card.kind)}</span>
              {Object.keys(row.edits).length > 0 && <span class="badge"> · {i18n.t('manager.edited')}</span>}
              {row.packId === USER_PACK && <span class="badge"> · {i18n.t('manager.yours')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setEditing('new')}>
        {i18n.t('manager.newCard')}
      </button>
      {editing && (
        <CardEditor
          key={editing === 'new' ? 'new' : editing.id}
          row={editing === 'new' ? undefined : editing}
          scrollTo={editing !== 'new' && editing.id === initial}
          save={async (card, isNew) => {
            const result = isNew ? await store.create(card) : await store.edit(card);
            if (result.ok) await reopen(card.id);
            return result.ok ? [] : result.errors;
          }}
          revert={async (id) => {
            await store.revert(id);
            await reopen(id);
          }}
          remove={async (id) => {
            await store.remove(id);
            setEditing(undefined);
          }}
        />
      )}
      <h3>{i18n.t('manager.exclusions')}</h3>
      {exclusions.length === 0 && <p class="muted">{i18n.t('manager.noExclusions')}</p>}
      <ul class="exclusions">
        {exclusions.map((x) => (
          <li key={`${x.site}|${x.entity}|${x.alias}`}>
            {i18n.t('manager.exclusionItem', [x.alias, x.entity, x.site])}{' '}
            <button type="button" onClick={() => void store.removeExclusion(x)}>
              {i18n.t('manager.undo')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface EditorProps {
  row: CardRow | undefined;
  /** Brought into view when it opens: the card the page was opened for. */
  scrollTo?: boolean;
  save: (card: Card, isNew: boolean) => Promise<string[]>;
  revert: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

const BLANK: Card = {
  id: '',
  kind: 'person',
  label: { en: '' },
  aliases: {},
  summary: { en: '' },
  facts: [],
  sources: [],
  reviewed: isoDay(new Date()),
};

/** The card's texts in English and Arabic, each a group of its own. */
const TEXT_FIELDS = ['label', 'description', 'summary'] as const;

/**
 * The fields the editor shows, each of which the reader may put back on its own: named as a row's
 * edits name them (pack-merge.ts keeps them per top-level field of the card).
 */
type EditableField = 'kind' | (typeof TEXT_FIELDS)[number] | 'aliases' | EntryField;

const fieldName = (field: EditableField) => i18n.t(`manager.field.${field}`);

function EditedBadge({ shown }: { shown: boolean }) {
  return shown ? <span class="badge"> · {i18n.t('manager.edited')}</span> : null;
}

/** Puts one edited field back as its pack has it; its name says which, for a reader who reaches it by keyboard alone. */
function RevertField({ field, shown, onRevert }: { field: EditableField; shown: boolean; onRevert: () => void }) {
  if (!shown) return null;
  return (
    <button type="button" class="revert-field" data-field={field} onClick={onRevert}>
      {i18n.t('manager.revertField', [fieldName(field)])}
    </button>
  );
}

/** One field of the card as a group: its name, whether the reader edited it, and the button that puts it back. */
function FieldGroup(props: {
  field: EditableField;
  class: string;
  edited: boolean;
  onRevert: () => void;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={props.class} data-field={props.field}>
      <legend>
        {fieldName(props.field)}
        <EditedBadge shown={props.edited} />
      </legend>
      {props.children}
      <RevertField field={props.field} shown={props.edited} onRevert={props.onRevert} />
    </fieldset>
  );
}

function CardEditor({ row, scrollTo, save, revert, remove }: EditorProps) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (scrollTo) form.current?.scrollIntoView({ block: 'start' });
  }, []);
  const [card, setCard] = useState<Card>(row?.card ?? BLANK);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const isNew = !row;
  const invalid = (path: string) => errors.some((e) => e.startsWith(path));
  const text = (field: 'label' | 'description' | 'summary', lang: 'en' | 'ar', multiline = false) => {
    const value = (card[field] as Record<string, string> | undefined)?.[lang] ?? '';
    const onInput = (e: Event) => {
      const next = {
        ...(card[field] ?? { en: '' }),
        [lang]: (e.target as HTMLInputElement).value || undefined,
      } as Card['label'];
      setCard({ ...card, [field]: next });
    };
    const props = {
      name: `${field}-${lang}`,
      value,
      onInput,
      dir: (lang === 'ar' ? 'rtl' : 'ltr') as 'rtl' | 'ltr',
      'aria-invalid': invalid(`${field}.${lang}`) || invalid(field),
    };
    return multiline ? <textarea rows={3} {...props} /> : <input {...props} />;
  };
  /** Whether the reader changed a field of a pack's card: as saved, so a field typed into is not yet. */
  const edited = (field: EditableField) => !!row?.base && field in row.edits;
  /** A field back in the form as the pack has it (left out when the pack's card has none); Save keeps it. */
  const revertField = (field: EditableField) =>
    setCard((current) => {
      const next = { ...current } as Record<string, unknown>;
      const base = row?.base?.[field];
      if (base === undefined) delete next[field];
      else next[field] = base;
      return next as Card;
    });
  const flagged = (lang: Lang) => (card.aliases[lang] ?? []).filter((a) => typeof a !== 'string');
  const plain = (lang: Lang) => (card.aliases[lang] ?? []).filter((a): a is string => typeof a === 'string');

  return (
    <form
      ref={form}
      class="editor"
      aria-label={card.label.en || i18n.t('manager.newCard')}
      onSubmit={async (e) => {
        e.preventDefault();
        const problems = await save(card, isNew);
        setErrors(problems);
        setSaved(problems.length === 0);
      }}
    >
      {errors.length > 0 && (
        <div role="alert" class="errors">
          <p>{i18n.t('manager.errors')}</p>
          <ul>
            {errors.map((e) => (
              <IssueLine key={e} line={e} />
            ))}
          </ul>
        </div>
      )}
      {saved && <p role="status">{i18n.t('manager.saved')}</p>}
      {isNew && (
        <label class="field">
          {i18n.t('manager.id')}
          <input
            name="id"
            value={card.id}
            dir="ltr"
            aria-invalid={invalid('id')}
            onInput={(e) => setCard({ ...card, id: (e.target as HTMLInputElement).value })}
          />
        </label>
      )}
      <div class="card-field" data-field="kind">
        <label class="field">
          <span>
            {i18n.t('manager.kind')}
            <EditedBadge shown={edited('kind')} />
          </span>
          <select
            name="kind"
            value={card.kind}
            onChange={(e) => setCard({ ...card, kind: (e.target as HTMLSelectElement).value as Card['kind'] })}
          >
            {/* An office card is made from its holders' records: shown only when it is the card's own kind. */}
            {(card.kind === 'office' ? KINDS : NAMED_KINDS).map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        </label>
        <RevertField field="kind" shown={edited('kind')} onRevert={() => revertField('kind')} />
      </div>
      {TEXT_FIELDS.map((field) => (
        <FieldGroup
          key={field}
          field={field}
          class="card-field"
          edited={edited(field)}
          onRevert={() => revertField(field)}
        >
          {(['en', 'ar'] as const).map((lang) => (
            <label class="field" key={lang}>
              {i18n.t(`manager.${field}${lang === 'en' ? 'En' : 'Ar'}`)}
              {text(field, lang, field === 'summary')}
            </label>
          ))}
        </FieldGroup>
      ))}
      <FieldGroup field="aliases" class="card-field" edited={edited('aliases')} onRevert={() => revertField('aliases')}>
        {LANGS.map((lang) => (
          <label class="field" key={lang}>
            {i18n.t('manager.aliases', [LANG_NAMES[lang]])}
            <textarea
              name={`aliases-${lang}`}
              rows={2}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              value={plain(lang).join('\n')}
              onInput={(e) => {
                const names = linesOf((e.target as HTMLTextAreaElement).value);
                // Aliases with flags (case-sensitive, exact) are kept as they are.
                setCard({ ...card, aliases: { ...card.aliases, [lang]: [...names, ...flagged(lang)] } });
              }}
            />
          </label>
        ))}
      </FieldGroup>
      {ENTRY_FIELDS.map((field) => (
        <FieldGroup
          key={field}
          field={field}
          class="entry-field"
          edited={edited(field)}
          onRevert={() => revertField(field)}
        >
          <CardEntries
            field={field}
            card={card}
            onChange={setCard}
            onRemoved={(f, at) => setErrors(errorsAfterRemoval(errors, f, at))}
            errors={errors}
            today={isoDay(new Date())}
          />
        </FieldGroup>
      ))}
      <div class="buttons">
        <button type="submit">{i18n.t('manager.save')}</button>
        {row?.base && Object.keys(row.edits).length > 0 && (
          <button type="button" onClick={() => void revert(row.id)}>
            {i18n.t('manager.revert')}
          </button>
        )}
        {row && row.packId === USER_PACK && (
          <button type="button" onClick={() => void remove(row.id)}>
            {i18n.t('manager.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
