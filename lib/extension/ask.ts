/** Typed requests to the background, from a content script or one of Backstory's pages. */
import { browser } from 'wxt/browser';
import { checkReply, type ReplyOf, type RequestOf, type RequestType } from '../core/protocol';

/**
 * Sends a request; the reply's type follows from the request's, and the reply is checked against its
 * schema before it is returned (throws `reply to card/get does not match: …` when it is not).
 */
export async function ask<K extends RequestType>(
  request: RequestOf<K> & { type: K },
  /** Called when the reply arrives, before it is checked (a probe of the page's start). */
  received?: () => void,
): Promise<ReplyOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  received?.();
  return checkReply(request.type, reply);
}
