/** Word tokens with offsets; shared by the gazetteer index and the extractor so both split alike. */
export interface Token {
  /** the token as written, possessive suffix removed */
  readonly text: string;
  /** lower-cased text */
  readonly lower: string;
  readonly start: number;
  /** end offset of the token including any possessive suffix */
  readonly end: number;
  readonly possessive: boolean;
  /** the first character of `text` is A-Z (without building `text`) */
  startsUpper(): boolean;
}

/** what lower-casing does to a token: nothing, ASCII letters only, or anything (non-ASCII) */
const PLAIN = 0;
const ASCII_UPPER = 1;
const OTHER = 2;

/** A token of a text; its strings are made when first asked for (most tokens never are). */
class SourceToken implements Token {
  private textCache: string | undefined;
  private lowerCache: string | undefined;
  constructor(
    readonly src: string,
    readonly start: number,
    /** end of `text` in `src` */
    readonly textEnd: number,
    readonly end: number,
    readonly possessive: boolean,
    /** PLAIN, ASCII_UPPER or OTHER */
    readonly casing: number,
  ) {}

  get text(): string {
    return (this.textCache ??= this.src.slice(this.start, this.textEnd));
  }

  get lower(): string {
    return (this.lowerCache ??= this.casing === PLAIN ? this.text : this.text.toLowerCase());
  }

  startsUpper(): boolean {
    const c = this.src.charCodeAt(this.start);
    return c >= 65 && c <= 90;
  }
}

/**
 * A token is what the pattern [\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)* (flags gu) matches: runs of letters and
 * digits (by code point) joined by single dots, apostrophes or hyphens. Scanned by hand: this runs on
 * every sentence and a regex with Unicode classes is several times slower.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/** per non-ASCII code point: 0 not yet known, 1 not a letter or digit, 2 a letter or digit */
const wordClass = new Uint8Array(0x110000);

function isWideWordCp(cp: number): boolean {
  let v = wordClass[cp]!;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 1;
    wordClass[cp] = v;
  }
  return v === 2;
}

/** Is this one UTF-16 unit a letter on its own (a lone surrogate is not)? */
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}

function isJoiner(c: number): boolean {
  return c === 46 /* . */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */;
}

function apostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Width in code units (1, or 2 for a surrogate pair) of the non-ASCII letter or digit at `i`; 0 for another character. */
function wideWordWidth(text: string, c: number, i: number, n: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWideWordCp(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWideWordCp(c) ? 1 : 0;
}

/** set by runEnd: what lower-casing does to the runs of the token (PLAIN, ASCII_UPPER, OTHER) */
let casing = PLAIN;

/** End (exclusive) of the run of letters/digits starting at `i`; `i` when there is none. */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++;
      else if (c >= 65 && c <= 90) {
        if (casing === PLAIN) casing = ASCII_UPPER;
        i++;
      } else break;
    } else {
      const w = wideWordWidth(text, c, i, n);
      if (w === 0) break;
      casing = OTHER;
      i += w;
    }
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // (a low surrogate alone is no letter: stepping one unit past any other character is safe)
    const c = text.charCodeAt(i);
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : wideWordWidth(text, c, i, n) === 0) {
      i++;
      continue;
    }
    const start = i;
    casing = PLAIN;
    let end = runEnd(text, i, n);
    while (end < n && isJoiner(text.charCodeAt(end))) {
      const e2 = runEnd(text, end + 1, n);
      if (e2 === end + 1) break;
      end = e2;
    }
    i = end;
    let textEnd = end;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && last === 115 /* s */ && apostrophe(text.charCodeAt(end - 2))) {
      textEnd = end - 2;
      possessive = true;
    } else if (end < n && apostrophe(text.charCodeAt(end))) {
      // plural possessive: "Ukrainians' families"
      if (last === 115 && !(end + 1 < n && isLetterUnit(text.charCodeAt(end + 1)))) possessive = true;
    }
    // (a token of lower-case ASCII letters, digits and joiners is its own lower case)
    out.push(new SourceToken(text, start, textEnd, end, possessive, casing));
  }
  return out;
}

/**
 * Lower-case words -> values, looked up by token without hashing a fresh string (or building the
 * token's lower case): a walk over the token's characters that most words leave after one or two.
 * `get(token)` is `map.get(token.lower)` for the map the trie was built from.
 */
export class WordTrie<V> {
  /** ASCII character -> symbol (0: in no word); A-Z as a-z (the words are lower case) */
  private readonly symbol = new Uint8Array(128);
  private readonly width: number;
  /** node * width + symbol -> child node (0: none; the root is node 0) */
  private readonly next: Int32Array;
  /** children by non-ASCII characters, per node */
  private readonly wide = new Map<number, Map<number, number>>();
  private readonly values: (V | undefined)[] = [undefined];

  constructor(map: ReadonlyMap<string, V>) {
    for (const w of map.keys()) if (/[A-Z]/.test(w)) throw new Error(`WordTrie: not a lower-case word: ${w}`);
    let width = 1;
    for (const w of map.keys()) for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) < 128 && !this.symbol[w.charCodeAt(k)]) this.symbol[w.charCodeAt(k)] = width++;
    this.width = width;
    const rows: number[] = new Array<number>(width).fill(0);
    for (const [w, v] of map) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let child = c < 128 ? (this.symbol[c] ? rows[node * width + this.symbol[c]!]! : 0) : (this.wide.get(node)?.get(c) ?? 0);
        if (child === 0) {
          child = this.values.length;
          this.values.push(undefined);
          for (let x = 0; x < width; x++) rows.push(0);
          if (c < 128) rows[node * width + this.symbol[c]!] = child;
          else {
            let m = this.wide.get(node);
            if (!m) this.wide.set(node, (m = new Map()));
            m.set(c, child);
          }
        }
        node = child;
      }
      this.values[node] = v;
    }
    this.next = Int32Array.from(rows);
    // a word with A-Z has no entry: the walk reads A-Z as a-z only for tokens whose lower case does so
    for (let c = 65; c <= 90; c++) this.symbol[c] = this.symbol[c | 0x20]!;
  }

  private child(node: number, c: number): number {
    if (c < 128) {
      const s = this.symbol[c]!;
      return s === 0 ? 0 : this.next[node * this.width + s]!;
    }
    return this.wide.get(node)?.get(c) ?? 0;
  }

  get(t: Token): V | undefined {
    const { symbol, next, width } = this;
    let node = 0;
    if (t instanceof SourceToken && t.casing !== OTHER) {
      // the lower case of such a token differs from its text in A-Z only (read as a-z)
      const { src, textEnd } = t;
      for (let k = t.start; k < textEnd; k++) {
        const c = src.charCodeAt(k);
        if (c < 128) {
          const s = symbol[c]!;
          node = s === 0 ? 0 : next[node * width + s]!;
        } else node = this.wide.get(node)?.get(c) ?? 0;
        if (node === 0) return undefined;
      }
    } else {
      const w = t.lower;
      for (let k = 0; k < w.length; k++) {
        node = this.child(node, w.charCodeAt(k));
        if (node === 0) return undefined;
      }
    }
    return this.values[node];
  }
}
