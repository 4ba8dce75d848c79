import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-parse';
import { attr, childNamed, textContent, type XmlElement } from './xml-dom';
import { FeedParseError } from './types';
import { NS } from './namespaces';

const first = (root: XmlElement, local: string): XmlElement => {
  const stack = [root];
  while (stack.length) {
    const e = stack.shift()!;
    if (e.local === local) return e;
    for (const c of e.children) if (c.type === 'element') stack.push(c);
  }
  throw new Error(`no <${local}>`);
};

describe('parseXml on well-formed input', () => {
  it('reads elements, attributes, namespaces, CDATA and references with no repairs', () => {
    const doc = parseXml(
      `<?xml version="1.0"?><!-- c --><a xmlns="urn:x" xmlns:p="urn:p" p:k='v &amp; w'>` +
        `<p:b>1 &lt; 2 &#x263A; &#65;</p:b><c><![CDATA[<i>raw</i> & more]]></c><d/></a>`,
    );
    expect(doc.repairs.list()).toEqual([]);
    expect(doc.root).toMatchObject({ local: 'a', ns: 'urn:x' });
    expect(attr(doc.root, 'k', 'urn:p')).toBe('v & w');
    expect(textContent(childNamed(doc.root, ['urn:p'], 'b')!)).toBe('1 < 2 ☺ A');
    expect(textContent(childNamed(doc.root, ['urn:x'], 'c')!)).toBe('<i>raw</i> & more');
  });

  it('keeps a non-entity DOCTYPE (e.g. Netscape RSS 0.91) without fetching it', () => {
    const doc = parseXml(
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>',
    );
    expect(doc.doctypeName).toBe('rss');
    expect(doc.repairs.list()).toEqual([]);
  });
});

describe('parseXml repairs', () => {
  const cases: [string, string, RegExp, string, string][] = [
    ['bare ampersand', '<r><t>Q&A a=1&b=2</t></r>', /bare '&'/, 't', 'Q&A a=1&b=2'],
    ['HTML entities', '<r><t>caf&eacute;&nbsp;&mdash;x</t></r>', /HTML entity/, 't', 'café\u00a0—x'],
    ['control characters', '<r><t>a\u0001b\u000bc\u001fd</t></r>', /control characters/, 't', 'abcd'],
    ['bare <', '<r><t>1 < 2</t></r>', /bare '<'/, 't', '1 < 2'],
    ['unclosed inner element', '<r><t>one<b>two</t></r>', /unclosed/, 't', 'onetwo'],
    ['stray end tag', '<r><t>one</b>two</t></r>', /stray end tag/, 't', 'onetwo'],
    ['unquoted attribute', '<r><t a=1>x</t></r>', /unquoted/, 't', 'x'],
    ['unclosed <br>', '<r><t>a<br>b</t></r>', /void element/, 't', 'ab'],
    ['unterminated CDATA', '<r><t><![CDATA[text', /unterminated CDATA/, 't', 'text'],
    ['missing end tags', '<r><t>text', /ended before/, 't', 'text'],
    ['undeclared prefix', '<r><dc:creator>me</dc:creator></r>', /undeclared namespace prefix 'dc'/, 'creator', 'me'],
    ['end tag in another case', '<r><Title>x</title></r>', /different case/, 'Title', 'x'],
  ];
  it.each(cases)('%s', (_name, input, repair, local, text) => {
    const doc = parseXml(input);
    expect(doc.repairs.list().join('; ')).toMatch(repair);
    expect(textContent(first(doc.root, local))).toBe(text);
  });

  it('maps a conventional undeclared prefix to its namespace', () => {
    const doc = parseXml('<r><dc:creator>me</dc:creator></r>');
    expect(first(doc.root, 'creator').ns).toBe(NS.dc);
  });

  it('maps windows-1252 numeric references (&#146;) to the characters meant, without calling it a repair', () => {
    const doc = parseXml('<r>don&#146;t &#133;</r>');
    expect(textContent(doc.root)).toBe('don’t …');
    expect(doc.repairs.size).toBe(0);
  });

  it('fails with malformed when there is no element at all', () => {
    for (const input of ['just text', '<!-- only a comment -->']) {
      let kind: string | null = null;
      try {
        parseXml(input);
      } catch (e) {
        kind = e instanceof FeedParseError ? e.kind : 'other';
      }
      expect(kind).toBe('malformed');
    }
  });
});
