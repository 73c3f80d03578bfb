/**
 * Cards the page asked for: the last few fetched are kept, and a card already on its way is not
 * asked for twice (hovering fetches it before the dwell is over, and the dwell then asks again).
 * New data or settings make every kept or pending card stale: `forget()` drops them, and an answer
 * that arrives afterwards still serves whoever asked for it but is not kept.
 */
export const CARD_CACHE_SIZE = 10;

export class CardCache<T> {
  private readonly kept = new Map<string, T>();
  private readonly pending = new Map<string, Promise<T | undefined>>();

  constructor(
    /** Asks for one card; undefined when there is none (nothing is kept for it). */
    private readonly load: (id: string) => Promise<T | undefined>,
    private readonly capacity = CARD_CACHE_SIZE,
  ) {}

  /** The card, from those kept, from a request already on its way, or asked for now. */
  get(id: string): Promise<T | undefined> {
    const kept = this.kept.get(id);
    if (kept !== undefined) return Promise.resolve(kept);
    const pending = this.pending.get(id);
    if (pending) return pending;
    const request: Promise<T | undefined> = this.load(id)
      .then((value) => {
        // Kept only if nothing was forgotten while it was on its way.
        if (value !== undefined && this.pending.get(id) === request) this.keep(id, value);
        return value;
      })
      .finally(() => {
        if (this.pending.get(id) === request) this.pending.delete(id);
      });
    this.pending.set(id, request);
    return request;
  }

  /** Drops every kept card and disowns every request on its way. */
  forget(): void {
    this.kept.clear();
    this.pending.clear();
  }

  /** How many cards are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  private keep(id: string, value: T): void {
    // The card fetched longest ago makes room.
    if (this.kept.size >= this.capacity) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(id, value);
  }
}
