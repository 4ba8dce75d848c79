/**
 * Peer check: run our feed parser over other parsers' test cases and compare the fields we
 * share with them. Usage: npx tsx services/ingest/scripts/peer-check.ts /work/shared/peer-feeds [-v]
 *
 * - gofeed/{rss,atom}: X.xml with X.json (gofeed's translated feed); gofeed/json: X.json with
 *   X_expected.json. Compared where the JSON states them: feed title, link; item guid, link,
 *   title, published/updated (raw) and publishedParsed/updatedParsed.
 * - feedparser/{wellformed,illformed,encoding}: each file's header comment has an `Expect:`
 *   Python expression (and maybe `Header: Content-type: ...`). Conjuncts about feed title/link,
 *   entry id/link/title/published/updated(_parsed) and `encoding` are checked; others are skipped.
 *   `bozo` is compared with our `repaired` flag, reported apart (not in the pass rate).
 *
 * A failure listed in PEER_OPINIONS is one we judge to be the peer's choice rather than our bug:
 * it is still reported, in its own column, with the reason.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import iconv from 'iconv-lite';
import { parseFeed, type FeedItem, type ParseResult } from '../src/feed/index';

const NOW = new Date();

interface Check {
  field: string;
  expected: unknown;
  actual: unknown;
  pass: boolean;
}

interface CaseResult {
  folder: string;
  file: string;
  checks: Check[];
  parsed: boolean;
  error?: string;
  bozo?: { expected: boolean; actual: boolean };
}

/** Known disagreements we judge to be the peer's opinion, not our bug. */
const PEER_OPINIONS: { file: RegExp; field: RegExp; reason: string }[] = [
  {
    file: /gofeed\/rss\/feed(_item)?_links_-_/,
    field: /link$/,
    reason: 'gofeed takes the last of several <link> elements (an un-namespaced <link href>); we keep the first RSS <link>, the element RSS defines',
  },
  {
    file: /atom03_feed_entry_modified/,
    field: /publishedRaw$/,
    reason: 'gofeed copies <modified> into published; our published instant falls back to it too (that check passes), but publishedRaw only holds a real publication element',
  },
  {
    file: /(entry|feed)_title_(escaped|inline)_markup/,
    field: /title$/,
    reason: 'feedparser returns titles as HTML (markup kept, text escaped); our titles are plain text by design',
  },
  {
    file: /illformed\/chardet\//,
    field: /^encoding$/,
    reason: 'no charset anywhere: feedparser guesses statistically (chardet); our contract ends with windows-1252 (BOM, HTTP, declaration, valid UTF-8, windows-1252)',
  },
  {
    file: /gb2312/,
    field: /^encoding$/,
    reason: 'feedparser renames gb2312 to its superset gb18030; we report the declared label (the GBK decoder is used either way)',
  },
  {
    file: /encoding\/http_text_/,
    field: /^encoding$/,
    reason: 'RFC 3023 default (text/* without charset means us-ascii), superseded by RFC 7303, which lets the BOM/XML declaration decide, as our contract orders',
  },
];

function opinionFor(c: CaseResult, ch: Check): string | null {
  for (const o of PEER_OPINIONS) if (o.file.test(c.file) && o.field.test(ch.field)) return o.reason;
  return null;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function run(body: Uint8Array, contentType?: string): ParseResult {
  return parseFeed(body, { now: NOW, ...(contentType ? { contentType } : {}) });
}

function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}

function sameInstant(expected: unknown, actual: Date | null): boolean {
  if (expected === null || expected === undefined) return actual === null;
  const e = new Date(String(expected));
  return actual !== null && !Number.isNaN(e.getTime()) && e.getTime() === actual.getTime();
}

function publishedOf(it: FeedItem | undefined): Date | null {
  // Our `published` falls back to `updated` (as gofeed does), never to first-seen here.
  return it && it.publishedSource !== 'first_seen' ? it.published : null;
}

// ---------------------------------------------------------------- gofeed

