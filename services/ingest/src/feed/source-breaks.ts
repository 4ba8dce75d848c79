/**
 * Whether a newline written inside an HTML text run separates structure (a bullet, a
 * timestamp, a heading above its text, a "key: value" line) or only wraps prose. HTML
 * renders both as a space, but for claims the difference matters: a heading joined to the
 * sentence below it ("Russia claims heavy losses Russia's defence ministry says …") or
 * bullets joined into one sentence mix up who said what. Pure.
 */

/** Lines that start a list item or a live-blog entry. */
const LIST_OR_TIME = /^(?:[-•*–—▪►·]\s|\d{1,2}[:.]\d{2}\b|\d+[.)]\s)/u;
/** A line that ends a sentence, a quote or a bracket. */
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/u;
/** A line that opens with a capital, a digit or a quote: a heading's next line can. */
const OPENS_LINE = /^["“‘(]?[\p{Lu}\d]/u;
/** Lines longer than this read as wrapped prose rather than a heading. */
const HEADING_MAX = 100;
/** Words a wrapped line ends on mid-sentence; a heading does not end on them. */
const CONTINUES = /\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|that|said|says|told|president|minister|as)$/;
/** A "label: figure" or "label – figure" line, as in a box of numbers. */
const KEY_FIGURE = /^[^.!?]{1,100}(?::|\s[–—-])\s[^.!?]{0,40}\d(?:[\d,.]*\d)?\s*(?:[a-z]{1,3}\b)?\s*(?:\([^)]*\))?$/;

export function keepsSourceBreak(previous: string, next: string): boolean {
  if (LIST_OR_TIME.test(next)) return true;
  if (ENDS_SENTENCE.test(previous) || KEY_FIGURE.test(previous)) return true;
  if (!OPENS_LINE.test(next)) return false;
  return previous.length <= HEADING_MAX && !CONTINUES.test(previous);
}
