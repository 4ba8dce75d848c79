import { z } from 'zod';

/**
 * A dead letter keeps everything needed to inspect and re-publish the original: its value
 * (base64, byte-exact), key and headers, where it came from, and why it was rejected.
 */
export const DeadLetter = z.object({
  reason: z.string().min(1),
  error: z.string(),
  failedBy: z.string(),
  failedAt: z.string().datetime({ offset: true }),
  source: z.object({
    topic: z.string(),
    partition: z.number().int().nonnegative(),
    offset: z.string().regex(/^\d+$/),
  }),
  original: z.object({
    key: z.string().nullable(),
    valueBase64: z.string().nullable(),
    headers: z.record(z.string(), z.string()),
  }),
});
export type DeadLetter = z.infer<typeof DeadLetter>;

export interface DeadLetterInput {
  reason: string;
  error: string;
  failedBy: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  now?: Date;
}

export function buildDeadLetter(i: DeadLetterInput): { key: string | null; value: Buffer; headers: Record<string, string> } {
  const letter: DeadLetter = {
    reason: i.reason,
    error: i.error.slice(0, 4000),
    failedBy: i.failedBy,
    failedAt: (i.now ?? new Date()).toISOString(),
    source: { topic: i.topic, partition: i.partition, offset: i.offset },
    original: { key: i.key, valueBase64: i.value ? i.value.toString('base64') : null, headers: i.headers },
  };
  return {
    key: i.key,
    value: Buffer.from(JSON.stringify(letter)),
    headers: {
      'dlq-reason': i.reason,
      'dlq-source': `${i.topic}/${i.partition}/${i.offset}`,
      'content-type': 'application/json',
    },
  };
}

export function parseDeadLetter(value: Buffer | null): DeadLetter | null {
  if (!value) return null;
  try {
    const r = DeadLetter.safeParse(JSON.parse(value.toString('utf8')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
