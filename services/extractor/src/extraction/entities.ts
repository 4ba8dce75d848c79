import type { EntityRef, Gazetteer } from '../gazetteer/compile';
import type { PlaceConfig } from '../gazetteer/schema';
import { tokenize, type Token } from '../gazetteer/tokens';
import { cueGroup, hasCue, scanCues, type Cues } from './cues';

/** A recognised name in a sentence. Offsets are relative to the sentence. */
export interface Mention {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number; // exclusive
  text: string;
  refs: EntityRef[];
  possessive: boolean;
}

/** A building or venue named after the words before it: no person. */
const BUILDING_WORD = /^(?:Hotel|Hotels|Resort|Centre|Center|Hall|Tower|Towers|Hospital|Cathedral|Church|Stadium|Airbase|Airport|Museum|Embassy|Plaza|Park|Villa|Residence|Palace|Station|Bridge|Square|Street)$/;
/** Words that never belong to a generic person name. */
const NOT_NAME = new Set(
  (
    'President Prime Minister Ministers Secretary State Foreign Defence Defense Chief Head Heads General Army Navy Air Force Forces Deputy ' +
    'Cardinal Pope Governor Mayor Commander Colonel Major Lieutenant Captain Sergeant National Security Council Ministry Office Mission Agency ' +
    'Service Services Staff Headquarters Committee Intelligence Independent Regional Human Rights Monitoring United Nations Federation Republic ' +
    'European Union Red Cross International Organization Organisation Coordination Treatment Prisoners War Black Sea Soviet Nazi World Day ' +
    'Independence Palace City Region Oblast Street Square Central Bank Command Operations Operation Group Guard Guards Special Envoy Ambassador ' +
    'Spokesman Spokeswoman Speaker Parliament Senator Representative Congressman Chancellor King Queen Prince Crown Sheikh Emir Saint St Holy See ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'The A An In On At As By For From Of To With And But Or If When While After Before Since Until Despite During Meanwhile Separately Also Hours ' +
    'Late Early Last Next This That These Those Its His Her Their Our Both Neither Either Most Many Some Several Few One Two Three Photographs ' +
    'Video Relatives Officials Diplomats Military Analysts Ukrainian Russian American British French German Turkish Energy Industry Industrial ' +
    'News Agency Press Television TV Radio Times Post Journal Telegraph Guardian Institute University Company Corporation Group Holdings Ltd ' +
    'North South East West Northern Southern Eastern Western Great Little New Old Upper Lower Democratic Socialist Liberal Conservative Party ' +
    'Supreme Court Justice Interior Social Policy Economy Finance Health Education Infrastructure Culture Justice Emergency Emergencies ' +
    'Situations Administration Authority Authorities Navy Marines Division Brigade Battalion Regiment Corps Border Coast Railways Railway Airport ' +
    'Station Plant Refinery Port Terminal Bridge Dam Power Nuclear Thermal Gas Oil Grain Storm Shadow Iskander Kinzhal Shahed Geran Patriot ' +
    'HIMARS ATACMS Tomahawk Kalibr Oreshnik Coalition Willing Peace Plan Framework Memorandum Charter Accord Agreement Treaty Summit Conference ' +
    'Hotel Hotels Resort Centre Center Hall Tower Towers Hospital Cathedral Church Stadium Airbase Museum Embassy Plaza Park Villa Residence ' +
    'Forum Economic Week Year Month Front Line Donbas Crimea Arctic Siberia Europe Asia Africa Baltic Balkans Mediterranean Atlantic Pacific ' +
    'Affairs Humanitarian Migration Refugees Development Programme Fund Relief Aid Foundation Watch Amnesty Doctors Borders Crisis Monitor Centre Center Studies Research Analysis Statistics Census Bureau Board Network Alliance Movement Front Initiative ' +
    'Commissioner Ombudsman Prosecutor Attorney Inspector Director Executive Officer Chairman Chairwoman Chair Vice Acting Former Ex Aide Aides Adviser Advisor Presidential'
  ).split(/\s+/),
);

