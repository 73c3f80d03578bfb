/**
 * The welcome a new reader sees when Backstory is installed: what it does in three steps, beside a
 * live card — the S-400's, read from the database through the same request a page makes, drawn by
 * the same component and stylesheet as on a page (in a shadow root of its own, as there).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { CardResponse } from '../lib/core/protocol';
import { cardLangOf } from '../lib/core/card-strings';
import { CardPreview } from './CardPreview';

/** The card shown: the story Backstory began with. */
export const EXAMPLE_CARD = 's-400';

interface Props {
  loadExample: () => Promise<CardResponse | undefined>;
  theme: 'light' | 'dark';
}

export function Welcome({ loadExample, theme }: Props) {
  const [example, setExample] = useState<CardResponse>();
  useEffect(() => {
    void loadExample().then(setExample, () => undefined);
  }, []);
  return (
    <section class="welcome" aria-labelledby="welcome">
      <h2 id="welcome">{i18n.t('options.welcomeTitle')}</h2>
      <div class="welcome-body">
        <ol class="steps">
          <li>{i18n.t('options.welcomeStep1')}</li>
          <li>{i18n.t('options.welcomeStep2')}</li>
          <li>{i18n.t('options.welcomeStep3')}</li>
        </ol>
        {example?.card && (
          <figure class="example">
            <div class="example-card">
              <CardPreview response={example} lang={cardLangOf(i18n.t('@@ui_locale'))} theme={theme} />
            </div>
            <figcaption class="muted">{i18n.t('options.welcomeExample')}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
