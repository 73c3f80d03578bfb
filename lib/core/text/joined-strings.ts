/**
 * A list of strings kept as one string with a line break between entries, and where each entry
 * starts. A woken service worker loads the matcher's 200,000 entity ids this way: one scan for the
 * breaks and no string per entry until a mention needs one (splitting them took longer than
 * loading the whole trie). Entries must not hold a line break.
 */
export class JoinedStrings {
  private constructor(
    readonly text: string,
    /** Start of each entry, then the text's length plus one (as if a break followed the last). */
    private readonly starts: Uint32Array,
  ) {}

  static of(list: readonly string[]): JoinedStrings {
    const starts = new Uint32Array(list.length + 1);
    let at = 0;
    list.forEach((s, i) => {
      starts[i] = at;
      at += s.length + 1;
    });
    starts[list.length] = at;
    return new JoinedStrings(list.join('\n'), starts);
  }

  /** The list `text` holds, or undefined when it does not hold `count` entries. */
  static parse(text: string, count: number): JoinedStrings | undefined {
    if (count === 0) return text === '' ? new JoinedStrings('', new Uint32Array(1)) : undefined;
    const starts = new Uint32Array(count + 1);
    let at = 0;
    for (let i = 1; i < count; i++) {
      const lineBreak = text.indexOf('\n', at);
      if (lineBreak < 0) return undefined;
      starts[i] = at = lineBreak + 1;
    }
    if (text.indexOf('\n', at) >= 0) return undefined;
    starts[count] = text.length + 1;
    return new JoinedStrings(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]! - 1);
  }
}