function gofeedCases(root: string, folder: string): CaseResult[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: CaseResult[] = [];
  const files = readdirSync(dir).sort();
  const isJson = folder.endsWith('json');
  for (const f of files) {
    let input: string;
    let expectFile: string;
    if (isJson) {
      if (!f.endsWith('.json') || f.endsWith('_expected.json')) continue;
      input = join(dir, f);
      expectFile = join(dir, f.replace(/\.json$/, '_expected.json'));
    } else {
      if (!f.endsWith('.xml')) continue;
      input = join(dir, f);
      expectFile = join(dir, f.replace(/\.xml$/, '.json'));
    }
    if (!existsSync(expectFile)) continue;
    const expected = JSON.parse(readFileSync(expectFile, 'utf-8')) as Record<string, unknown>;
    const r = run(readFileSync(input));
    const c: CaseResult = { folder, file: relative(root, input), checks: [], parsed: r.ok };
    if (!r.ok) c.error = `${r.error.kind}: ${r.error.message}`;
    const feed = r.ok ? r.feed : null;
    const add = (field: string, exp: unknown, act: unknown, pass: boolean): void => {
      c.checks.push({ field, expected: exp, actual: act, pass });
    };
    if ('title' in expected) add('feed.title', expected.title, feed?.title ?? null, expected.title === (feed?.title ?? null));
    if ('link' in expected) add('feed.link', expected.link, feed?.link ?? null, expected.link === (feed?.link ?? null));
    const items = Array.isArray(expected.items) ? (expected.items as Record<string, unknown>[]) : [];
    items.forEach((ei, i) => {
      const it = feed?.items[i];
      const p = `items[${i}].`;
      if ('guid' in ei) add(p + 'guid', ei.guid, it?.guid ?? null, ei.guid === (it?.guid ?? null));
      if ('link' in ei) add(p + 'link', ei.link, it?.link ?? null, ei.link === (it?.link ?? null));
      if ('title' in ei) add(p + 'title', ei.title, it?.title ?? null, ei.title === (it?.title ?? null));
      if ('published' in ei) add(p + 'publishedRaw', ei.published, it?.publishedRaw ?? null, ei.published === (it?.publishedRaw ?? null));
      if ('updated' in ei) add(p + 'updatedRaw', ei.updated, it?.updatedRaw ?? null, ei.updated === (it?.updatedRaw ?? null));
      if ('publishedParsed' in ei) add(p + 'published', ei.publishedParsed, iso(publishedOf(it)), sameInstant(ei.publishedParsed, publishedOf(it)));
      if ('updatedParsed' in ei) add(p + 'updated', ei.updatedParsed, iso(it?.updated), sameInstant(ei.updatedParsed, it?.updated ?? null));
    });
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------- feedparser

/** Read the header comment whatever the file's encoding (it is ASCII text). */
function headerText(bytes: Buffer): string {
  for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'cp037']) {
    if (!iconv.encodingExists(enc)) continue;
    const s = iconv.decode(bytes.subarray(0, 4000), enc);
    if (s.includes('Expect:') || s.includes('Description:')) return s;
  }
  return '';
}

function headerField(text: string, name: string): string | null {
  const m = new RegExp(`^\\s*${name}:\\s*(.*?)\\s*$`, 'm').exec(text);
  return m?.[1] ?? null;
}

