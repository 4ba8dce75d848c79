/**
 * An exchange agreed but not (yet) carried out: "agreed to exchange 1,000 prisoners each",
 * "will each release 205 prisoners", "agreed on a swap of 84 for 84". Its outcome carries
 * `agreed: true`; an exchange carried out ("exchanged", "swapped", "were freed") does not.
 */
const AGREED =
  /\b(?:agree[sd]?|agreeing|accepted|consented)\s+(?:on\s+|to\s+)?(?:(?:a|an|the|another|further|new)\s+)?(?:[\w-]+\s+){0,2}?(?:exchange|swap|trade|release|return)\b|\b(?:will|would|are to|are due to|is to|is due to)\s+(?:each\s+)?(?:exchange|swap|trade|release|free|hand over)\b/i;
/** the exchange also happened: "agreed and carried out", "exchanged on Friday" */
const DONE = /\b(?:exchanged|swapped|traded|were (?:freed|released|exchanged|swapped)|carried out|took place|went ahead|completed)\b/i;

export function agreedNotDone(sentence: string): boolean {
  return AGREED.test(sentence) && !DONE.test(sentence);
}
