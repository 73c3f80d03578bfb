/** Keyboard travel through the mentions: the next or previous one, wrapping around at either end. */
export function stepAround(cursor: number, step: 1 | -1, count: number): number {
  return (cursor + step + count) % count;
}
