/**
 * Cue words: cheap necessary conditions for costly patterns, found for all patterns in one pass.
 *
 * A cue group lists literals of which every match of its pattern contains at least one (ignoring
 * the case of ASCII letters). A sentence in which none occurs cannot match the pattern,
 * so the pattern need not run: skipping it changes nothing. Most sentences carry no date, no
 * attack, no exchange..., and one scan of the sentence (an Aho-Corasick automaton over all
 * groups) is much cheaper than running each pattern, or each group as a regex, on its own.
 *
 * Literals are lower-case ASCII; the scan reads A-Z as a-z, the Kelvin sign and the long s "ſ" as
 * "k" and "s", and every white-space character (what `\s` matches) as a space, so a space in a
 * literal also stands for one `\s`. A group guards a case-sensitive pattern as well (ignoring case
 * only widens it), and one with the `i` flag: without `u`, `i` matches an ASCII letter only by an
 * ASCII letter; with `u`, also by those two signs (no other character case-folds to an ASCII letter).
 *
 * A pattern run on a copy of the sentence with parts blanked by spaces (offsets kept) finds no
 * literal the sentence lacks, as long as the literal holds no space: groups for such patterns
 * list literals without spaces. A text with other changes needs its own scan.
 */

export interface CueGroup {
  readonly id: number;
  readonly literals: readonly string[];
}

/** Scan result: [number of groups known to the scan, then one bit per group in 32-bit words]. */
export type Cues = Int32Array;

/** Groups a scan can tell apart (4 words of bits per automaton state). */
const MAX_GROUPS = 128;
const WORDS = MAX_GROUPS / 32;

const groups: CueGroup[] = [];

/** Register a group (at module load). Gates fail open for groups registered after a scan. */
export function cueGroup(literals: readonly string[]): CueGroup {
  for (const w of literals) {
    if (!w || !/^[\x20-\x7e]+$/.test(w) || w !== w.toLowerCase()) throw new Error(`cue literal must be lower-case ASCII: ${JSON.stringify(w)}`);
  }
  if (groups.length >= MAX_GROUPS) throw new Error(`more than ${MAX_GROUPS} cue groups: raise MAX_GROUPS`);
  const g: CueGroup = { id: groups.length, literals: [...literals] };
  groups.push(g);
  return g;
}

