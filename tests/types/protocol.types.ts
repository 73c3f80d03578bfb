/**
 * Type tests for the request table: `npm run typecheck` (tsc over tsconfig.json, which includes
 * tests/) compiles this file and nothing runs it. Each `// @ts-expect-error` says the next line must
 * not compile; if it does (a wrong reply or request slipped through the types), tsc fails with
 * "Unused '@ts-expect-error' directive". That is the mechanism: the test fails when the types get looser.
 */
import { handlers, type Handler, type Handlers } from '../../lib/background/requests';
import type {
  CardResponse,
  LabelsResponse,
  ReplyOf,
  Request,
  RequestOf,
  TabCommand,
  TabReplyOf,
} from '../../lib/core/protocol';
import { ask } from '../../lib/extension/ask';
import { pageSummary, tellTab } from '../../lib/extension/tab-messages';

/** Compiles only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Same<A, B>) => proof;

// The derived types are the ones the callers rely on.
same<ReplyOf<'card/get'>, CardResponse>(true);
same<ReplyOf<'labels/get'>, LabelsResponse>(true);
same<ReplyOf<'exclusion/add'>, { ok: boolean }>(true);
same<RequestOf<'card/get'>, { type: 'card/get'; id: string }>(true);
same<
  Request['type'],
  | 'page/setup'
  | 'mentions/find'
  | 'card/get'
  | 'labels/get'
  | 'exclusion/add'
  | 'page/badge'
  | 'cards/merged'
  | 'status/get'
  | 'packs/verify'
>(true);
same<TabReplyOf<'page/summary'>, NonNullable<Awaited<ReturnType<typeof pageSummary>>>>(true);
same<TabCommand['name'], 'next-mention' | 'previous-mention' | 'toggle-panel'>(true);
// @ts-expect-error the card reply is not the labels reply
same<ReplyOf<'card/get'>, LabelsResponse>(true);

// A handler for card/get that answers with the labels/get reply.
// @ts-expect-error labels/get's reply is not card/get's
const wrongHandler: Handler<'card/get'> = async () => ({ labels: {} });

export const wrongTable: Handlers = {
  ...handlers,
  // @ts-expect-error the table checks each handler against its own request type
  'card/get': handlers['labels/get'],
};

// @ts-expect-error every request type needs its handler
export const missingHandlers: Handlers = { 'card/get': handlers['card/get'] };

export async function callers(): Promise<void> {
  // The reply type follows from the request type.
  const card: CardResponse = await ask({ type: 'card/get', id: 'pkk' });
  // @ts-expect-error card/get's reply is not a LabelsResponse
  const labels: LabelsResponse = await ask({ type: 'card/get', id: 'pkk' });
  // @ts-expect-error `ids` belongs to labels/get; card/get takes `id`
  await ask({ type: 'card/get', ids: ['pkk'] });
  // @ts-expect-error a field the request does not have
  await ask({ type: 'status/get', verbose: true });
  // @ts-expect-error a request type nobody handles
  await ask({ type: 'card/put', id: 'pkk' });
  // @ts-expect-error a language the labels request does not offer
  await ask({ type: 'labels/get', ids: [], lang: 'de' });
  // @ts-expect-error a command that does not exist
  await tellTab(1, { type: 'command', name: 'scroll' });
  void [card, labels, wrongHandler];
}
