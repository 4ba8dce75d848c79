import { describe, expect, it } from 'vitest';
import { htmlToText, textToHtml } from './html-to-text';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line separated text and <br> into line breaks', () => {
    const r = htmlToText('<p>First   para\n graph.</p><p>Second<br>line two</p><div>Third</div>');
    expect(r.text).toBe('First para graph.\n\nSecond\nline two\n\nThird');
  });

  it('decodes entities', () => {
    expect(htmlToText('<p>Q&amp;A &ndash; caf&eacute; &#8220;x&#8221; &lt;tag&gt;</p>').text).toBe('Q&A – café “x” <tag>');
  });

  it('drops scripts, styles and similar', () => {
    const r = htmlToText('<style>p{color:red}</style><p>Keep</p><script>alert("no")</script><noscript>no</noscript>');
    expect(r.text).toBe('Keep');
  });

  it('collects links, resolved against the base, without duplicates or script links', () => {
    const r = htmlToText(
      '<p>See <a href="/a">a</a>, <a href="b.html">b</a>, <a href="/a">again</a>, <a href="https://x.test/c">c</a>, <a href="javascript:void(0)">j</a>, <a href="#top">t</a></p>',
      'http://news.test/dir/page',
    );
    expect(r.links).toEqual(['http://news.test/a', 'http://news.test/dir/b.html', 'https://x.test/c']);
    expect(r.text).toBe('See a, b, again, c, j, t');
  });

  it('puts list items and table rows on their own lines', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>').text).toBe(
      'one\ntwo\n\na b\nc',
    );
  });

  it('keeps a newline written in the markup where it separates bullets, timestamps, headings or figures', () => {
    const html =
      '<p>Summary</p><p>- At least 12 civilians were killed in May, monitors say\n- Talks in Oslo were called off</p>' +
      '<p>16:41 GMT\nLosses claimed\nThe ministry says 900 troops were lost.</p>' +
      '<p>Tanks – 11,020 (+4)\nartillery systems – 34,200 (+31)</p>';
    expect(htmlToText(html).text).toBe(
      'Summary\n\n- At least 12 civilians were killed in May, monitors say\n- Talks in Oslo were called off\n\n' +
        '16:41 GMT\nLosses claimed\nThe ministry says 900 troops were lost.\n\n' +
        'Tanks – 11,020 (+4)\nartillery systems – 34,200 (+31)',
    );
  });

  it('joins a newline that only wraps prose', () => {
    const html = '<p>Officials said the convoy was hit near the\nvillage on Monday, and the governor said\nVladimir Saldo had been told.</p>';
    expect(htmlToText(html).text).toBe(
      'Officials said the convoy was hit near the village on Monday, and the governor said Vladimir Saldo had been told.',
    );
  });

  it('copes with broken HTML and plain text', () => {
    expect(htmlToText('<p>unclosed <b>bold <i>both').text).toBe('unclosed bold both');
    expect(htmlToText('just text').text).toBe('just text');
    expect(htmlToText('').text).toBe('');
  });
});

describe('textToHtml', () => {
  it('escapes and keeps paragraph structure', () => {
    expect(textToHtml('a < b & c\n\nnext\nline')).toBe('<p>a &lt; b &amp; c</p><p>next<br>line</p>');
    expect(htmlToText(textToHtml('one\n\ntwo')).text).toBe('one\n\ntwo');
  });
});
