/**
 * When a card opens and closes, as Wikipedia's Page Previews settled it: open after the pointer
 * rests on a mention (so sweeping across text opens nothing), stay open while the pointer travels
 * into the card, close after a short grace period once it has left both.
 */

/** Resting time before a card opens: long enough that passing over a word opens nothing. */
export const DWELL_MS = 300;
/** Time to travel from the mention into the card before it closes. */
export const GRACE_MS = 300;

export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export class HoverIntent<T> {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private pending: T | undefined;
  private overCard = false;
  current: T | undefined;

  constructor(
    private readonly open: (target: T) => void,
    private readonly close: () => void,
    private readonly timers: Timers,
    /** Settable: the reader chooses the dwell in the options. */
    public dwellMs = DWELL_MS,
    private readonly graceMs = GRACE_MS,
  ) {}

  /** The pointer is now over `target` (or over nothing). */
  pointerOver(target: T | undefined): void {
    if (target !== undefined && target === this.current) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (target === undefined) {
      this.cancelOpen();
      if (this.current !== undefined && !this.overCard) this.scheduleClose();
      return;
    }
    if (target === this.pending) return;
    this.cancelOpen();
    this.pending = target;
    this.openTimer = this.timers.set(() => {
      this.openTimer = undefined;
      this.pending = undefined;
      this.openNow(target);
    }, this.dwellMs);
  }

  pointerInCard(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.cancelClose();
    else if (this.current !== undefined) this.scheduleClose();
  }

  /** Tap, click or keyboard: no dwell. */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.current = target;
    this.open(target);
  }

  /** The open target, found again (the page was read anew): it stays open, nothing is called. */
  retarget(target: T): void {
    if (this.current !== undefined) this.current = target;
  }

  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    this.overCard = false;
    if (this.current === undefined) return;
    this.current = undefined;
    this.close();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = undefined;
      this.closeNow();
    }, this.graceMs);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.timers.clear(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.timers.clear(this.closeTimer);
    this.closeTimer = undefined;
  }
}
