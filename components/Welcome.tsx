/**
 * The welcome a new reader sees when Backstory is installed: what it does in three steps, beside a
 * live card — the S-400's, read from the database through the same request a page makes, drawn by
 * the same component and stylesheet as on a page (in a shadow root of its own, as there).
 */
import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardResponse } from '../lib/core/protocol';
import { cardLangOf } from '../lib/core/card-strings';
import { Card } from './Card';
import cardStyles from './card.css?inline';

/** The card shown: the story Backstory began with. */
export const EXAMPLE_CARD = 's-400';

/** On a page the card floats by its mention; here it sits in the welcome's flow, with nothing to pin or close. */
const IN_FLOW = `
:host { position: static !important; width: auto !important; height: auto !important; }
.card { position: relative !important; max-height: none; max-width: 380px; }
.close, .pin { display: none; }`;

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
            <CardPreview response={example} theme={theme} />
            <figcaption class="muted">{i18n.t('options.welcomeExample')}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}

function CardPreview({ response, theme }: { response: CardResponse; theme: 'light' | 'dark' }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || !response.card) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.firstChild) {
      // A constructed sheet, not a <style>: Backstory's pages refuse inline styles (style-src 'self').
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cardStyles + IN_FLOW);
      root.adoptedStyleSheets = [sheet];
      root.append(document.createElement('div'));
    }
    const noop = () => undefined;
    render(
      <Card
        view={{
          card: response.card,
          lang: cardLangOf(i18n.t('@@ui_locale')),
          edited: response.edited,
          ...(response.own ? { own: true } : {}),
          ...(response.map ? { map: response.map } : {}),
          today: new Date(),
          theme,
          fontSize: 14,
          pinned: true,
        }}
        onClose={noop}
        onPin={noop}
      />,
      root.lastChild as HTMLElement,
    );
  }, [response, theme]);
  return <div class="example-card" ref={host} />;
}