type Tok = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const sm = /^[uUbBrR]?(['"])/.exec(s.slice(i, i + 2));
    if (sm && (c === "'" || c === '"' || /['"]/.test(s[i + 1] ?? ''))) {
      const raw = c !== "'" && c !== '"';
      const q = sm[1]!;
      let j = i + (raw ? 2 : 1);
      let v = '';
      const rawMode = /[rR]/.test(c);
      while (j < s.length && s[j] !== q) {
        if (s[j] === '\\' && !rawMode) {
          const e = s[j + 1] ?? '';
          if (e === 'n') { v += '\n'; j += 2; }
          else if (e === 't') { v += '\t'; j += 2; }
          else if (e === 'r') { v += '\r'; j += 2; }
          else if (e === 'x') { v += String.fromCharCode(Number.parseInt(s.slice(j + 2, j + 4), 16)); j += 4; }
          else if (e === 'u') { v += String.fromCharCode(Number.parseInt(s.slice(j + 2, j + 6), 16)); j += 6; }
          else if (e === 'U') { v += String.fromCodePoint(Number.parseInt(s.slice(j + 2, j + 10), 16)); j += 10; }
          else { v += e; j += 2; }
        } else {
          v += s[j];
          j++;
        }
      }
      out.push({ t: 'str', v });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+/.exec(s.slice(i));
    if (num) { out.push({ t: 'num', v: Number(num[0]) }); i += num[0].length; continue; }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (name) { out.push({ t: 'name', v: name[0] }); i += name[0].length; continue; }
    if (s.startsWith('==', i) || s.startsWith('!=', i)) { out.push({ t: 'op', v: s.slice(i, i + 2) }); i += 2; continue; }
    out.push({ t: 'op', v: c });
    i++;
  }
  return out;
}

const UNKNOWN = Symbol('unknown');
type Val = unknown;

/** Split the token list at top-level `and`. */
function conjuncts(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.t === 'op' && '([{'.includes(t.v)) depth++;
    if (t.t === 'op' && ')]}'.includes(t.v)) depth--;
    if (depth === 0 && t.t === 'name' && t.v === 'and') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

function pyTuple(d: Date): number[] {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - start) / 86_400_000) + 1;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
}

/** Evaluate one operand: a literal or a path into our result mapped to feedparser names. */
function operand(toks: Tok[], res: ParseResult): { value: Val; field: string | null } {
  const t0 = toks[0];
  if (!t0) return { value: UNKNOWN, field: null };
  if (toks.length === 1 && t0.t === 'str') return { value: t0.v, field: null };
  if (toks.length === 1 && t0.t === 'num') return { value: t0.v, field: null };
  if (t0.t === 'op' && t0.v === '(') {
    const nums = toks.filter((t) => t.t === 'num').map((t) => t.v as number);
    return { value: nums, field: null };
  }
  if (t0.t !== 'name') return { value: UNKNOWN, field: null };
  const path: (string | number)[] = [t0.v];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.t === 'op' && t.v === '[') {
      const k = toks[i + 1];
      if (!k || (k.t !== 'str' && k.t !== 'num') || toks[i + 2]?.v !== ']') return { value: UNKNOWN, field: null };
      path.push(k.v);
      i += 2;
    } else if (t.t === 'op' && t.v === '.') {
      const k = toks[i + 1];
      if (!k || k.t !== 'name') return { value: UNKNOWN, field: null };
      path.push(k.v);
      i += 1;
    } else return { value: UNKNOWN, field: null };
  }
  const feed = res.ok ? res.feed : null;
  const key = path.join('.');
  if (path.length === 1 && path[0] === 'encoding') return { value: feed?.encoding ?? null, field: 'encoding' };
  if (path.length === 2 && path[0] === 'feed') {
    if (path[1] === 'title') return { value: feed?.title ?? null, field: key };
    if (path[1] === 'link') return { value: feed?.link ?? null, field: key };
    return { value: UNKNOWN, field: null };
  }
  if (path.length === 3 && path[0] === 'entries' && typeof path[1] === 'number') {
    const it = feed?.items[path[1]];
    const f = path[2];
    const m: Record<string, () => Val> = {
      id: () => it?.guid ?? null,
      link: () => it?.link ?? null,
      title: () => it?.title ?? null,
      published: () => it?.publishedRaw ?? null,
      updated: () => it?.updatedRaw ?? null,
      published_parsed: () => { const d = publishedOf(it); return d ? pyTuple(d) : null; },
      updated_parsed: () => (it?.updated ? pyTuple(it.updated) : null),
    };
    const get = typeof f === 'string' ? m[f] : undefined;
    if (!get) return { value: UNKNOWN, field: null };
    return { value: get(), field: key };
  }
  return { value: UNKNOWN, field: null };
}