const NAME_TOKEN = /^[A-Z][a-z\u00C0-\u024F]+(?:[-’'][A-Z]?[a-z\u00C0-\u024F]+)*$/;
/** NAME_TOKEN, after the cheap check of its first letter (most tokens are lower-case words). */
function isNameToken(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90 && NAME_TOKEN.test(text);
}

/** `el`: `entryTok` lower-cased */
function caseOk(entryTok: string, el: string, textTok: Token, first: boolean): boolean {
  // (equal lower cases first: equal texts have them too)
  if (el !== textTok.lower) return false;
  if (entryTok === textTok.text) return true;
  // lower-case entries ("papal") match any case; "the Kremlin" matches "The Kremlin"
  if (entryTok === el) return true;
  if (first && entryTok[0] !== entryTok[0]!.toUpperCase()) return true;
  if (first && el === 'the') return true;
  return false;
}

/** Place-like generic phrases: "the Sumy region", "the town of Bilopillia", "the western city of Ternopil". */
const REGION_RE = /\b((?:[A-Z][\p{L}'’-]+)(?:\s[A-Z][\p{L}'’-]+)?)\s(region|oblast|province|krai|district|raion)\b/gu;
const REGION_LIST_RE = /\b((?:[A-Z][\p{L}'’-]+,\s)*[A-Z][\p{L}'’-]+(?:,)?\sand\s[A-Z][\p{L}'’-]+)\s(?:border\s|frontline\s|front-line\s|southern\s|eastern\s|western\s|northern\s)?(regions|oblasts|provinces)\b/gu;
const TOWN_RE = /\b(?:town|city|village|settlement|port|suburb|district|cities|towns|villages)\sof\s([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?)/gu;
const CAPITAL_RE = /\bthe\s([A-Z][\p{L}]+)\scapital\b|\bthe\scapital\sof\s(?:the\s)?([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+){0,3})/gu;
/** Cues of the patterns above (see cues.ts): most sentences have none. */
const REGION_CUES = cueGroup(['region', 'oblast', 'province', 'krai', 'district', 'raion']);
const REGION_LIST_CUES = cueGroup(['regions', 'oblasts', 'provinces']);
// (a space in a cue stands for one white-space character, as the \s around "of")
const TOWN_CUES = cueGroup(['town of ', 'city of ', 'village of ', 'settlement of ', 'port of ', 'suburb of ', 'district of ', 'cities of ', 'towns of ', 'villages of ']);
const CAPITAL_CUES = cueGroup(['capital']);

export interface EntityContext {
  gaz: Gazetteer;
  /** surnames of people introduced earlier in the article by full name */
  knownSurnames: Map<string, string>;
}

function placeRef(g: Gazetteer, name: string, kind: PlaceConfig['kind']): EntityRef {
  // country of a generic place: look up its first word(s) as a known place
  let party: string | null = null;
  const base = name.replace(/\s(?:region|oblast|province|krai|district|raion)$/, '');
  const list = g.index.get(tokenize(base)[0]?.lower ?? '') ?? [];
  for (const e of list) {
    if (e.tokens.join(' ') !== tokenize(base).map((t) => t.text).join(' ')) continue;
    for (const r of e.refs) if (r.type === 'place' && r.place.party) party = r.place.party;
  }
  return { type: 'place', place: { name, aliases: [], party, kind } };
}

/** A headline in title case: most words of four letters or more after the first are capitalised. */
function titleCased(tokens: Token[]): boolean {
  const words = tokens.slice(1).filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  return words.filter((t) => t.startsUpper()).length / words.length >= 0.7;
}

/** Find gazetteer entries and generic names, longest match first, left to right. */
export function findMentions(s: string, tokens: Token[], ctx: EntityContext, cues: Cues = scanCues(s)): Mention[] {
  const g = ctx.gaz;
  const out: Mention[] = [];
  const headline = titleCased(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const list = g.indexTrie.get(t);
    let matched = false;
    if (list) {
      for (const e of list) {
        const n = e.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n; k++) {
          const tk = tokens[i + k]!;
          if (!caseOk(e.tokens[k]!, e.lower[k]!, tk, k === 0)) {
            ok = false;
            break;
          }
          // a possessive may only end the phrase
          if (tk.possessive && k < n - 1) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const last = tokens[i + n - 1]!;
        // a dotted abbreviation keeps its final period: "U.S." (the tokenizer leaves it out)
        const end = s[last.end] === '.' && /\.[A-Z]$/.test(s.slice(t.start, last.end)) ? last.end + 1 : last.end;
        out.push({ start: t.start, end, tokStart: i, tokEnd: i + n, text: s.slice(t.start, end), refs: e.refs, possessive: last.possessive });
        i += n - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // generic full name: two or more capitalised non-title words (not in a headline written in title case, where
    // "Witkoff, Kushner to Meet ... as Diplomatic Push Intensifies" capitalises every word)
    if (!headline && t.startsUpper() && isNameToken(t.text) && !NOT_NAME.has(t.text) && !t.possessive) {
      let j = i + 1;
      while (j < tokens.length && j - i < 4) {
        const u = tokens[j]!;
        if (!u.startsUpper() || !isNameToken(u.text) || NOT_NAME.has(u.text) || (g.indexTrie.get(u) !== undefined && !ctx.knownSurnames.has(u.text))) break;
        const prevEnd = tokens[j - 1]!.end;
        if (u.start !== prevEnd + 1 || s.charCodeAt(prevEnd) !== 32) break;
        j++;
        if (u.possessive) break;
      }
      if (j - i >= 2) {
        const last = tokens[j - 1]!;
        // a place word right after ("Bilopillia region") is not a person
        const nextTok = tokens[j];
        // (nor a building's: "the Ritz Carlton Hotel", "the Mariinsky Palace")
        // (nor a label opening the sentence: "Key Developments: ...", "Latest Updates: ...")
        const label = s.charCodeAt(last.end) === 58 && s.slice(0, t.start).trim() === '';
        if (!label && !(nextTok && (/^(?:region|oblast|province|krai|city|district)$/i.test(nextTok.text) || (s.charCodeAt(last.end) === 32 && nextTok.start === last.end + 1 && BUILDING_WORD.test(nextTok.text))))) {
          const surname = last.text;
          const full = s.slice(t.start, last.start + last.text.length);
          out.push({
            start: t.start,
            end: last.end,
            tokStart: i,
            tokEnd: j,
            text: full,
            refs: [{ type: 'person', person: { name: full, surname, aliases: [], party: '', role: '', negotiator: false } }],
            possessive: last.possessive,
          });
          i = j - 1;
          continue;
        }
      }
      const known = ctx.knownSurnames.get(t.text);
      if (known !== undefined) {
        out.push({
          start: t.start,
          end: t.end,
          tokStart: i,
          tokEnd: i + 1,
          text: t.text,
          refs: [{ type: 'person', person: { name: known, surname: t.text, aliases: [], party: '', role: '', negotiator: false } }],
          possessive: t.possessive,
        });
      }
    }
  }
  // generic places
  const addPlace = (start: number, end: number, name: string, kind: PlaceConfig['kind']) => {
    const tokStart = tokens.findIndex((tk) => tk.start >= start);
    let tokEnd = tokens.findIndex((tk) => tk.start >= end);
    if (tokEnd < 0) tokEnd = tokens.length;
    // replace overlapping mentions with the longer place phrase
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k]!;
      if (o.start < end && start < o.end) {
        if (o.end - o.start >= end - start && o.refs.some((r) => r.type === 'place' && (r.place.kind !== 'city' || kind !== 'region'))) return;
        out.splice(k, 1);
      }
    }
    out.push({ start, end, tokStart: Math.max(0, tokStart), tokEnd, text: s.slice(start, end), refs: [placeRef(g, name, kind)], possessive: false });
  };
  let m: RegExpExecArray | null;
  REGION_LIST_RE.lastIndex = 0;
  if (hasCue(cues, REGION_LIST_CUES)) while ((m = REGION_LIST_RE.exec(s)) !== null) {
    const names = m[1]!.split(/,?\sand\s|,\s/).map((x) => x.trim()).filter(Boolean);
    const word = m[2]!.replace(/s$/, '');
    let off = m.index;
    for (const nm of names) {
      const at = s.indexOf(nm, off);
      if (at < 0) continue;
      addPlace(at, at + nm.length, `${nm} ${word}`, 'region');
      off = at + nm.length;
    }
  }
  REGION_RE.lastIndex = 0;
  if (hasCue(cues, REGION_CUES)) while ((m = REGION_RE.exec(s)) !== null) {
    let name = m[1]!;
    let start = m.index;
    // drop a leading adjective/determiner word ("Russian Belgorod region" stays "Belgorod region")
    const words = name.split(' ');
    const w0 = words[0]!.replace(/[’']s$/, '');
    if (words.length === 2 && (NOT_NAME.has(w0) || g.index.get(w0.toLowerCase())?.some((e) => e.refs.some((r) => r.type === 'party')))) {
      start += words[0]!.length + 1;
      name = words[1]!;
    }
    if (NOT_NAME.has(name)) continue;
    addPlace(start, m.index + m[0].length, `${name} ${m[2]!.toLowerCase()}`, 'region');
  }
  TOWN_RE.lastIndex = 0;
  if (hasCue(cues, TOWN_CUES)) while ((m = TOWN_RE.exec(s)) !== null) {
    const name = m[1]!.replace(/[’']s$/, '');
    if (NOT_NAME.has(name.split(' ')[0]!)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    if (out.some((o) => o.start <= at && o.end >= at + name.length && o.refs.some((r) => r.type === 'place'))) continue;
    // ("peaceful cities of Ukraine": a country, not a town named so)
    if (out.some((o) => o.start <= at && o.end >= at + name.length && o.refs.some((r) => r.type === 'party'))) continue;
    addPlace(at, at + name.length, name, 'city');
  }
  CAPITAL_RE.lastIndex = 0;
  if (hasCue(cues, CAPITAL_CUES)) while ((m = CAPITAL_RE.exec(s)) !== null) {
    // (the longest run of capitalised words that names a country: "United Arab Emirates on ...")
    let cap = m[1] ? g.capitalByAdjective.get(m[1].toLowerCase()) : undefined;
    let end = m.index + m[0].length;
    for (let words = m[2]?.split(' ') ?? []; !cap && words.length; words = words.slice(0, -1)) {
      cap = g.capitalByAdjective.get(words.join(' ').toLowerCase());
      end = m.index + m[0].length - m[2]!.length + words.join(' ').length;
    }
    if (!cap) continue;
    const start = m.index;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && start < out[k]!.end) out.splice(k, 1);
    const tokStart = tokens.findIndex((tk) => tk.start >= start);
    let tokEnd = tokens.findIndex((tk) => tk.start >= end);
    if (tokEnd < 0) tokEnd = tokens.length;
    const ref = placeRef(g, cap, 'venue');
    out.push({ start, end, tokStart, tokEnd, text: s.slice(start, end), refs: [{ ...ref, place: { ...(ref as { place: PlaceConfig }).place, name: cap } } as EntityRef], possessive: false });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

export function partyOfRef(r: EntityRef): string | null {
  if (r.type === 'party') return r.party;
  if (r.type === 'person') return r.person.party || null;
  if (r.type === 'org') return r.org.party ?? null;
  return r.place.party;
}

export function partyRef(m: Mention): { party: string; form: string } | null {
  for (const r of m.refs) if (r.type === 'party') return { party: r.party, form: r.form };
  return null;
}
export function personRef(m: Mention) {
  for (const r of m.refs) if (r.type === 'person') return r.person;
  return null;
}
export function placeOf(m: Mention): PlaceConfig | null {
  for (const r of m.refs) if (r.type === 'place') return r.place;
  return null;
}
export function orgRef(m: Mention) {
  for (const r of m.refs) if (r.type === 'org') return r.org;
  return null;
}

/** Collect surnames of people introduced by full name, so "Fedorov said" later is recognised. */
export function collectSurnames(mentions: Mention[], into: Map<string, string>): void {
  for (const m of mentions) {
    const p = personRef(m);
    if (p && p.surname && !into.has(p.surname) && m.tokEnd - m.tokStart >= 2) into.set(p.surname, p.name);
  }
}