interface Automaton {
  groupCount: number;
  /** char code (< 128) -> symbol; 0 for a character no literal holds */
  symbol: Uint8Array;
  /** symbols per state row */
  width: number;
  /** state * width + symbol -> next state */
  next: Uint16Array | Int32Array;
  /** states from this one on end a literal; the others end none */
  firstFound: number;
  /** (state - firstFound) * WORDS + w: bits of the groups whose literals end at the state (following suffix links) */
  found: Int32Array;
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const symbol = new Uint8Array(128);
  let width = 1;
  for (const g of groups) for (const w of g.literals) for (let k = 0; k < w.length; k++) if (!symbol[w.charCodeAt(k)]) symbol[w.charCodeAt(k)] = width++;
  // the scan ignores the case of ASCII letters and reads white space as " "
  for (let c = 65; c <= 90; c++) symbol[c] = symbol[c | 0x20]!;
  for (let c = 9; c <= 13; c++) symbol[c] = symbol[32]!;
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  for (const g of groups) {
    for (const w of g.literals) {
      let s = 0;
      for (let k = 0; k < w.length; k++) {
        const c = symbol[w.charCodeAt(k)]!;
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]!.push(g.id);
    }
  }
  const n = goto.length;
  // symbol 0 (a character in no literal) always leads back to the root: rows keep it 0
  const next = n < 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
  const fail = new Int32Array(n);
  const found = new Int32Array(n * WORDS);
  for (let s = 0; s < n; s++) for (const id of ends[s]!) found[s * WORDS + (id >> 5)] = found[s * WORDS + (id >> 5)]! | (1 << (id & 31));
  // breadth first, so a state's suffix link is complete before its children need it
  const queue: number[] = [];
  for (let c = 1; c < width; c++) {
    const t = goto[0]!.get(c);
    if (t !== undefined) {
      next[c] = t;
      queue.push(t);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    for (let w = 0; w < WORDS; w++) found[s * WORDS + w] = found[s * WORDS + w]! | found[fail[s]! * WORDS + w]!;
    for (let c = 1; c < width; c++) {
      const t = goto[s]!.get(c);
      if (t !== undefined) {
        fail[t] = next[fail[s]! * width + c]!;
        next[s * width + c] = t;
        queue.push(t);
      } else next[s * width + c] = next[fail[s]! * width + c]!;
    }
  }
  // number the states that end a literal last, so the scan tells them by one comparison
  const endsLiteral = (s: number) => (found[s * WORDS]! | found[s * WORDS + 1]! | found[s * WORDS + 2]! | found[s * WORDS + 3]!) !== 0;
  const order: number[] = [];
  for (let s = 0; s < n; s++) if (!endsLiteral(s)) order.push(s); // (the root ends nothing: it stays 0)
  const firstFound = order.length;
  for (let s = 0; s < n; s++) if (endsLiteral(s)) order.push(s);
  const id = new Int32Array(n);
  order.forEach((s, k) => (id[s] = k));
  const renumbered = n < 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
  const foundAt = new Int32Array((n - firstFound) * WORDS);
  order.forEach((s, k) => {
    for (let c = 0; c < width; c++) renumbered[k * width + c] = id[next[s * width + c]!]!;
    if (k >= firstFound) for (let w = 0; w < WORDS; w++) foundAt[(k - firstFound) * WORDS + w] = found[s * WORDS + w]!;
  });
  return { groupCount: groups.length, symbol, width, next: renumbered, firstFound, found: foundAt };
}

/** The symbol of a non-ASCII character: ſ, K and white space read as s, k and " "; 0 for the others. */
function wideSymbol(c: number, ls: number, lk: number, sp: number): number {
  if (c === 0x17f) return ls;
  if (c === 0x212a) return lk;
  const space = c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  return space ? sp : 0;
}

let gatesOpen = false;

/**
 * Run `fn` with every gate open (every scan reports every group): the extractor as it would be
 * without cue words. A spec compares both over many texts, so a word added to a gated pattern
 * but not to its group shows up as a difference.
 */
export function withCueGatesOpen<T>(fn: () => T): T {
  gatesOpen = true;
  try {
    return fn();
  } finally {
    gatesOpen = false;
  }
}

/** Which groups have a literal in `text` (ignoring case, see above). */
export function scanCues(text: string): Cues {
  if (gatesOpen) return new Int32Array([groups.length, -1, -1, -1, -1]);
  if (!automaton || automaton.groupCount !== groups.length) automaton = build();
  const { symbol, width, next, firstFound, found } = automaton;
  const ls = symbol[115]!; // "s"
  const lk = symbol[107]!; // "k"
  const sp = symbol[32]!; // " "
  let s = 0;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // no literal holds a non-ASCII character (ſ reads as s, K as k): the match restarts after any other
    s = c < 128 ? next[s * width + symbol[c]!]! : next[s * width + wideSymbol(c, ls, lk, sp)]!;
    if (s >= firstFound) {
      const b = (s - firstFound) * WORDS;
      m0 |= found[b]!;
      m1 |= found[b + 1]!;
      m2 |= found[b + 2]!;
      m3 |= found[b + 3]!;
    }
  }
  const cues = new Int32Array(1 + WORDS);
  cues[0] = automaton.groupCount;
  cues[1] = m0;
  cues[2] = m1;
  cues[3] = m2;
  cues[4] = m3;
  return cues;
}

/** Did the scan see one of the group's literals? (false for a group it did not know of) */
export function cueFound(cues: Cues, g: CueGroup): boolean {
  return g.id < cues[0]! && ((cues[1 + (g.id >> 5)]! >>> (g.id & 31)) & 1) === 1;
}

/** May the group's pattern match? (true for a group the scan did not know of) */
export function hasCue(cues: Cues, g: CueGroup): boolean {
  return g.id >= cues[0]! || ((cues[1 + (g.id >> 5)]! >>> (g.id & 31)) & 1) === 1;
}
