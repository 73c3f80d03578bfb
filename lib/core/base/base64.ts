/**
 * Bytes as base64 text and back, for binary data kept where only JSON goes (extension storage).
 * The engine's own `Uint8Array.fromBase64` and `toBase64` where it has them (Chromium 140, Firefox
 * 133; not Node 20); else `btoa` and `atob`, which work on strings of one byte per character, made
 * a chunk at a time here so no call gets more arguments than an engine takes.
 */
const CHUNK = 0x8000;

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return btoa(binary);
}

/** The bytes of `text`, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const native = (Uint8Array as NativeBase64).fromBase64;
    if (native) return native(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}
