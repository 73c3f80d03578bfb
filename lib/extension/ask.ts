/** Typed requests to the background, from a content script or one of Backstory's pages. */
import { browser } from 'wxt/browser';
import type { Request, RequestOf, ResponseOf } from '../core/messages';

export function ask<T extends Request['type']>(request: RequestOf<T>): Promise<ResponseOf[T]> {
  return browser.runtime.sendMessage(request) as Promise<ResponseOf[T]>;
}
