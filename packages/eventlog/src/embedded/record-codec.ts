import { crc32 } from 'node:zlib';

/**
 * One record on disk: a frame header [u32 body length][u32 CRC-32 of the body] and the body
 * [u8 format=1][i64 offset][i64 timestamp ms][i32 key length, -1 = null][key]
 * [i32 value length, -1 = null][value][u32 header count]([i32 len][name][i32 len][value])*.
 * All integers big-endian. A frame whose length runs past the end of the file or whose CRC
 * does not match is a torn write.
 */
export const FRAME_HEADER_BYTES = 8;
const FORMAT = 1;

export interface StoredRecord {
  offset: bigint;
  timestamp: bigint;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export function encodeRecord(r: StoredRecord): Buffer {
  const key = r.key === null ? null : Buffer.from(r.key, 'utf8');
  const headers = Object.entries(r.headers).map(([k, v]) => [Buffer.from(k, 'utf8'), Buffer.from(v, 'utf8')] as const);
  const bodyLen =
    1 + 8 + 8 + 4 + (key?.length ?? 0) + 4 + (r.value?.length ?? 0) + 4 + headers.reduce((n, [k, v]) => n + 8 + k.length + v.length, 0);
  const buf = Buffer.allocUnsafe(FRAME_HEADER_BYTES + bodyLen);
  let p = FRAME_HEADER_BYTES;
  p = buf.writeUInt8(FORMAT, p);
  p = buf.writeBigInt64BE(r.offset, p);
  p = buf.writeBigInt64BE(r.timestamp, p);
  p = writeBytes(buf, p, key);
  p = writeBytes(buf, p, r.value);
  p = buf.writeUInt32BE(headers.length, p);
  for (const [k, v] of headers) {
    p = writeBytes(buf, p, k);
    p = writeBytes(buf, p, v);
  }
  buf.writeUInt32BE(bodyLen, 0);
  buf.writeUInt32BE(crc32(buf.subarray(FRAME_HEADER_BYTES)), 4);
  return buf;
}

function writeBytes(buf: Buffer, p: number, bytes: Buffer | null): number {
  if (bytes === null) return buf.writeInt32BE(-1, p);
  p = buf.writeInt32BE(bytes.length, p);
  return p + bytes.copy(buf, p);
}

export type FrameCheck = { ok: true; size: number } | { ok: false; reason: 'short' | 'crc' | 'format' };

/** Whether a whole, intact frame starts at `at` in `buf` (which holds `buf.length` bytes of the file from there on). */
export function checkFrame(buf: Buffer, at: number): FrameCheck {
  if (buf.length - at < FRAME_HEADER_BYTES) return { ok: false, reason: 'short' };
  const len = buf.readUInt32BE(at);
  const size = FRAME_HEADER_BYTES + len;
  if (buf.length - at < size) return { ok: false, reason: 'short' };
  const body = buf.subarray(at + FRAME_HEADER_BYTES, at + size);
  if (crc32(body) !== buf.readUInt32BE(at + 4)) return { ok: false, reason: 'crc' };
  if (body[0] !== FORMAT) return { ok: false, reason: 'format' };
  return { ok: true, size };
}

/** Decode the frame at `at` (already checked). */
export function decodeRecord(buf: Buffer, at: number): StoredRecord {
  let p = at + FRAME_HEADER_BYTES + 1;
  const offset = buf.readBigInt64BE(p);
  p += 8;
  const timestamp = buf.readBigInt64BE(p);
  p += 8;
  const readBytes = (): Buffer | null => {
    const n = buf.readInt32BE(p);
    p += 4;
    if (n < 0) return null;
    const out = Buffer.from(buf.subarray(p, p + n)); // a copy: the read buffer is reused
    p += n;
    return out;
  };
  const key = readBytes();
  const value = readBytes();
  const count = buf.readUInt32BE(p);
  p += 4;
  const headers: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const k = (readBytes() as Buffer).toString('utf8');
    headers[k] = (readBytes() as Buffer).toString('utf8');
  }
  return { offset, timestamp, key: key === null ? null : key.toString('utf8'), value, headers };
}