function feedparserCases(root: string, folder: string): CaseResult[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: CaseResult[] = [];
  for (const file of walk(dir)) {
    if (!file.endsWith('.xml')) continue;
    const bytes = readFileSync(file);
    const header = headerText(bytes);
    const expect = headerField(header, 'Expect');
    if (!expect) continue;
    const hdr = headerField(header, 'Header');
    const ct = hdr && /^content-type:/i.test(hdr) ? hdr.replace(/^content-type:\s*/i, '') : undefined;
    const r = run(bytes, ct);
    const c: CaseResult = { folder, file: relative(root, file), checks: [], parsed: r.ok };
    if (!r.ok) c.error = `${r.error.kind}: ${r.error.message}`;
    for (const conj of conjuncts(tokenize(expect))) {
      if (conj.length === 1 && conj[0]!.t === 'name' && conj[0]!.v === 'bozo') {
        c.bozo = { expected: true, actual: !r.ok || r.feed.repaired };
        continue;
      }
      if (conj.length === 2 && conj[0]!.v === 'not' && conj[1]!.v === 'bozo') {
        c.bozo = { expected: false, actual: !r.ok || r.feed.repaired };
        continue;
      }
      // A == B [== C]
      const parts: Tok[][] = [[]];
      for (const t of conj) {
        if (t.t === 'op' && t.v === '==') parts.push([]);
        else parts[parts.length - 1]!.push(t);
      }
      if (parts.length < 2) continue;
      const vals = parts.map((p) => operand(p, r));
      if (vals.some((v) => v.value === UNKNOWN)) continue;
      const lit = vals.find((v) => v.field === null);
      if (!lit) continue;
      for (const v of vals) {
        if (v.field === null) continue;
        let pass = JSON.stringify(v.value) === JSON.stringify(lit.value);
        if (v.field === 'encoding' && typeof v.value === 'string' && typeof lit.value === 'string') {
          pass = v.value.toLowerCase() === lit.value.toLowerCase();
        }
        c.checks.push({ field: v.field, expected: lit.value, actual: v.value, pass });
      }
    }
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------- report

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const root = args.find((a) => !a.startsWith('-')) ?? '/work/shared/peer-feeds';
  if (!existsSync(root)) {
    console.log(`peer-check: ${root} is absent; nothing to check`);
    return;
  }
  const folders: [string, (r: string, f: string) => CaseResult[]][] = [
    ['gofeed/rss', gofeedCases],
    ['gofeed/atom', gofeedCases],
    ['gofeed/json', gofeedCases],
    ['feedparser/wellformed', feedparserCases],
    ['feedparser/illformed', feedparserCases],
    ['feedparser/encoding', feedparserCases],
  ];
  const failures: string[] = [];
  const opinions: string[] = [];
  const lines: string[] = [];
  let totalChecked = 0;
  let totalPass = 0;
  let totalOpinion = 0;
  for (const [folder, fn] of folders) {
    const cases = fn(root, folder);
    const checked = cases.filter((c) => c.checks.length > 0);
    let pass = 0;
    let opinion = 0;
    for (const c of checked) {
      const bad = c.checks.filter((ch) => !ch.pass);
      if (bad.length === 0) {
        pass++;
        continue;
      }
      const reasons = bad.map((ch) => opinionFor(c, ch));
      const fmt = (ch: Check): string => `${ch.field}: expected ${JSON.stringify(ch.expected)}, got ${JSON.stringify(ch.actual)}`;
      if (reasons.every((x) => x !== null)) {
        opinion++;
        opinions.push(`  ${c.file}\n    ${bad.map((ch, k) => `${fmt(ch)}\n      (peer opinion: ${reasons[k]})`).join('\n    ')}`);
      } else {
        failures.push(`  ${c.file}${c.error ? ` [${c.error}]` : ''}\n    ${bad.map(fmt).join('\n    ')}`);
      }
    }
    const parsed = cases.filter((c) => c.parsed).length;
    const bozo = cases.filter((c) => c.bozo);
    const bozoAgree = bozo.filter((c) => c.bozo!.expected === c.bozo!.actual).length;
    totalChecked += checked.length;
    totalPass += pass;
    totalOpinion += opinion;
    const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
    lines.push(
      `${folder.padEnd(22)} ${String(pass).padStart(4)}/${String(checked.length).padEnd(4)} pass ${pct(pass, checked.length).padStart(6)}` +
        `  (+${opinion} peer opinion; ${pct(pass + opinion, checked.length)} incl.)` +
        `  | files ${cases.length}, parsed ${parsed}` +
        (bozo.length ? `, bozo~repaired ${bozoAgree}/${bozo.length}` : ''),
    );
  }
  if (failures.length) console.log(`FAILURES (judged ours to fix) [${failures.length}]:\n${failures.join('\n')}\n`);
  if (verbose && opinions.length) console.log(`PEER OPINIONS [${opinions.length}]:\n${opinions.join('\n')}\n`);
  else if (opinions.length) console.log(`(${opinions.length} peer-opinion differences hidden; -v to list)\n`);
  console.log('folder                 pass/checked');
  for (const l of lines) console.log(l);
  console.log(`TOTAL ${totalPass}/${totalChecked} pass, ${totalOpinion} peer opinion, ${totalChecked - totalPass - totalOpinion} failures`);
  void basename;
}

main();
