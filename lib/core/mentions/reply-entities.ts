/**
 * The entities of a `mentions/find` reply: each named once, in the order first found, and the
 * mentions point at them by index, so a page with a name fifty times carries its id once.
 */
import { KINDS, type Kind } from '../knowledge/pack-schema';
import type { FoundResponse } from '../protocol';

export class ReplyEntities {
  readonly list: FoundResponse['entities'] = [];
  private readonly slots = new Map<string, number>();

  /** The index of `id` (with `office`: as the holder of that office) in the list, added if new; `kind` indexes KINDS. */
  slotOf(id: string, kind: number, office?: string): number {
    const key = office ? `${id} ${office}` : id;
    let at = this.slots.get(key);
    if (at === undefined) {
      at = this.list.length;
      this.slots.set(key, at);
      this.list.push({ id, kind: KINDS[kind] as Kind, ...(office ? { office } : {}) });
    }
    return at;
  }
}
