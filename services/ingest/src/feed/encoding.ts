/**
 * Decode feed bytes to text. Order of evidence: byte-order mark, then the HTTP charset,
 * then the XML declaration (or JSON's implied UTF-8), then "is it valid UTF-8", then
 * windows-1252 as the last resort. Pure.
 */
import iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  /** Lower-case label of the encoding used (as declared, e.g. `us-ascii`, `koi8-r`). */
  encoding: string;
  /** How the encoding was chosen. */
  source: 'bom' | 'http' | 'declaration' | 'utf8-valid' | 'fallback';
  repairs: string[];
}

/** Labels whose bytes WHATWG (and every browser) decodes as windows-1252. */
const LATIN1_LIKE = new Set([
  'us-ascii', 'ascii', 'iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'iso_8859-1',
  'cp819', 'ibm819', 'iso-ir-100', 'ansi_x3.4-1968', 'x-cp1252', 'cp1252', 'windows-1252',
]);

/** Extract the charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  if (!m) return null;
  const value = (m[2] ?? m[3] ?? m[4] ?? '').trim().toLowerCase();
  return value === '' ? null : value;
}

function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().replace(/^["']|["']$/g, '');
}

/** The codec name to hand to iconv for a label, or null when unknown. */
function codecFor(label: string): string | null {
  if (LATIN1_LIKE.has(label)) return 'windows-1252';
  if (label === 'utf8') return 'utf-8';
  if (iconv.encodingExists(label)) return label;
  // A few labels seen in the wild that iconv spells differently.
  const alias: Record<string, string> = { 'x-sjis': 'shift_jis', 'ks_c_5601-1987': 'euc-kr', 'x-euc-jp': 'euc-jp' };
  const a = alias[label];
  return a && iconv.encodingExists(a) ? a : null;
}

type Bom = { label: string; length: number };

function sniffBom(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { label: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { label: 'utf-32le', length: 4 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  return null;
}

/** UTF-16/32 without a BOM, recognised by how `<?` (or `<`) is laid out in the first bytes. */
function sniffWideWithoutBom(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  const [a, c, d, e] = [b[0], b[1], b[2], b[3]];
  if (a === 0 && c === 0 && d === 0 && e === 0x3c) return 'utf-32be';
  if (a === 0x3c && c === 0 && d === 0 && e === 0) return 'utf-32le';
  if (a === 0 && c === 0x3c && d === 0 && e !== 0) return 'utf-16be';
  if (a === 0x3c && c === 0 && d !== 0 && e === 0) return 'utf-16le';
  return null;
}

/** The `encoding="..."` of an XML declaration, read from ASCII-compatible head bytes. */
export function declaredXmlEncoding(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']/.exec(head);
  return m?.[1] ? normaliseLabel(m[1]) : null;
}

function decodeWith(codec: string, bytes: Uint8Array): string {
  if (codec === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codec);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const WIDE = /^utf-(16|32)/;

/**
 * Decode `body`. Never throws: at worst the bytes are read as windows-1252 and the
 * reason is listed in `repairs`.
 */
export function decodeBody(body: Uint8Array, contentType?: string): DecodedBody {
  const repairs: string[] = [];

  const bom = sniffBom(body);
  if (bom) {
    const rest = body.subarray(bom.length);
    return { text: stripBom(decodeWith(bom.label, rest)), encoding: bom.label, source: 'bom', repairs };
  }

  const http = charsetFromContentType(contentType);
  if (http) {
    const codec = codecFor(http);
    if (codec && !(codec === 'utf-8' && !isValidUtf8(body))) {
      // A wide charset given over HTTP for bytes that are plainly ASCII-compatible is a lie.
      if (!WIDE.test(codec) || sniffWideWithoutBom(body)) {
        return { text: stripBom(decodeWith(codec, body)), encoding: http, source: 'http', repairs };
      }
    }
    repairs.push(
      codec ? `HTTP charset ${http} does not match the bytes; ignored` : `unknown HTTP charset ${http}; ignored`,
    );
  }

  const wide = sniffWideWithoutBom(body);
  if (wide) {
    const text = stripBom(decodeWith(wide, body));
    return { text, encoding: wide, source: 'declaration', repairs };
  }

  const head = latin1Head(body, 512);
  const declared = declaredXmlEncoding(head);
  if (declared) {
    const codec = codecFor(declared);
    if (codec && WIDE.test(codec)) {
      repairs.push(`XML declaration says ${declared} but the bytes are ASCII-compatible; ignored`);
    } else if (codec === 'utf-8' && !isValidUtf8(body)) {
      repairs.push('XML declaration says utf-8 but the bytes are not valid UTF-8; read as windows-1252');
      return { text: decodeWith('windows-1252', body), encoding: 'windows-1252', source: 'fallback', repairs };
    } else if (codec) {
      return { text: decodeWith(codec, body), encoding: declared, source: 'declaration', repairs };
    } else {
      repairs.push(`unknown declared encoding ${declared}; ignored`);
    }
  }

  if (isValidUtf8(body)) {
    return { text: decodeWith('utf-8', body), encoding: 'utf-8', source: 'utf8-valid', repairs };
  }
  repairs.push('bytes are not valid UTF-8 and no usable charset was given; read as windows-1252');
  return { text: decodeWith('windows-1252', body), encoding: 'windows-1252', source: 'fallback', repairs };
}

function latin1Head(body: Uint8Array, n: number): string {
  let s = '';
  const end = Math.min(body.length, n);
  for (let i = 0; i < end; i++) s += String.fromCharCode(body[i] ?? 0);
  return s;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
