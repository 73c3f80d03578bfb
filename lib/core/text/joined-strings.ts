/**
 * A list of strings kept as one array of UTF-8 bytes and where each entry starts. A woken service
 * worker loads the matcher's entity ids and its case keys this way: the two arrays are views into
 * the stored view's one buffer, so loading them decodes nothing and makes no string; an entry
 * becomes a string only when a mention needs it.
 *
 * UTF-8 rather than UTF-16 code units: ids are ASCII and most case keys are Latin letters, a byte
 * each, and a worker reads every byte of the view before it answers its first page. With 200,000
 * names the case keys took 2.9 MB as code units (a sixth of them Cyrillic, Greek or Arabic, so no
 * one-byte form fitted) and take 1.6 MB as UTF-8.
 */
export class JoinedStrings {
  private constructor(
    readonly bytes: Uint8Array,
    /** Start of each entry (a byte offset), then the end of the last. */
    readonly starts: Uint32Array,
  ) {}

  static of(list: readonly string[]): JoinedStrings {
    let units = 0;
    for (const s of list) units += s.length;
    // Three bytes a UTF-16 unit at most (a surrogate pair: four bytes for two units).
    const buffer = new Uint8Array(units * 3);
    const starts = new Uint32Array(list.length + 1);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      starts[i] = at;
      // ASCII (every id, most keys) is written as it is read; the rest goes through the encoder,
      // whole. An encode call per entry, each making its own array, made a 200,000-name build 20% slower.
      let k = 0;
      for (; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0x80) break;
        buffer[at + k] = c;
      }
      at += k < s.length ? encoder.encodeInto(s, buffer.subarray(at)).written : k;
    }
    starts[list.length] = at;
    return new JoinedStrings(buffer.slice(0, at), starts);
  }

  /**
   * The list held by stored arrays, or undefined when they do not hold `count` entries that fill the
   * bytes. (Starts that go backwards inside only give wrong entries, never a read out of bounds: see `at`.)
   */
  static from(bytes: unknown, starts: unknown, count: number): JoinedStrings | undefined {
    if (!(bytes instanceof Uint8Array) || !(starts instanceof Uint32Array)) return undefined;
    if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== bytes.length) return undefined;
    return new JoinedStrings(bytes, starts);
  }

  /**
   * The list from its bytes and each entry's length in bytes (`lengths`): the stored form, where a
   * length takes a byte where a start took four. Undefined when the lengths do not fill the bytes.
   */
  static fromLengths(bytes: unknown, lengths: unknown): JoinedStrings | undefined {
    if (!(lengths instanceof Uint8Array || lengths instanceof Uint16Array || lengths instanceof Uint32Array))
      return undefined;
    const starts = new Uint32Array(lengths.length + 1);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      starts[i] = at;
      at += lengths[i]!;
    }
    starts[lengths.length] = at;
    return JoinedStrings.from(bytes, starts, lengths.length);
  }

  /** Each entry's length in bytes, in the narrowest array that holds every one. */
  lengths(): Uint8Array | Uint16Array | Uint32Array {
    let most = 0;
    for (let i = 0; i < this.length; i++) most = Math.max(most, this.starts[i + 1]! - this.starts[i]!);
    const out =
      most <= 0xff
        ? new Uint8Array(this.length)
        : most <= 0xffff
          ? new Uint16Array(this.length)
          : new Uint32Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.starts[i + 1]! - this.starts[i]!;
    return out;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Whether entry `i` is '' (or past the list), without making a string. */
  isEmpty(i: number): boolean {
    return !(i >= 0 && i < this.length) || this.starts[i + 1]! <= this.starts[i]!;
  }

  /** The first byte of entry `i` (the code unit itself where it is ASCII), or -1 where the entry is empty. */
  firstByte(i: number): number {
    return this.isEmpty(i) ? -1 : this.bytes[this.starts[i]!]!;
  }

  /** Entry `i`, or '' for an index past the list. (Damaged bytes decode to U+FFFD, never a throw.) */
  at(i: number): string {
    if (!(i >= 0 && i < this.length)) return '';
    const start = this.starts[i]!;
    const end = Math.min(this.starts[i + 1]!, this.bytes.length);
    if (end <= start) return '';
    const entry = this.bytes.subarray(start, end);
    // An ASCII entry (every id, most keys) is its own code units: no decoder call, which costs more
    // than the entry, and this runs for every mention. `apply` takes the typed array as it is, where a
    // spread walks an iterator; entries are short, so one call's arguments stay few.
    let ascii = entry.length <= RUN;
    for (let k = 0; k < entry.length && ascii; k++) ascii = entry[k]! < 0x80;
    return ascii ? String.fromCharCode.apply(null, entry as unknown as number[]) : decoder.decode(entry);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Bytes an entry may have to be made by one `String.fromCharCode` call. */
const RUN = 4096;
