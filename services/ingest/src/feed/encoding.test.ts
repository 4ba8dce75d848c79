import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from './encoding';

const RU = 'Война и мир: переговоры';
const xml = (decl: string | null, body: string): string =>
  `${decl ? `<?xml version="1.0" encoding="${decl}"?>` : '<?xml version="1.0"?>'}<rss><channel><title>${body}</title></channel></rss>`;
const bytes = (s: string, enc: string): Uint8Array => new Uint8Array(iconv.encode(s, enc));
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

describe('decodeBody', () => {
  it('honours a UTF-8 BOM over a lying HTTP charset and declaration', () => {
    const b = concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes(xml('koi8-r', RU), 'utf-8'));
    const d = decodeBody(b, 'text/xml; charset=windows-1251');
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(d.text).toContain(RU);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('decodes %s with its BOM', (enc, bom) => {
    const b = concat(new Uint8Array(bom), bytes(xml(null, RU), enc));
    const d = decodeBody(b);
    expect(d.encoding).toBe(enc);
    expect(d.text.startsWith('<?xml')).toBe(true);
    expect(d.text).toContain(RU);
  });

  it('decodes UTF-32LE with its BOM', () => {
    const s = xml(null, RU);
    const buf = Buffer.alloc(4 + s.length * 4);
    buf.writeUInt32LE(0xfeff, 0);
    [...s].forEach((ch, i) => buf.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4));
    const d = decodeBody(new Uint8Array(buf.subarray(0, 4 + [...s].length * 4)));
    expect(d.encoding).toBe('utf-32le');
    expect(d.text).toContain(RU);
  });

  it('recognises UTF-16BE without a BOM from the layout of "<?"', () => {
    const d = decodeBody(bytes(xml('utf-16', RU), 'utf-16be'));
    expect(d.encoding).toBe('utf-16be');
    expect(d.text).toContain(RU);
  });

  it('uses the HTTP charset before the XML declaration (windows-1251)', () => {
    const d = decodeBody(bytes(xml('iso-8859-1', RU), 'windows-1251'), 'application/rss+xml; charset="windows-1251"');
    expect(d).toMatchObject({ encoding: 'windows-1251', source: 'http' });
    expect(d.text).toContain(RU);
  });

  it('uses the XML declaration when HTTP gives no charset (koi8-r)', () => {
    const d = decodeBody(bytes(xml('KOI8-R', RU), 'koi8-r'), 'application/xml');
    expect(d).toMatchObject({ encoding: 'koi8-r', source: 'declaration' });
    expect(d.text).toContain(RU);
  });

  it('decodes windows-1251 declared in the XML declaration', () => {
    const d = decodeBody(bytes(xml('windows-1251', RU), 'windows-1251'));
    expect(d.text).toContain(RU);
  });

  it('reads undeclared bytes as UTF-8 when they are valid UTF-8', () => {
    const d = decodeBody(bytes(xml(null, RU), 'utf-8'));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf8-valid', repairs: [] });
    expect(d.text).toContain(RU);
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const d = decodeBody(bytes(xml(null, 'café “quoted” €5'), 'windows-1252'));
    expect(d).toMatchObject({ encoding: 'windows-1252', source: 'fallback' });
    expect(d.text).toContain('café “quoted” €5');
    expect(d.repairs.length).toBe(1);
  });

  it('decodes iso-8859-1 and us-ascii labels as windows-1252 (as browsers do)', () => {
    const d = decodeBody(bytes(xml('iso-8859-1', '“smart” quotes'), 'windows-1252'));
    expect(d.encoding).toBe('iso-8859-1');
    expect(d.text).toContain('“smart” quotes');
  });

  it('falls back when the declared UTF-8 is not valid UTF-8, and says so', () => {
    const d = decodeBody(bytes(xml('utf-8', 'naïve'), 'latin1'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('naïve');
    expect(d.repairs.join()).toMatch(/not valid UTF-8/);
  });

  it('ignores an unknown HTTP charset and a declaration of UTF-16 on ASCII bytes', () => {
    const d = decodeBody(bytes(xml('utf-16', RU), 'utf-8'), 'text/xml; charset=no-such-charset');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(RU);
    expect(d.repairs).toHaveLength(2);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'utf-8'],
    ['text/xml;charset= "us-ascii"', 'us-ascii'],
    ["text/xml;charset='koi8-r'", 'koi8-r'],
    ['text/xml;charset = windows-1251;q=1', 'windows-1251'],
    ['text/xml', null],
    ['text/xml; charset=', null],
    [undefined, null],
  ])('%s -> %s', (ct, want) => {
    expect(charsetFromContentType(ct)).toBe(want);
  });
});
