import { describe, expect, it } from 'vitest';
import { buildDeadLetter } from '@claimwire/events';
import { describeLetter, filterLetters, formatLine, toEntry, type LetterEntry } from './letters';

function entry(offset: string, reason: string, sourceTopic: string, value: string | null): LetterEntry {
  const l = buildDeadLetter({
    reason,
    error: 'boom',
    failedBy: 'test',
    topic: sourceTopic,
    partition: 2,
    offset: '41',
    key: 'k',
    value: value === null ? null : Buffer.from(value),
    headers: { ce_type: 'x' },
    now: new Date('2026-02-05T10:00:00Z'),
  });
  return toEntry({ topic: 'p.claims.dlq', partition: 0, offset, key: l.key, value: l.value, headers: l.headers, timestamp: '0' });
}

describe('dead letters', () => {
  const all = [entry('0', 'bad_json', 'p.claims', '{oops'), entry('1', 'invalid_payload', 'p.claims', '{"a":1}'), entry('2', 'bad_json', 'p.articles', null)];

  it('filters by reason, by source topic with or without the prefix, and by id or bare offset', () => {
    expect(filterLetters(all, { reason: 'bad_json' }).map((e) => e.offset)).toEqual(['0', '2']);
    expect(filterLetters(all, { topic: 'claims', prefix: 'p.' }).map((e) => e.offset)).toEqual(['0', '1']);
    expect(filterLetters(all, { topic: 'p.articles', prefix: 'p.' }).map((e) => e.offset)).toEqual(['2']);
    expect(filterLetters(all, { ids: ['p.claims.dlq/0/1', '2'] }).map((e) => e.offset)).toEqual(['1', '2']);
  });

  it('lists one tab-separated line per letter and shows the decoded original', () => {
    expect(formatLine(all[0]!, false).split('\t')).toEqual(['p.claims.dlq/0/0', 'p.claims', '2', '41', 'bad_json', 'test', '2026-02-05T10:00:00.000Z', '-']);
    const shown = describeLetter(all[1]!, true) as { original: { text: string; json: unknown }; replayed: boolean; filedBy: string };
    expect(shown.filedBy).toBe('test');
    expect(shown.original.text).toBe('{"a":1}');
    expect(shown.original.json).toEqual({ a: 1 });
    expect(shown.replayed).toBe(true);
  });

  it('keeps a record that is not a dead letter listable, marked unreadable', () => {
    const junk = toEntry({ topic: 'p.claims.dlq', partition: 1, offset: '9', key: null, value: Buffer.from('nope'), headers: {}, timestamp: '0' });
    expect(junk.letter).toBeNull();
    expect(formatLine(junk, null)).toContain('(unreadable dead letter)');
  });
});
