import { i18n } from '#i18n';
import type { PackOrigin } from '../lib/core/write-results';
import { cardLangOf, formatDate } from '../lib/core/card-strings';

/**
 * Who made a pack, under which licence, and when its cards were last reviewed, as the pack says
 * (its own words, so isolated for direction); what a pack row lacks is left out.
 */
export function PackOriginLine({ pack }: { pack: PackOrigin }) {
  const parts = [
    pack.author && (['library.packBy', pack.author] as const),
    pack.licence && (['library.packLicence', pack.licence] as const),
    pack.reviewed && (['library.packReviewed', formatDate(pack.reviewed, cardLangOf(i18n.t('@@ui_locale')))] as const),
  ].filter((p) => !!p);
  if (!parts.length) return null;
  return (
    <p class="muted pack-origin" data-origin>
      {parts.map(([key, value], i) => (
        <span key={key} data-field={key.slice('library.pack'.length).toLowerCase()}>
          {i > 0 && ' · '}
          {i18n.t(key, ['\u2068' + value + '\u2069'])}
        </span>
      ))}
    </p>
  );
}
