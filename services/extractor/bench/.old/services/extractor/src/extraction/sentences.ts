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

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'jr', 'sr',
  'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'a.m', 'p.m', 'prof', 'adm', 'brig', 'cpl', 'pvt', 'fig', 'approx', 'mt', 'ft', 'inc', 'ltd', 'co',
]);

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
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
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
      if (/\s/.test(c)) continue;
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
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < n && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === "'" || text[j] === ')')) j++;
      if (j < n && !isSpace(text[j]) && text[j] !== '\n') continue;
      let k = j;
      while (k < n && isSpace(text[k])) k++;
      const next = text[k];
      if (k < n && next !== '\n' && !/[A-Z0-9"“‘'(\u00C0-\u024F]/.test(next!)) continue;
      if (c === '.') {
        // abbreviation or initial?
        let w = i - 1;
        while (w >= start && /[A-Za-z.]/.test(text[w]!)) w--;
        const word = text.slice(w + 1, i).toLowerCase();
        if (word.length === 1 && /[a-z]/.test(word)) continue; // initial "J."
        if (ABBREVIATIONS.has(word)) continue;
      }
      push(start, j);
      start = -1;
      i = j - 1;
    }
  }
  if (start >= 0) push(start, n);
  return out;
}
