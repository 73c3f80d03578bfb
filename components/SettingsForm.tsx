/** Every setting the content script honours, saved as soon as it changes. */
import { i18n } from '#i18n';
import { NAMED_KINDS } from '../lib/core/knowledge/pack-schema';
import { siteName, type Settings } from '../lib/core/settings';
import { kindName } from './pack-names';

interface Props {
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
}

function Choice<K extends keyof Settings>({
  name,
  value,
  options,
  onChange,
}: {
  name: K;
  value: Settings[K];
  options: [Settings[K], string][];
  onChange: Props['onChange'];
}) {
  return (
    <div role="radiogroup" class="choices">
      {options.map(([option, text]) => (
        <label key={String(option)}>
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange((s) => ({ ...s, [name]: option }))}
          />
          {text}
        </label>
      ))}
    </div>
  );
}

export function SettingsForm({ settings, onChange }: Props) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{i18n.t('options.trigger')}</legend>
        <Choice
          name="trigger"
          value={settings.trigger}
          onChange={onChange}
          options={[
            ['hover', i18n.t('options.triggerHover')],
            ['click', i18n.t('options.triggerClick')],
          ]}
        />
      </fieldset>
      <label class="field">
        {i18n.t('options.dwell')}
        <input
          type="number"
          name="dwellMs"
          min={100}
          max={2000}
          step={50}
          value={settings.dwellMs}
          onChange={(e) =>
            onChange((s) => ({ ...s, dwellMs: clamp(Number((e.target as HTMLInputElement).value), 100, 2000) }))
          }
        />
      </label>
      <fieldset>
        <legend>{i18n.t('options.density')}</legend>
        <Choice
          name="density"
          value={settings.density}
          onChange={onChange}
          options={[
            ['all', i18n.t('options.densityAll')],
            ['countries-once', i18n.t('options.densityCountriesOnce')],
            ['first', i18n.t('options.densityFirst')],
            ['none', i18n.t('options.densityNone')],
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.theme')}</legend>
        <Choice
          name="theme"
          value={settings.theme}
          onChange={onChange}
          options={[
            ['auto', i18n.t('options.themeAuto')],
            ['light', i18n.t('options.themeLight')],
            ['dark', i18n.t('options.themeDark')],
          ]}
        />
      </fieldset>
      <label class="field">
        {i18n.t('options.fontSize')}
        <input
          type="number"
          name="fontSize"
          min={11}
          max={24}
          value={settings.fontSize}
          onChange={(e) =>
            onChange((s) => ({ ...s, fontSize: clamp(Number((e.target as HTMLInputElement).value), 11, 24) }))
          }
        />
      </label>
      <fieldset>
        <legend>{i18n.t('options.cardLanguage')}</legend>
        <Choice
          name="cardLanguage"
          value={settings.cardLanguage}
          onChange={onChange}
          options={[
            ['auto', i18n.t('options.cardLanguageAuto')],
            ['ar', i18n.t('options.cardLanguageAr')],
            ['en', i18n.t('options.cardLanguageEn')],
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.kinds')}</legend>
        <div class="choices">
          {NAMED_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={settings.kinds.includes(kind)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  onChange((s) => ({
                    ...s,
                    kinds: on ? [...new Set([...s.kinds, kind])] : s.kinds.filter((k) => k !== kind),
                  }));
                }}
              />
              {kindName(kind)}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        {i18n.t('options.sites')}
        <textarea
          name="disabledSites"
          rows={4}
          dir="ltr"
          value={settings.disabledSites.join('\n')}
          onChange={(e) => {
            const sites = (e.target as HTMLTextAreaElement).value
              .split(/\s+/)
              .map(siteName)
              .filter((site): site is string => !!site);
            onChange((s) => ({ ...s, disabledSites: [...new Set(sites)] }));
          }}
        />
      </label>
    </form>
  );
}

const clamp = (n: number, lo: number, hi: number) =>
  Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo;
