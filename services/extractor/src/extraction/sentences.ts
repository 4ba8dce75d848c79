import { isWhiteSpace } from './chars';

/** A sentence with its character offsets in the article text (start inclusive, end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** index of the paragraph (blank-line separated block) it belongs to */
  paragraph: number;
  index: number;
}

export const MAX_SENTENCE_LENGTH = 1200;

/** Titles and words that always precede something: never a sentence end ("Gen. Syrskyi", "St. Petersburg"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'rep', 'sen', 'gov', 'prof', 'adm',
  'brig', 'cpl', 'pvt', 'fig', 'approx', 'mt', 'ft', 'vs', 'e.g', 'i.e', 'cf', 'ca', 'rev', 'hon', 'pres', 'sec', 'amb',
  'dep', 'insp', 'supt', 'lt.-gen', 'maj.-gen', 'lt.-col', 'est',
]);
/** Month abbreviations: not an end before a day number ("Oct. 14"), an end before a capitalised word. */
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/**
 * Abbreviations that may also end a sentence ("talks with the U.S. The next round ..."): an end
 * only when the next word is a typical sentence opener.
 */
const MAY_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'no']);
const OPENERS = new Set(
  ('The A An He She It They We I You In On At By For From But And Or So Yet However Meanwhile Separately Earlier Later ' +
    'This That These Those There Their His Her Its Our After Before When While Since As If Although Officials Russia ' +
    'Ukraine Ukrainian Russian Kyiv Moscow Washington Both Neither Some Many Most Several No Asked Speaking According').split(' '),
);

/** A-Z, a-z, "." or "-" */
function isWordBeforeChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

/** The word (letters and inner dots) that ends right before position `dot`. */
function wordBefore(text: string, dot: number, start: number): string {
  let w = dot - 1;
  while (w >= start && isWordBeforeChar(text.charCodeAt(w))) w--;
  return text.slice(w + 1, dot).replace(/^[-.]+/, '');
}

/** The next word after position `k` (letters only), or the next character class. */
function nextWord(text: string, k: number): string {
  const m = /^[“"‘'(]*([\p{L}]+)/u.exec(text.slice(k, k + 40));
  return m ? m[1]! : '';
}

/**
 * Is the period at `dot` part of an abbreviation or an initial rather than a sentence end?
 * `k` is the index of the first character of the next token.
 */
export function isAbbreviationDot(text: string, dot: number, start: number, k: number): boolean {
  const raw = wordBefore(text, dot, start);
  const word = raw.toLowerCase();
  if (!word) return false;
  const next = text[k] ?? '';
  const nextIsDigit = /\d/.test(next);
  const nw = nextWord(text, k);
  // single-letter initial: "J. D. Vance", "Sergei K. Shoigu"; a lone capital before a name
  if (/^[a-z]$/i.test(raw)) return /^[A-Z]$/.test(raw) ? true : !OPENERS.has(nw);
  if (TITLES.has(word)) return true;
  if (word === 'no') return nextIsDigit; // "No. 5" but "said no. The ..."
  if (MONTH_ABBR.has(word)) return nextIsDigit || /^[a-z]/.test(next);
  if (MAY_END.has(word)) return nextIsDigit || !OPENERS.has(nw);
  // other dotted acronyms ("D.C.", "N.A.T.O."): like U.S.
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return nextIsDigit || !OPENERS.has(nw);
  return false;
}

/** A sentence end without the space after it: a lower-case word or a year before the stop, a capitalised word after it. */
const GLUED_END_BEFORE = /(?:[a-z]{3}|\d{4})$/;
const GLUED_START = /^[A-Z][a-z]{2}/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
}

/** Split text into sentences. Linear time; never returns a sentence longer than MAX_SENTENCE_LENGTH. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (!text) return out;
  let paragraph = 0;
  let start = -1; // start of the current sentence (first non-space char), -1 when none
  let lastBreakWasBlank = false;
  const push = (s: number, e: number) => {
    // trim
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) return;
    // require at least one letter or digit
    let has = false;
    for (let i = s; i < e && i < s + 200; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) {
        has = true;
        break;
      }
    }
    if (!has) return;
    out.push({ text: text.slice(s, e), start: s, end: e, paragraph, index: out.length });
  };
  const n = text.length;
  // Inside a sentence nothing happens until a newline, an end mark or the length cap: the loop jumps
  // there (the next of each mark is found by indexOf and kept until passed).
  const nextOf = [-1, -1, -1, -1];
  const marks = ['\n', '.', '!', '?'];
  const nextStop = (from: number): number => {
    let stop = Math.min(n, start + MAX_SENTENCE_LENGTH);
    for (let k = 0; k < 4; k++) {
      if (nextOf[k]! < from && nextOf[k]! !== n) {
        const at = text.indexOf(marks[k]!, from);
        nextOf[k] = at < 0 ? n : at;
      }
      if (nextOf[k]! < stop) stop = nextOf[k]!;
    }
    return stop;
  };
  for (let i = 0; i < n; i = start >= 0 ? nextStop(i + 1) : i + 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (start >= 0) push(start, i);
      start = -1;
      // blank line -> new paragraph
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      if (text[j] === '\n') {
        if (!lastBreakWasBlank) paragraph++;
        lastBreakWasBlank = true;
      } else if (out.length > 0 && !lastBreakWasBlank) {
        // single newline: a heading or a line break; treat as its own paragraph
        paragraph++;
        lastBreakWasBlank = true;
      }
      continue;
    }
    if (start < 0) {
      if (isWhiteSpace(code)) continue;
      start = i;
      lastBreakWasBlank = false;
    }
    if (i - start >= MAX_SENTENCE_LENGTH) {
      // cap: cut at the last space if any, else hard cut
      let cut = i;
      for (let k = i; k > start + MAX_SENTENCE_LENGTH / 2; k--) {
        if (text[k] === ' ') {
          cut = k;
          break;
        }
      }
      push(start, cut);
      start = cut;
      continue;
    }
    if (code === 46 || code === 33 || code === 63) {
      const c = text[i]!;
      let j = i + 1;
      while (j < n && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === "'" || text[j] === ')')) j++;
      // a footnote mark after the end: "... injuring 27.[3] Russian forces ..."
      if (text[j] === '[') {
        const note = /^\[\d{1,3}\]/.exec(text.slice(j, j + 6));
        if (note) j += note[0].length;
      }
      // ("... in 2022.Moscow does not ...": a page that lost the space after a full stop; "kyivpost.com" and
      // "U.S.Army" stay whole)
      const glued = c === '.' && j === i + 1 && GLUED_END_BEFORE.test(text.slice(Math.max(start, i - 4), i)) && GLUED_START.test(text.slice(j, j + 4));
      if (j < n && !isSpace(text[j]) && text[j] !== '\n' && !glued) continue;
      let k = j;
      while (k < n && isSpace(text[k])) k++;
      const next = text[k];
      if (k < n && next !== '\n' && !/[A-Z0-9"“‘'(\u00C0-\u024F]/.test(next!)) continue;
      if (c === '.' && k < n && text[k] !== '\n' && j === i + 1 && isAbbreviationDot(text, i, start, k)) continue;
      push(start, j);
      start = -1;
      i = j - 1;
    }
  }
  if (start >= 0) push(start, n);
  return out;
}
