import { i18n } from '#i18n';

/**
 * A validation problem (`facts[0].asOf: expected a date like 2019-07-12`, lib/core/base/issues.ts)
 * in the interface's language. The background writes its problems in English, the language of packs
 * and of the logs; the pages put the message into the reader's words here, and keep the path as it
 * is, since it names the field the form marks. A message this table does not know stays as written.
 */
const FIXED: Record<string, () => string> = {
  'must not be empty': () => i18n.t('issue.empty'),
  'expected a date like 2019-07-12': () => i18n.t('issue.date'),
  'no such day in the calendar': () => i18n.t('issue.noSuchDay'),
  'expected an http or https URL': () => i18n.t('issue.url'),
  'expected a URL without a user name or password (user:password@)': () => i18n.t('issue.urlUserInfo'),
  'expected an ISO 3166-1 code like TR': () => i18n.t('issue.countryCode'),
  'expected a card id: lower-case letters, digits and hyphens': () => i18n.t('issue.cardId'),
  'lat and lon go together': () => i18n.t('issue.latLon'),
  'a country, a point, or both': () => i18n.t('issue.geo'),
  'a fact needs at least one source': () => i18n.t('issue.factSource'),
  'a designation needs at least one source': () => i18n.t('issue.designationSource'),
  'every fact names a source listed in the card': () => i18n.t('issue.citedSources'),
  'an office card, and only one, has an office': () => i18n.t('issue.officeCard'),
};

/** The schema's own messages that the table puts into the reader's words. */
export const KNOWN_MESSAGES = Object.keys(FIXED);

/** Messages with a value in them, as valibot and the background write them. */
const PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Invalid length: Expected <=(\d+) but received (\d+)$/, (m) => i18n.t('issue.tooLong', [m[1]!, m[2]!])],
  [/^at most (\d+) /, (m) => i18n.t('issue.tooMany', [m[1]!])],
  [/^a card (\S+) exists already$/, (m) => i18n.t('issue.idTaken', [m[1]!])],
  [/^no card (\S+)$/, (m) => i18n.t('issue.noCard', [m[1]!])],
  [/^Invalid type: /, () => i18n.t('issue.type')],
];

/** The message of a problem in the interface's language, or as written when the table does not know it. */
export function issueMessage(message: string): string {
  const fixed = FIXED[message];
  if (fixed) return fixed();
  for (const [pattern, say] of PATTERNS) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return message;
}

/**
 * One problem as a list item: its path kept apart (`bdi`), so a path in Latin letters inside an
 * Arabic sentence keeps its order, then the message in the reader's words.
 */
export function IssueLine({ line }: { line: string }) {
  const colon = line.indexOf(': ');
  if (colon < 0) return <li>{line}</li>;
  return (
    <li>
      <bdi>{line.slice(0, colon)}</bdi>: {issueMessage(line.slice(colon + 2))}
    </li>
  );
}
