import { describe, expect, it } from 'vitest';
import { findDates, formatDate, partsFromIso } from './dates';

// a Thursday
const pub = partsFromIso('2025-09-18T10:00:00Z');
const first = (s: string, dir: 'past' | 'future' = 'past') => {
  const d = findDates(s)[0];
  return d ? `${d.role}:${formatDate(d.resolve(pub, dir))}` : null;
};

describe('findDates', () => {
  it.each([
    ['the attack on Tuesday', 'plain:2025-09-16'],
    ['the attack on Thursday', 'plain:2025-09-18'],
    ['the attack on Friday', 'plain:2025-09-12'],
    ['last Thursday', 'plain:2025-09-11'],
    ['overnight into Monday', 'plain:2025-09-15'],
    ['yesterday', 'plain:2025-09-17'],
    // a week names no day: the month it fell in
    ['last week', 'plain:2025-09'],
    ['next week', 'plain:2025-09'],
    ['two weeks ago', 'plain:2025-09'],
    ['five weeks ago', 'plain:2025-08'],
    ['later this week', 'plain:2025-09'],
    // the night before publication
    ['struck overnight', 'plain:2025-09-18'],
    ['this afternoon', 'plain:2025-09-18'],
    ['on Oct. 11-12', 'plain:2024-10-11'],
    // a fronted date dates the statement, not the figure
    ['In February, President Zelensky said that 46,000 soldiers had died', 'statement:2025-02'],
    ['On Monday, the ministry reported 40 deaths', 'statement:2025-09-15'],
    ['In January, 181 civilians were killed', 'plain:2025-01'],
    ['over the weekend', 'plain:2025-09-14'],
    ['three months ago', 'plain:2025-06'],
    ['two years ago', 'plain:2023'],
    ['in March 2023', 'plain:2023-03'],
    ['in October', 'plain:2024-10'],
    ['in August', 'plain:2025-08'],
    ['in September', 'plain:2025-09'],
    ['on 4 July', 'plain:2025-07-04'],
    ['on July 4, 2024', 'plain:2024-07-04'],
    ['since February 2022', 'since:2022-02'],
    ['as of August 31', 'asof:2025-08-31'],
    ['in 2023', 'plain:2023'],
    ['until March 1', 'until:2025-03-01'],
    ['the ministry said on Monday', 'statement:2025-09-15'],
    // a date inside what was said is its content
    ['the report disclosed that in August alone', 'plain:2025-08'],
    ['the report disclosed in August', 'statement:2025-08'],
  ])('%s', (s, want) => {
    expect(first(s)).toBe(want);
  });

  it('resolves plans forward', () => {
    expect(first('talks due on October 2', 'future')).toBe('plain:2025-10-02');
    expect(first('talks due on Saturday', 'future')).toBe('plain:2025-09-20');
    expect(first('talks this Sunday')).toBe('plain:2025-09-21');
  });

  it('ignores the modal "may" and words that start like months', () => {
    expect(findDates('Talks may resume. Separately, officials met.')).toEqual([]);
  });

  it('gives dates relative to an earlier figure', () => {
    const d = findDates('up from 900 the year before')[0]!;
    expect(d.anchored).toBe(true);
    expect(formatDate(d.resolve({ y: 2024 }, 'past'))).toBe('2023');
  });
});

describe('a plan’s day', () => {
  it('reads a day a few days before publication as the recent past even where plans are told, and a later one ahead', () => {
    // published Thursday 18 September 2025
    expect(first('which took place on September 16', 'future')).toBe('plain:2025-09-16');
    expect(first('talks are planned for September 25', 'future')).toBe('plain:2025-09-25');
    expect(first('talks are planned for August 20', 'future')).toBe('plain:2026-08-20');
  });
});
