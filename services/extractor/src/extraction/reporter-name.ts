import { partyRef, type Mention } from './entities';

/**
 * Capitalised phrases that are no reporter's name: a fact-box heading ("COUNTING THE COST"), a clock
 * before the subject ("12:30 GMT Ukraine says"), or sides named together ("Ukrainian and Russian
 * sources say"), which name no one speaker. Pure functions over the phrase as written.
 */

/** A time stamp that opens a liveblog line: "12:30 GMT", "09.15 Kyiv time", "UTC" (or its tail after a colon, "30 GMT"). */
const CLOCK = /^(?:(?:updated|last update)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?)?(?:(?:GMT|UTC|CET|CEST|EET|EEST|BST|MSK)\b|Kyiv time\b|Moscow time\b)\s*/i;

/** `np` without a leading time stamp ("12:30 GMT Ukraine says" is Ukraine's word). */
export function withoutClock(np: string): string {
  return np.replace(CLOCK, '');
}

const SMALL_CAPS_WORD = /^(?:THE|OF|AND|IN|ON|A|AN|TO|FOR|AT|BY|WITH)$/;

/** A heading in capitals: two or more words, no lower case, and an ordinary word among them (acronyms stay). */
export function shouted(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length < 2 || /\p{Ll}/u.test(phrase)) return false;
  return words.some((w) => SMALL_CAPS_WORD.test(w) || w.replace(/[^\p{L}]/gu, '').length >= 6);
}

const JOINER = /^(?:and|or|,|&|both)$/i;

/**
 * Whether `phrase` names only sides, two or more of them ("Ukrainian and Russian"): `sides` are the
 * texts of its party mentions.
 */
export function sidesOnly(phrase: string, sides: string[]): boolean {
  if (sides.length < 2) return false;
  let rest = phrase;
  for (const s of sides) rest = rest.replace(s, ' ');
  return rest
    .split(/\s+|(?=,)/)
    .filter(Boolean)
    .every((w) => JOINER.test(w));
}

/** Words after the sides that still name no one: "Ukrainian and Russian officials". */
const GENERIC_TAIL = /\s+(?:officials|sources|authorities|data|figures|estimates|media|officers)$/i;

/**
 * The reporter a toll shows, from the name its attribution gave: null for a heading, for sides named
 * together, or for nothing left once a clock is taken off. `sides`: texts of the party mentions in
 * the source phrase.
 */
export function reporterName(name: string | null, sides: string[]): string | null {
  if (name === null) return null;
  const n = withoutClock(name).trim().replace(/['’]s$/, '');
  if (!n || shouted(n) || LONE_ADJECTIVE.test(n) || sidesOnly(n.replace(GENERIC_TAIL, ''), sides)) return null;
  return n;
}

/** An adjective left alone ("Western estimates suggest", "Ukrainian officials say"): no one named. */
const LONE_ADJECTIVE = /^(?:Western|Eastern|European|American|British|French|German|Russian|Ukrainian|Independent|Local|Official|Foreign|Military|Regional|Unofficial|Other)$/;

/**
 * Texts of the side mentions between `start` and `end` (a source phrase): a side's name, adjective
 * or capital. An institution ("the UK Ministry of Defence") is one speaker, not a side.
 */
export function sidesWithin(mentions: Mention[], start: number, end: number): string[] {
  return mentions.filter((m) => m.start >= start && m.end <= end && (partyRef(m)?.form ?? 'institution') !== 'institution').map((m) => m.text);
}
