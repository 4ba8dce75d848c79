import { join } from 'node:path';
import { z } from 'zod';
import { fileSafe, readJsonIfExists, writeFileAtomic } from './files';
import { Serial } from './serial';

const GroupFile = z.object({
  groupId: z.string(),
  /** topic -> partition -> next offset to read */
  offsets: z.record(z.string(), z.record(z.string(), z.string().regex(/^\d+$/))),
});
type GroupFile = z.infer<typeof GroupFile>;

/** Committed offsets of consumer groups, one small JSON file per group, replaced atomically on each commit. */
export class GroupStore {
  private readonly cache = new Map<string, GroupFile>();
  private readonly serial = new Serial();

  constructor(
    private readonly dir: string,
    private readonly fsync: boolean,
  ) {}

  private path(groupId: string): string {
    return join(this.dir, `${fileSafe(groupId)}.json`);
  }

  private async load(groupId: string): Promise<GroupFile> {
    const hit = this.cache.get(groupId);
    if (hit) return hit;
    const raw = await readJsonIfExists(this.path(groupId));
    let file: GroupFile = { groupId, offsets: {} };
    if (raw !== undefined) {
      const parsed = GroupFile.safeParse(raw);
      if (!parsed.success) throw new Error(`committed offsets of group ${groupId} (${this.path(groupId)}) are unreadable: ${parsed.error.message}`);
      file = parsed.data;
    }
    this.cache.set(groupId, file);
    return file;
  }

  async offsets(groupId: string, topic: string): Promise<Map<number, string>> {
    const f = await this.load(groupId);
    return new Map(Object.entries(f.offsets[topic] ?? {}).map(([p, o]) => [Number(p), o]));
  }

  commit(groupId: string, topic: string, partition: number, nextOffset: string): Promise<void> {
    return this.serial.run(async () => {
      const f = await this.load(groupId);
      const next: GroupFile = { groupId, offsets: { ...f.offsets, [topic]: { ...f.offsets[topic], [String(partition)]: nextOffset } } };
      await writeFileAtomic(this.path(groupId), JSON.stringify(next), this.fsync);
      this.cache.set(groupId, next);
    });
  }
}
