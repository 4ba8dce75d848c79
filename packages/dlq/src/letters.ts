import { parseDeadLetter, type DeadLetter } from '@claimwire/events';
import type { LogRecord } from '@claimwire/eventlog';

/** One record of a dead-letter topic, identified by where it sits there. */
export interface LetterEntry {
  /** `<dlq topic>/<partition>/<offset>`: stable, what `show` and dlq_replays use. */
  id: string;
  dlqTopic: string;
  partition: number;
  offset: string;
  /** Null when the record is not a readable dead letter (it is still listed, never replayed). */
  letter: DeadLetter | null;
}

export function letterId(topic: string, partition: number, offset: string): string {
  return `${topic}/${partition}/${offset}`;
}

export function toEntry(r: LogRecord): LetterEntry {
  return { id: letterId(r.topic, r.partition, r.offset), dlqTopic: r.topic, partition: r.partition, offset: r.offset, letter: parseDeadLetter(r.value) };
}

export interface LetterFilter {
  /** Exact reason (bad_json, invalid_payload, ...). */
  reason?: string;
  /** Source topic, with or without the deployment's topic prefix. */
  topic?: string;
  /** Letter ids or bare DLQ offsets. */
  ids?: string[];
  prefix?: string;
}

/** Does `ref` (an id, or a bare offset) name this entry? */
export function matchesRef(e: LetterEntry, ref: string): boolean {
  return /^\d+$/.test(ref) ? e.offset === ref : e.id === ref;
}

export function filterLetters(entries: LetterEntry[], f: LetterFilter): LetterEntry[] {
  const topics = f.topic ? new Set([f.topic, `${f.prefix ?? ''}${f.topic}`]) : null;
  return entries.filter(
    (e) =>
      (!f.reason || e.letter?.reason === f.reason) &&
      (!topics || (e.letter !== null && topics.has(e.letter.source.topic))) &&
      (!f.ids || f.ids.length === 0 || f.ids.some((ref) => matchesRef(e, ref))),
  );
}

/** One line per letter: id, source topic/partition/offset, reason, who filed it, failedAt, replayed. */
export function formatLine(e: LetterEntry, replayed: boolean | null): string {
  const l = e.letter;
  const mark = replayed === null ? '?' : replayed ? 'replayed' : '-';
  if (!l) return [e.id, '(unreadable dead letter)', '', '', '', '', '', mark].join('\t');
  return [e.id, l.source.topic, String(l.source.partition), l.source.offset, l.reason, l.failedBy, l.failedAt, mark].join('\t');
}

export const LIST_HEADER = ['id', 'topic', 'partition', 'offset', 'reason', 'filedBy', 'failedAt', 'replayed'].join('\t');

export interface DecodedOriginal {
  key: string | null;
  headers: Record<string, string>;
  /** The value as UTF-8 text, and parsed when it is JSON. */
  text: string | null;
  json?: unknown;
  bytes: number;
}

export function decodeOriginal(l: DeadLetter): DecodedOriginal {
  const buf = l.original.valueBase64 === null ? null : Buffer.from(l.original.valueBase64, 'base64');
  const out: DecodedOriginal = { key: l.original.key, headers: l.original.headers, text: buf ? buf.toString('utf8') : null, bytes: buf?.length ?? 0 };
  if (out.text !== null) {
    try {
      out.json = JSON.parse(out.text);
    } catch {
      // not JSON: the text is what there is (often the very reason it was dead-lettered)
    }
  }
  return out;
}

/** The full letter for `show`: everything, with the original decoded. */
export function describeLetter(e: LetterEntry, replayed: boolean | null): Record<string, unknown> {
  if (!e.letter) return { id: e.id, readable: false };
  const { original, ...rest } = e.letter;
  // filedBy: the component that filed the letter (the event's failedBy, named for readers)
  return { id: e.id, ...rest, filedBy: rest.failedBy, replayed, original: { ...decodeOriginal(e.letter), valueBase64: original.valueBase64 } };
}
