import { open, type FileHandle } from 'node:fs/promises';
import type { Logger } from '@claimwire/logging';
import { checkFrame, decodeRecord, encodeRecord, FRAME_HEADER_BYTES, type StoredRecord } from './record-codec';
import { Serial } from './serial';

const SCAN_CHUNK = 1 << 20;

export interface Appendable {
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * The append-only file of one topic partition. Offsets are record numbers from 0; the file
 * positions of all records are kept in memory (8 bytes each) so a fetch is one read.
 * Records become visible to readers only after they are on disk (and fsynced when asked).
 */
export class PartitionLog {
  private readonly serial = new Serial();

  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
    /** positions[i] = file position of offset i; positions[high] = end of file. */
    private readonly positions: number[],
  ) {}

  /** Open (creating if needed) and scan the file; a torn or corrupt tail is cut off and logged. */
  static async open(path: string, logger: Logger): Promise<PartitionLog> {
    const fh = await open(path, 'a+').then(async (h) => {
      await h.close();
      return open(path, 'r+');
    });
    const { size } = await fh.stat();
    const positions: number[] = [0];
    let pos = 0;
    let buf = Buffer.alloc(0);
    let bufStart = 0; // file position of buf[0]
    let bad: string | null = null;
    while (pos < size) {
      let at = pos - bufStart;
      let check = checkFrame(buf, at);
      if (!check.ok && check.reason === 'short') {
        // read more: at least the rest of this frame, if its header is there
        const need = buf.length - at >= FRAME_HEADER_BYTES ? FRAME_HEADER_BYTES + buf.readUInt32BE(at) : FRAME_HEADER_BYTES;
        const want = Math.min(size - pos, Math.max(SCAN_CHUNK, need));
        buf = Buffer.allocUnsafe(want);
        const { bytesRead } = await fh.read(buf, 0, want, pos);
        buf = buf.subarray(0, bytesRead);
        bufStart = pos;
        at = 0;
        check = checkFrame(buf, at);
      }
      if (!check.ok) {
        bad = check.reason === 'short' ? 'a torn final record (shorter than its length says)' : `a record failing its ${check.reason} check`;
        break;
      }
      const expected = BigInt(positions.length - 1);
      const offset = buf.readBigInt64BE(at + FRAME_HEADER_BYTES + 1);
      if (offset !== expected) {
        bad = `a record with offset ${offset} where ${expected} was expected`;
        break;
      }
      pos += check.size;
      positions.push(pos);
    }
    if (bad) {
      logger.error(
        { path, keptRecords: positions.length - 1, keptBytes: pos, droppedBytes: size - pos },
        `event log partition file ends in ${bad}; truncating it to the last whole record`,
      );
      await fh.truncate(pos);
      await fh.datasync();
    }
    return new PartitionLog(path, fh, positions);
  }

  /** Log end: the offset the next record will get. */
  get high(): number {
    return this.positions.length - 1;
  }

  /** Append records in order; resolves with the offset of the first once they are written (and fsynced). */
  append(records: readonly Appendable[], fsync: boolean): Promise<number> {
    return this.serial.run(async () => {
      const base = this.high;
      const now = BigInt(Date.now());
      const frames = records.map((r, i) => encodeRecord({ offset: BigInt(base + i), timestamp: now, key: r.key, value: r.value, headers: r.headers }));
      const buf = Buffer.concat(frames);
      const start = this.positions[base] as number;
      let written = 0;
      while (written < buf.length) {
        const { bytesWritten } = await this.fh.write(buf, written, buf.length - written, start + written);
        written += bytesWritten;
      }
      if (fsync) await this.fh.datasync();
      let p = start;
      for (const f of frames) {
        p += f.length;
        this.positions.push(p);
      }
      return base;
    });
  }

  /** Records from `from`, at least one if any, up to about maxBytes. */
  async read(from: number, maxBytes: number): Promise<StoredRecord[]> {
    const high = this.high;
    if (from >= high) return [];
    const start = this.positions[from] as number;
    let end = this.positions[from + 1] as number;
    let last = from + 1;
    while (last < high && (this.positions[last + 1] as number) - start <= maxBytes) {
      last++;
      end = this.positions[last] as number;
    }
    const buf = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await this.fh.read(buf, got, buf.length - got, start + got);
      if (bytesRead === 0) throw new Error(`${this.path}: unexpected end of file at ${start + got}`);
      got += bytesRead;
    }
    const out: StoredRecord[] = [];
    for (let o = from; o < last; o++) out.push(decodeRecord(buf, (this.positions[o] as number) - start));
    return out;
  }

  async close(): Promise<void> {
    await this.serial.run(() => this.fh.close());
  }
}
