/** The feed parser's entry point: bytes in, a ParsedFeed or a typed error out. Pure. */
import { decodeBody } from './encoding';
import { formatOfRoot, sniffBody } from './detect';
import { jsonFeedVersion, mapJsonFeed } from './map-json';
import { mapAtom } from './map-atom';
import { mapRss1, mapRss2, type MappedFeed } from './map-rss';
import { Repairs } from './repairs';
import { FeedParseError, type ParseOptions, type ParseResult, type ParsedFeed } from './types';
import { parseXml } from './xml-parse';

/** Bodies larger than this are refused (`too_large`). */
export const MAX_FEED_BYTES = 50 * 1024 * 1024;

export function parseFeed(body: Uint8Array, opts: ParseOptions): ParseResult {
  if (!(opts.now instanceof Date) || Number.isNaN(opts.now.getTime())) {
    throw new TypeError('parseFeed: opts.now must be a valid Date');
  }
  try {
    return { ok: true, feed: parseOrThrow(body, opts) };
  } catch (e) {
    if (e instanceof FeedParseError) return { ok: false, error: { kind: e.kind, message: e.message } };
    if (e instanceof RangeError) {
      return { ok: false, error: { kind: 'malformed', message: `document too complex to parse: ${e.message}` } };
    }
    throw e;
  }
}

function parseOrThrow(body: Uint8Array, opts: ParseOptions): ParsedFeed {
  if (body.byteLength === 0) throw new FeedParseError('empty', 'empty body');
  if (body.byteLength > MAX_FEED_BYTES) {
    throw new FeedParseError('too_large', `body is ${body.byteLength} bytes; the limit is ${MAX_FEED_BYTES}`);
  }
  const decoded = decodeBody(body, opts.contentType);
  const repairs = new Repairs();
  repairs.addAll(decoded.repairs);
  const url = opts.url ?? null;
  const sniffed = sniffBody(decoded.text);

  const done = (format: ParsedFeed['format'], mapped: MappedFeed): ParsedFeed => ({
    format,
    title: mapped.title,
    link: mapped.link,
    language: mapped.language,
    repaired: repairs.size > 0,
    repairs: repairs.list(),
    encoding: decoded.encoding,
    items: mapped.items,
  });

  switch (sniffed.kind) {
    case 'empty':
      throw new FeedParseError('empty', 'body holds only whitespace');
    case 'other':
      throw new FeedParseError('not_a_feed', `not XML or JSON (starts with ${JSON.stringify(sniffed.sample)})`);
    case 'json': {
      const data = parseJson(decoded.text.slice(sniffed.start), repairs);
      const version = jsonFeedVersion((data as { version?: unknown } | null)?.version);
      if (!version) throw new FeedParseError('not_a_feed', 'JSON document is not a JSON Feed (no jsonfeed.org version)');
      const mapped = mapJsonFeed(data, url, opts.now);
      if (!mapped) throw new FeedParseError('not_a_feed', 'JSON document is not a JSON Feed');
      return done(version, mapped);
    }
    case 'xml': {
      if (sniffed.junk) repairs.add('junk before the XML document skipped');
      const doc = parseXml(decoded.text.slice(sniffed.start), repairs);
      const root = doc.root;
      const f = formatOfRoot(root);
      if (!f) {
        const what = root.local.toLowerCase() === 'html' ? 'an HTML page' : `an XML document with root <${root.name}>`;
        throw new FeedParseError('not_a_feed', `${what}, not a feed`);
      }
      const mapped =
        f.format === 'rss2'
          ? mapRss2(root, url, opts.now)
          : f.format === 'rss1'
            ? mapRss1(root, url, opts.now)
            : mapAtom(root, f.format === 'atom1' ? '1.0' : '0.3', url, opts.now);
      return done(f.format, mapped);
    }
  }
}

/** JSON.parse, retrying once with raw control characters (invalid in JSON strings) escaped. */
function parseJson(text: string, repairs: Repairs): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    // eslint-disable-next-line no-control-regex
    const fixed = text.replace(/[\u0000-\u001F]/g, (c) => (c === '\n' || c === '\r' || c === '\t' || c === ' ' ? c : ''));
    const escaped = escapeNewlinesInStrings(fixed);
    if (escaped !== text) {
      try {
        const data: unknown = JSON.parse(escaped);
        repairs.add('control characters in JSON strings removed or escaped');
        return data;
      } catch {
        // fall through to the original error
      }
    }
    throw new FeedParseError('malformed', `invalid JSON: ${(first as Error).message}`);
  }
}

/** Escape raw newlines/tabs that sit inside JSON string literals. */
function escapeNewlinesInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
      out += c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c;
    } else {
      if (c === '"') inString = true;
      out += c;
    }
  }
  return out;
}
