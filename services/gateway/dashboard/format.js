// Pure formatting helpers: numbers, partial dates, labels, and finding a figure in a sentence.
// No DOM, no I/O (the browser tests import this module directly).

const NUMBER = new Intl.NumberFormat('en-GB');
const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 55000 -> "55,000"; null -> "—". */
export function num(v) {
  return v === null || v === undefined ? '—' : NUMBER.format(v);
}

/** 1200000 -> "1.2M" (axis ticks). */
export function compact(v) {
  return COMPACT.format(v);
}

export const BOUND_WORDS = { exact: '', approx: 'about', at_least: 'more than', at_most: 'almost' };
export const BOUND_SIGNS = { exact: '', approx: '~', at_least: '≥', at_most: '≤' };

/** A figure as a person says it: "more than 300,000". */
export function figureText(value, bound) {
  const w = BOUND_WORDS[bound] ?? '';
  return w ? `${w} ${num(value)}` : num(value);
}

/** A figure as a chart label: "≥300,000". */
export function figureLabel(value, bound) {
  return `${BOUND_SIGNS[bound] ?? ''}${num(value)}`;
}

/** "2024-12" -> "Dec 2024", "2026-02-04" -> "4 Feb 2026", "2025" -> "2025", null -> "undated". */
export function partialDate(d) {
  if (!d) return 'undated';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

/** The instant a partial date stands for on a time axis: the middle of its month or year. */
export function dateValue(d) {
  if (!d) return null;
  const [y, m, day] = d.split('-').map(Number);
  if (day) return Date.UTC(y, m - 1, day);
  if (m) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, 6, 1);
}

/** An ISO timestamp in the reader's locale: "6 Feb 2026, 10:05". */
export function timestamp(iso) {
  if (!iso) return '—';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return t.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "3 min ago" style, for the feeds panel. */
export function ago(iso, now = Date.now()) {
  if (!iso) return 'never';
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (!Number.isFinite(s)) return '—';
  if (s < 0) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400 * 2) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}

const SPECIAL_PARTIES = { un: 'UN', 'european-union': 'EU', 'united-states': 'US', 'united-kingdom': 'UK', 'united-arab-emirates': 'UAE' };

/** "north-korea" -> "North Korea", "united-states" -> "US". */
export function party(id) {
  if (!id) return 'unknown';
  return SPECIAL_PARTIES[id] ?? id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** "glide-bomb" -> "glide bomb", "prisoner_exchange" -> "prisoner exchange". */
export function words(s) {
  return String(s ?? '').replace(/[-_]/g, ' ');
}

export function capitalise(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** "Ukraine · military killed" */
const WINDOW_WORD = { day: 'daily', week: 'weekly', month: 'monthly', other: 'per period' };

/**
 * Who a series is: the reporter entity's name (else the name as written), and the window of a
 * period series, so one reporter's running total and its daily count read apart.
 */
export function reporterLabel(s) {
  const who = s.reporter?.name ?? s.reportedBy ?? 'Unattributed';
  return s.scope === 'period' ? `${who} (${WINDOW_WORD[s.period] ?? 'per period'})` : who;
}

export function seriesTitle(s) {
  const pop = s.population === 'unspecified' ? '' : `${s.population} `;
  return `${party(s.party)} · ${pop}${s.measure}`;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a number can be written in English news prose, as regex sources. */
export function numberPatterns(value) {
  const v = Math.abs(Math.trunc(value));
  const digits = String(v);
  const grouped = (sep) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const out = new Set([grouped(','), grouped(' '), grouped('\u00a0'), grouped('\u202f'), grouped('.'), digits]);
  for (const [unit, names] of [[1e6, ['million', 'm']], [1e3, ['thousand', 'k']]]) {
    if (v >= unit && (v / unit) * 10 === Math.round((v / unit) * 10)) {
      const n = String(v / unit);
      for (const name of names) out.add(name.length === 1 ? `${n}${name}` : `${n} ${name}`);
    }
  }
  const pats = [...out].map((p) => `(?<![\\d.,])${escape(p)}(?![\\d]|[.,]\\d)`);
  if (v <= 20) pats.push(`\\b${SMALL[v]}\\b`);
  return pats;
}

/**
 * Splits a sentence into pieces, marking where the given figures (numbers) or terms
 * (strings, case-insensitive) occur: [{text, mark}]. Unfound terms are ignored.
 */
export function highlight(sentence, terms) {
  const pats = [];
  for (const t of terms) {
    if (typeof t === 'number' && Number.isFinite(t)) pats.push(...numberPatterns(t));
    else if (typeof t === 'string' && t.trim()) pats.push(`\\b${escape(t.trim())}\\b`);
  }
  if (!sentence) return [];
  if (pats.length === 0) return [{ text: sentence, mark: false }];
  const re = new RegExp(pats.join('|'), 'giu');
  const parts = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m[0].length === 0) continue;
    if (m.index > last) parts.push({ text: sentence.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last), mark: false });
  return parts;
}

/** Only http(s) links are made clickable. */
export function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
