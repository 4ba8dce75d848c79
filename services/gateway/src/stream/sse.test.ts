import { describe, expect, it } from 'vitest';
import { sseComment, sseEvent, sseRetry } from './sse';

describe('SSE framing', () => {
  it('writes an event as id, event and data lines ended by a blank line', () => {
    expect(sseEvent({ id: 42, event: 'claim', data: '{"a":1}' })).toBe('id: 42\nevent: claim\ndata: {"a":1}\n\n');
  });

  it('splits data on every kind of line break into one data line each', () => {
    expect(sseEvent({ data: 'one\ntwo\r\nthree\rfour' })).toBe('data: one\ndata: two\ndata: three\ndata: four\n\n');
    expect(sseEvent({ data: '' })).toBe('data: \n\n');
  });

  it('refuses an id or event name that would break the framing', () => {
    expect(() => sseEvent({ id: '1\ndata: x', data: 'y' })).toThrow(/one line/);
    expect(() => sseEvent({ event: 'a\rb', data: 'y' })).toThrow(/one line/);
  });

  it('writes comments (heartbeats) that may carry an id, and the retry field', () => {
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
    expect(sseComment('heartbeat', 7)).toBe(': heartbeat\nid: 7\n\n');
    expect(sseComment('two\nlines')).toBe(': two\n: lines\n\n');
    expect(sseRetry(3000)).toBe('retry: 3000\n\n');
  });
});
