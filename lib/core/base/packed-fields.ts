/**
 * A flat record of typed arrays, strings and numbers as one run of bytes, and back: the form in which
 * the background keeps its reading view between service-worker starts (view-store.ts). The arrays
 * come back as views into the one buffer read (only the strings are decoded), because a woken worker
 * reads the view before it can answer its first page: in Chromium one 10 MB Blob took 18 ms to read
 * where the same arrays as a structured-clone record took 45 ms.
 *
 * Hand-written rather than a general serialiser (MessagePack, CBOR): those copy typed arrays out on
 * decoding or need a tag per array type, and the format here is a header and aligned bytes.
 *
 * Layout: "BSV1", the header's length (u32, little-endian), the header (JSON: each field's name and
 * type, and the offset and length of its bytes after the header, or its value for a number), then
 * each field's bytes, every field starting at a multiple of four bytes.
 */
import * as v from 'valibot';

export type PackedField = number | string | Uint8Array | Uint16Array | Uint32Array;
export type PackedFields = Record<string, PackedField>;

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;
type ArrayTag = keyof typeof ARRAYS;

const MAGIC = 0x31565342; // "BSV1" read as a little-endian u32
const align4 = (n: number) => (n + 3) & ~3;

const Header = v.array(
  v.union([
    v.strictObject({ name: v.string(), type: v.literal('num'), value: v.number() }),
    v.strictObject({
      name: v.string(),
      type: v.picklist(['str', 'u8', 'u16', 'u32']),
      at: v.pipe(v.number(), v.integer(), v.minValue(0)),
      bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ]),
);
type Entry = v.InferOutput<typeof Header>[number];

const tagOf = (a: Uint8Array | Uint16Array | Uint32Array): ArrayTag =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : 'u8';

/** The record as parts of one Blob (`new Blob(packFields(record))`). */
export function packFields(fields: PackedFields): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let at = 0;
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'number') {
      entries.push({ name, type: 'num', value });
      continue;
    }
    // The bytes of the array itself, not a copy (its buffer is never a shared one: none is made here).
    const bytes =
      typeof value === 'string'
        ? encoder.encode(value)
        : new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
    entries.push({ name, type: typeof value === 'string' ? 'str' : tagOf(value), at, bytes: bytes.byteLength });
    parts.push(bytes, new Uint8Array(align4(bytes.byteLength) - bytes.byteLength));
    at += align4(bytes.byteLength);
  }
  const header = encoder.encode(JSON.stringify(entries));
  const head = new Uint8Array(8 + align4(header.byteLength));
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.byteLength, true);
  head.set(header, 8);
  return [head, ...parts];
}

/** The record packed in `buffer`, or undefined when it is not one (a field out of bounds or misaligned, any damage). */
export function unpackFields(buffer: ArrayBuffer): PackedFields | undefined {
  if (buffer.byteLength < 8) return undefined;
  const view = new DataView(buffer);
  const length = view.getUint32(4, true);
  if (view.getUint32(0, true) !== MAGIC || 8 + length > buffer.byteLength) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length)));
  } catch {
    return undefined;
  }
  const header = v.safeParse(Header, parsed);
  if (!header.success) return undefined;
  const base = 8 + align4(length);
  const decoder = new TextDecoder();
  const out: PackedFields = {};
  for (const entry of header.output) {
    if (entry.type === 'num') {
      out[entry.name] = entry.value;
      continue;
    }
    const start = base + entry.at;
    if (start % 4 !== 0 || start + entry.bytes > buffer.byteLength) return undefined;
    if (entry.type === 'str') {
      out[entry.name] = decoder.decode(new Uint8Array(buffer, start, entry.bytes));
      continue;
    }
    const Array = ARRAYS[entry.type];
    if (entry.bytes % Array.BYTES_PER_ELEMENT !== 0) return undefined;
    out[entry.name] = new Array(buffer, start, entry.bytes / Array.BYTES_PER_ELEMENT);
  }
  return out;
}
