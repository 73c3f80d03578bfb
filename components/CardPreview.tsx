/**
 * A card drawn in one of Backstory's own pages exactly as a page draws it: the same component and
 * stylesheet, in a shadow root of its own; in the flow of the page rather than floating by a mention.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CardResponse } from '../lib/core/protocol';
import type { CardLang } from '../lib/core/card-strings';
import { Card, type CardView } from './Card';
import cardStyles from './card.css?inline';

/** On a page the card floats by its mention; here it sits in the flow, with nothing to pin or close. */
const IN_FLOW = `
:host { position: static !important; width: auto !important; height: auto !important; }
.card { position: relative !important; max-height: none; }
.close, .pin { display: none; }`;

interface Props {
  response: CardResponse;
  lang: CardLang;
  theme: 'light' | 'dark';
  /** The card read in full, with its related cards (the library). */
  full?: CardView['full'];
  maxWidth?: number;
}

export function CardPreview({ response, lang, theme, full, maxWidth = 380 }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || !response.card) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.firstChild) {
      // A constructed sheet, not a <style>: Backstory's pages refuse inline styles (style-src 'self').
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${cardStyles}${IN_FLOW} .card { max-width: ${maxWidth}px; }`);
      root.adoptedStyleSheets = [sheet];
      root.append(document.createElement('div'));
    }
    const noop = () => undefined;
    render(
      <Card
        view={{
          card: response.card,
          lang,
          edited: response.edited,
          ...(response.own ? { own: true } : {}),
          ...(response.map ? { map: response.map } : {}),
          ...(full ? { full } : {}),
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
  }, [response, theme, lang, full]);
  return <div class="card-preview" ref={host} />;
}
