/**
 * Pure: turns HTML bytes into a string using, in order, a BOM, the Content-Type charset, a
 * <meta charset> / http-equiv in the first 1024 bytes, else UTF-8. Unknown labels fall back to
 * UTF-8; invalid sequences become U+FFFD (never throws).
 */
import { TextDecoder } from 'node:util';

function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1]?.toLowerCase();
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): { text: string; charset: string } {
  const candidates = [charsetFromBom(bytes), charsetFromContentType(contentType), charsetFromMeta(bytes)];
  for (const label of candidates) {
    const d = decoderFor(label);
    if (d !== undefined) return { text: d.decode(bytes), charset: d.encoding };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}
