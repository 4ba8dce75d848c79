/** Character tests on code units and code points, for scans that avoid a regex per character. */

const WHITE_SPACE = /\s/;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const KNOWN = 1;
const IS_LETTER = 2;
const IS_UPPER = 4;
/** per code point: 0 not yet known, else KNOWN with IS_LETTER and IS_UPPER as they apply */
const letterClass = new Uint8Array(0x110000);

function classOf(cp: number): number {
  let v = letterClass[cp]!;
  if (v === 0) {
    const ch = String.fromCodePoint(cp);
    v = KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0);
    letterClass[cp] = v;
  }
  return v;
}

/** Is the code point a letter (\p{L})? */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return (classOf(cp) & IS_LETTER) !== 0;
}

/** Is the code point an upper-case letter (\p{Lu})? */
export function isUpperLetter(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return (classOf(cp) & IS_UPPER) !== 0;
}

/** Does `\s` match this code unit? */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(String.fromCharCode(c)));
}
