/**
 * A list of strings kept as one array of UTF-16 code units and where each entry starts. A woken
 * service worker loads the matcher's 200,000 entity ids and its case keys this way: the two arrays
 * are views into the stored view's one buffer, so loading them decodes nothing and makes no string;
 * an entry becomes a string only when a mention needs it. Where every unit is below 256 (card ids
 * are ASCII), a unit takes one byte: half the bytes a woken worker reads and holds.
 */
export class JoinedStrings {
  private constructor(
    readonly codes: Uint8Array | Uint16Array,
    /** Start of each entry, then the end of the last. */
    readonly starts: Uint32Array,
  ) {}

  static of(list: readonly string[]): JoinedStrings {
    const starts = new Uint32Array(list.length + 1);
    let at = 0;
    list.forEach((s, i) => {
      starts[i] = at;
      at += s.length;
    });
    starts[list.length] = at;
    const wide = list.some((s) => /[^\u0000-\u00ff]/.test(s));
    const codes = wide ? new Uint16Array(at) : new Uint8Array(at);
    list.forEach((s, i) => {
      for (let j = 0, k = starts[i]!; j < s.length; j++, k++) codes[k] = s.charCodeAt(j);
    });
    return new JoinedStrings(codes, starts);
  }

  /**
   * The list held by stored arrays, or undefined when they do not hold `count` entries that fill the
   * codes. (Starts that go backwards inside only give wrong entries, never a read out of bounds: see `at`.)
   */
  static from(codes: unknown, starts: unknown, count: number): JoinedStrings | undefined {
    if (!(codes instanceof Uint16Array || codes instanceof Uint8Array) || !(starts instanceof Uint32Array))
      return undefined;
    if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== codes.length) return undefined;
    return new JoinedStrings(codes, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Whether entry `i` is '' (or past the list), without making a string. */
  isEmpty(i: number): boolean {
    return !(i >= 0 && i < this.length) || this.starts[i + 1]! <= this.starts[i]!;
  }

  /** Entry `i`, or '' for an index past the list. */
  at(i: number): string {
    if (!(i >= 0 && i < this.length)) return '';
    const start = this.starts[i]!;
    const end = Math.min(this.starts[i + 1]!, this.codes.length);
    let out = '';
    // In runs, as arguments are limited in number (an entry is short; a damaged start is not). `apply`
    // takes the typed array as it is, where a spread walks an iterator: five times slower, and this
    // runs for every mention.
    for (let at = start; at < end; at += RUN)
      out += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(end, at + RUN)) as unknown as number[]);
    return out;
  }
}

const RUN = 4096;
