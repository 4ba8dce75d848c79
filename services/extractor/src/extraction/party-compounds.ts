import type { Gazetteer } from '../gazetteer/compile';

/**
 * Hyphenated compounds of party names, which the tokenizer keeps as one word:
 * "Russian-Ukrainian talks", "US-Russia summit", "Russian-American-Ukrainian consultations" name
 * the sides at a table; "UAE-hosted", "Turkish-mediated", "US-brokered" name a host or mediator.
 */
export interface PartyCompounds {
  /** sides of a compound that qualifies a meeting noun */
  sides: string[];
  /** parties of a "-hosted", "-mediated", "-brokered" compound */
  hosts: string[];
}

// (hyphen or en dash: "Russian–Ukrainian talks")
const COMPOUND = /(?<![\p{L}\p{N}–-])[\p{L}.]+(?:[-–][\p{L}.]+)+/gu;
const HOST_SUFFIX = /^(?:hosted|mediated|brokered|sponsored|facilitated)$/i;
const MEETING_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|consultations|meetings?|sessions?|summits?|rounds?|contacts?|dialogue|format|delegations?|teams|negotiators|envoys)\b/iu;

/** Brokers that take part in the talks they broker as a side. */
export const BROKER_AT_TABLE: ReadonlySet<string> = new Set(['united-states']);

/** Words that make the talks after them a topic: "the prospect of direct", "the possibility of restarting". */
export const TALKS_AS_TOPIC = /\b(?:prospects?|possibility|possibilities|idea|chances?|hopes?|resumption|revival|restarting|resuming|relaunching) (?:of|for) (?:(?:the|a|restarting|resuming|holding|new|direct|further)\s+){0,3}$/i;

/** The party a single word names, as the gazetteer spells it ("US", "Russian", "papal"). */
function partyOfWord(gaz: Gazetteer, written: string): string | null {
  // ("U.S.-brokered": the index holds the dotted abbreviation without its last period)
  const word = written.endsWith('.') && !gaz.index.has(written.toLowerCase()) ? written.slice(0, -1) : written;
  const key = word.toLowerCase();
  const entries = gaz.index.get(key);
  if (!entries) return null;
  for (const e of entries) {
    if (e.tokens.length !== 1) continue;
    const tok = e.tokens[0]!;
    // "US" but not "us": upper-case entries match only as written
    if (tok !== word && tok !== tok.toLowerCase() && tok !== word.charAt(0) + word.slice(1).toLowerCase()) continue;
    for (const r of e.refs) if (r.type === 'party') return r.party;
  }
  return null;
}

/** Party compounds in `t` (a sentence). */
export function partyCompounds(t: string, gaz: Gazetteer): PartyCompounds {
  const sides: string[] = [];
  const hosts: string[] = [];
  if (!t.includes('-') && !t.includes('–')) return { sides, hosts };
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(t); m; m = COMPOUND.exec(t)) {
    const parts = m[0].split(/[-–]/);
    const last = parts[parts.length - 1]!;
    if (HOST_SUFFIX.test(last)) {
      for (const p of parts.slice(0, -1)) {
        const party = partyOfWord(gaz, p);
        if (!party) continue;
        // "US-brokered talks" between Russia and Ukraine: the broker sits at that table as a side (the trilateral
        // format), where "Turkish-mediated" or "UAE-hosted" names a host
        if (/^(?:brokered|mediated)$/i.test(last) && BROKER_AT_TABLE.has(party)) {
          if (!sides.includes(party)) sides.push(party);
        } else if (!hosts.includes(party)) hosts.push(party);
      }
      continue;
    }
    const parties = parts.map((p) => partyOfWord(gaz, p));
    if (parties.some((p) => p === null)) continue;
    const distinct = [...new Set(parties as string[])];
    if (distinct.length < 2) continue;
    if (!MEETING_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "Putin, Witkoff discussed the prospect of direct Russia-Ukraine talks": talks spoken of, not the ones held
    if (TALKS_AS_TOPIC.test(t.slice(Math.max(0, m.index - 50), m.index))) continue;
    // ("Following the U.S.-Ukraine talks, Sybiha held consultations ...", "Separate U.S.-Russia talks are slated": other
    // meetings than the one the sentence tells)
    if (/\b(?:following|after|before|ahead of|since|separate)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
    for (const p of distinct) if (!sides.includes(p)) sides.push(p);
  }
  return { sides, hosts };
}
