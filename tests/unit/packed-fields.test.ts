import { describe, expect, it } from 'vitest';
import { packFields, unpackFields } from '../../lib/core/base/packed-fields';

const bufferOf = async (parts: Uint8Array<ArrayBuffer>[]) => new Blob(parts).arrayBuffer();

describe('packFields / unpackFields', () => {
  it('gives back every array, string and number, the arrays as views into the one buffer read', async () => {
    const fields = {
      count: 3,
      odd: Uint8Array.of(1, 2, 3),
      wide: Uint16Array.of(0xffff, 7),
      words: Uint32Array.of(0xdeadbeef, 0, 42),
      ids: 'kyiv\nالفاشر\nPokrovsk',
      empty: '',
    };
    const buffer = await bufferOf(packFields(fields));
    const back = unpackFields(buffer)!;
    expect(back).toEqual(fields);
    // Not copies: a woken worker reads megabytes of these.
    expect((back.words as Uint32Array).buffer).toBe(buffer);
    expect(back.wide).toBeInstanceOf(Uint16Array);
  });

  it('packs a view of part of a larger buffer as that part only', async () => {
    const big = Uint32Array.of(1, 2, 3, 4);
    const back = unpackFields(await bufferOf(packFields({ part: big.subarray(1, 3) })))!;
    expect([...(back.part as Uint32Array)]).toEqual([2, 3]);
  });

  it('refuses what is not such a record, or is damaged, rather than reading past it', async () => {
    expect(unpackFields(new ArrayBuffer(4))).toBeUndefined();
    expect(unpackFields(new TextEncoder().encode('{"key":"current"}').buffer)).toBeUndefined();
    const parts = packFields({ words: Uint32Array.of(1, 2, 3) });
    const whole = new Uint8Array(await bufferOf(parts));
    // Cut short: the array's bytes would run past the end.
    expect(unpackFields(whole.slice(0, whole.length - 4).buffer)).toBeUndefined();
    // A header claiming more than the file holds.
    const long = whole.slice();
    new DataView(long.buffer).setUint32(4, 1 << 30, true);
    expect(unpackFields(long.buffer)).toBeUndefined();
  });
});
