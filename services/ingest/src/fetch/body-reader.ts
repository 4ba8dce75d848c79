/**
 * Reads a response body as a stream: decodes Content-Encoding (gzip, deflate, br) with node:zlib
 * and enforces a byte cap on the wire bytes AND on the decoded bytes, failing as soon as a cap is
 * crossed (a gzip bomb never gets to inflate beyond the cap; memory stays bounded).
 */
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export class BodyTooLargeError extends Error {
  readonly code = 'EBODYTOOLARGE';
  constructor(
    readonly which: 'wire' | 'decoded',
    readonly limit: number,
  ) {
    super(`response body exceeds ${limit} bytes (${which})`);
    this.name = 'BodyTooLargeError';
  }
}

export class UnsupportedEncodingError extends Error {
  readonly code = 'EUNSUPPORTEDENCODING';
  constructor(encoding: string) {
    super(`unsupported Content-Encoding: ${encoding}`);
    this.name = 'UnsupportedEncodingError';
  }
}

export interface BodyRead {
  body: Uint8Array;
  wireBytes: number;
  decodedBytes: number;
  /** Notes on leniency applied (e.g. "gzip declared but body not gzip: read as identity"). */
  notes: string[];
}

type Coding = 'gzip' | 'deflate' | 'br';

/** Parses a Content-Encoding header into the codings to undo, outermost first. */
export function parseContentEncoding(value: string | undefined): Coding[] {
  if (value === undefined) return [];
  const applied = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'identity');
  const out: Coding[] = [];
  for (const c of applied) {
    if (c === 'gzip' || c === 'x-gzip') out.push('gzip');
    else if (c === 'deflate') out.push('deflate');
    else if (c === 'br') out.push('br');
    else throw new UnsupportedEncodingError(c);
  }
  return out.reverse();
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

function looksLikeZlib(b0: number, b1: number): boolean {
  return (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
}

function decoderFor(coding: Coding, first: Buffer | null, notes: string[]): Transform | null {
  // Z_SYNC_FLUSH on finish: accept a stream that was cut short after complete blocks, as browsers do.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
      if (first !== null && first.length >= 2 && (first[0] !== GZIP_MAGIC_0 || first[1] !== GZIP_MAGIC_1)) {
        notes.push('Content-Encoding gzip declared but body is not gzip: read as identity');
        return null;
      }
      return zlib.createGunzip(lenient);
    case 'deflate':
      // "deflate" should be zlib-wrapped; some servers send raw deflate.
      if (first !== null && first.length >= 2 && !looksLikeZlib(first[0] ?? 0, first[1] ?? 0)) {
        return zlib.createInflateRaw(lenient);
      }
      return zlib.createInflate(lenient);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  }
}

/** Waits for the first chunk, puts it back, and returns a copy of its first bytes (or null at EOF). */
function peekFirst(stream: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) return;
      cleanup();
      stream.unshift(chunk);
      resolve(Buffer.from(chunk.subarray(0, 4)));
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(stream.errored ?? Object.assign(new Error('stream closed before the body started'), { code: 'ECONNRESET' }));
    };
    if (stream.errored) {
      reject(stream.errored);
      return;
    }
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
    onReadable();
  });
}

function byteCounter(limit: number, which: 'wire' | 'decoded', onCount: (n: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      total += chunk.length;
      onCount(total);
      if (total > limit) cb(new BodyTooLargeError(which, limit));
      else cb(null, chunk);
    },
  });
}

/**
 * Reads `source` to the end, undoing `contentEncoding`, failing with BodyTooLargeError once
 * more than `maxBytes` arrive (wire or decoded). Rejects with the stream's error otherwise
 * (zlib errors carry Z_* codes; a cut connection surfaces as ECONNRESET / 'aborted').
 */
export async function readBody(
  source: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<BodyRead> {
  const codings = parseContentEncoding(contentEncoding);
  const notes: string[] = [];
  let wireBytes = 0;
  let decodedBytes = 0;

  const first = codings.length > 0 ? await peekFirst(source) : null;
  const decoders: Transform[] = [];
  codings.forEach((c, i) => {
    const d = decoderFor(c, i === 0 ? first : null, notes);
    if (d !== null) decoders.push(d);
  });

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });

  if (codings.length > 0 && first === null) {
    // Empty body with a Content-Encoding: nothing to decode.
    source.resume();
    return { body: new Uint8Array(0), wireBytes: 0, decodedBytes: 0, notes };
  }

  await pipeline([
    source,
    byteCounter(maxBytes, 'wire', (n) => (wireBytes = n)),
    ...decoders,
    byteCounter(maxBytes, 'decoded', (n) => (decodedBytes = n)),
    sink,
  ]);
  const buf = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
  return {
    body: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength),
    wireBytes,
    decodedBytes,
    notes,
  };
}
