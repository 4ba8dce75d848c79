import { describe, expect, it } from 'vitest';
import { parseDate, readDate } from './dates';

describe('parseDate', () => {
  const table: [string, string | null][] = [
    // RFC 822 / 2822 and their wild variants
    ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 +0200', '2004-01-01T17:48:21.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 -05:30', '2004-01-02T01:18:21.000Z'],
    ['Thu, 01 Jan 2004 19:48 EST', '2004-01-02T00:48:00.000Z'],
    ['thu, 01 jan 2004 19:48:21 gmt', '2004-01-01T19:48:21.000Z'],
    ['THURSDAY, 01 JANUARY 2004 19:48:21 PDT', '2004-01-02T02:48:21.000Z'],
    ['Thu 1 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    ['Fri, 31 Dec 99 23:59:59 UT', '1999-12-31T23:59:59.000Z'],
    ['01 Jan 2004 19:48:21', '2004-01-01T19:48:21.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 GMT+0100', '2004-01-01T18:48:21.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 +0000 (UTC)', '2004-01-01T19:48:21.000Z'],
    ['Mon, 26 Feb 2024 10:00:00 MSK', '2024-02-26T07:00:00.000Z'],
    ['Mon, 26 Feb 2024 10:00:00 CEST', '2024-02-26T08:00:00.000Z'],
    ['Mon, 26 Feb 2024 10:00:00 Z', '2024-02-26T10:00:00.000Z'],
    ['Wed, 02 Oct 2002 08:00:00 EST', '2002-10-02T13:00:00.000Z'],
    ['Tue, 1 Sept 2009 10:00:00 GMT', '2009-09-01T10:00:00.000Z'],
    ['01-Jan-2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    ['January 5, 2024 3:04 PM', '2024-01-05T15:04:00.000Z'],
    ['Jan 5 2024', '2024-01-05T00:00:00.000Z'],
    ['Thu Jan  1 19:48:21 2004', '2004-01-01T19:48:21.000Z'], // asctime
    ['5th March 2024 12:00 GMT', '2024-03-05T12:00:00.000Z'],
    // ISO 8601 / W3CDTF
    ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
    ['2003-12-31T10:14:55.25-08:00', '2003-12-31T18:14:55.250Z'],
    ['2003-12-31T10:14:55+0100', '2003-12-31T09:14:55.000Z'],
    ['2003-12-31T10:14Z', '2003-12-31T10:14:00.000Z'],
    ['2003-12-31 10:14:55', '2003-12-31T10:14:55.000Z'],
    ['2003-12-31t10:14:55z', '2003-12-31T10:14:55.000Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55.000Z'],
    ['2003-12-31', '2003-12-31T00:00:00.000Z'],
    ['2003-12', '2003-12-01T00:00:00.000Z'],
    ['2003', '2003-01-01T00:00:00.000Z'],
    ['2024/02/29 08:30', '2024-02-29T08:30:00.000Z'],
    ['2003-12-31T10:14:55+05', '2003-12-31T05:14:55.000Z'],
    // not dates
    ['', null],
    ['   ', null],
    ['yesterday', null],
    ['2003-02-30', null],
    ['2003-13-01', null],
    ['31 Foo 2004', null],
    ['Thu, 32 Jan 2004 19:48:21 GMT', null],
    ['2004-01-01T25:00:00Z', null],
    ['Τετ, 29 Ιαν 2004 12:53:00 GMT', null],
  ];
  it.each(table)('%j -> %s', (raw, want) => {
    const d = parseDate(raw);
    expect(d ? d.toISOString() : null).toBe(want);
  });
});

describe('readDate', () => {
  const now = new Date('2024-06-01T12:00:00Z');
  it('clamps future dates to now and keeps the raw string', () => {
    expect(readDate(' 2030-01-01T00:00:00Z ', now)).toEqual({ raw: '2030-01-01T00:00:00Z', date: now, clamped: true });
  });
  it('keeps past dates and unparseable raw strings', () => {
    expect(readDate('2024-05-01', now)).toEqual({ raw: '2024-05-01', date: new Date('2024-05-01T00:00:00Z'), clamped: false });
    expect(readDate('soon', now)).toEqual({ raw: 'soon', date: null, clamped: false });
    expect(readDate(null, now)).toEqual({ raw: null, date: null, clamped: false });
  });
});
