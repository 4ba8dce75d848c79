import { isWhiteSpace } from './chars';
import { cueGroup, hasCue, scanCues, type Cues } from './cues';
import type { Mention } from './entities';
import { orgRef, partyRef, personRef, placeOf } from './entities';

/** Who states something in a sentence. Offsets relative to the sentence. */
export interface Attribution {
  name: string | null;
  /** span of the source phrase (excluded when looking for whose people are counted) */
  start: number;
  end: number;
  /** position of the reporting verb / cue */
  cue: number;
  kind: 'person' | 'org' | 'pronoun-person' | 'pronoun-org' | 'none';
  /** the full name as written, for later coreference ("the mission") */
  full: string;
}

const VERBS =
  'said|says|say|told|tells|stated|states|announced|announces|disclosed|discloses|reported|reports|confirmed|confirms|estimated|estimates|recorded|records|put|puts|added|adds|noted|notes|wrote|writes|claimed|claims|acknowledged|acknowledges|revealed|reveals|counted|counts|verified|verifies|documented|documents|listed|lists|registered|registers|published|publishes|warned|warns|calculated|calculates|tallied|assessed|assesses|believes|believed|suggested|suggests|indicated|indicates|identified|identifies|spoke of|speaks of|talked of|shared|shares|asserted|asserts|asserting|saying|stating|claiming|highlighted|highlights|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|underlined|underlines|pointed out|points out|explained|explains|specified|specifies';
const VERB_RE = new RegExp(`\\b(?:has |have |had |also |later |previously |separately |now )*(${VERBS})\\b`, 'g');
const ACCORDING = 'according to|as reported by|reported by|claimed by|cited by|citing|in the words of|verified by|recorded by|documented by|confirmed by|counted by|compiled by|registered by|estimated by|figures from|data from|reports from|estimates from|a report by|an estimate by|a study by|an analysis by';
const ACCORDING_RE = new RegExp(`\\b(?:${ACCORDING})\\s+`, 'gi');
const POSSESSIVE_FIG_RE = /\b([\p{Lu}][\p{L}\s.-]{1,60}?)(?:'s|’s) (?:figures|data|count|tally|estimate|estimates|report|records)\b/gu;
/** Cues of the patterns above (see cues.ts) */
const VERB_CUES = cueGroup(VERBS.split('|'));
const ACCORDING_CUES = cueGroup(ACCORDING.split('|'));
const WITH_NOTING_RE = /\bwith\s+((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}.'’-]*){0,5})\s+(?:noting|saying|reporting|adding|stating|estimating|warning|writing)\s+(?:on\s+(?:\d{1,2}\s+[\p{Lu}][\p{L}]+|[\p{Lu}][\p{L}]+(?:\s+\d{1,2})?)\s+)?(?:that\b|[“"])/gu;
const WITH_NOTING_CUES = cueGroup(['noting', 'saying', 'reporting', 'adding', 'stating', 'estimating', 'warning', 'writing']);
const POSSESSIVE_FIG_CUES = cueGroup(['figures', 'data', 'count', 'tally', 'estimate', 'report', 'records']);

const ORG_HEAD = /\b(ministry|mission|agency|office|service|army|navy|air force|military|administration|authorities|officials|government|monitors|outlet|operator|company|commission|commissioner|police|prosecutors?|governor|mayor|headquarters|staff|command|council|committee|department|intelligence|spokesman|spokeswoman|ombudsman|institute|group|observers|organisation|organization|unit|media|broadcaster|newspaper|channel|news)\b/i;
/** A local body after its place: "regional prosecutor's office", "city military administration". */
const LOCAL_BODY = /^\s+((?:[a-z]+\s+){0,2}(?:prosecutor(?:'s|’s)? office|prosecutors|administration|police|council|office|department|authorities|headquarters))\b/;
const PRONOUN_RE = /^(?:he|she|it|they|him|her|them|the (?:(?:Ukrainian|Russian|US|U\.S\.|American|Belarusian|Turkish|French|German|British)\s+)?(?:president|minister|official|governor|mayor|envoy|spokesman|spokeswoman|commissioner|leader))$/i;

function trimNp(t: string): string {
  return t
    .replace(/^[\s,;:"“”‘’'(]+|[\s,;:"“”‘’')]+$/g, '')
    .replace(/^(?:and|but|while|as|which|that)\s+/i, '')
    // "On Friday it put ...", "Last week the ministry said": when it was said opens the phrase, not who said it
    .replace(/^(?:(?:on|last|this|earlier|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|earlier|later|meanwhile|separately)\s*,?\s+(?=\S)/i, '');
}

/** "the report", "the latest study": a publication told just before, standing for whoever published it. */
export const REPORT_ANAPHOR = /^the\s+(?:(?:latest|new|monthly|annual|full|same|quarterly)\s+)?(?:report|study|survey|update|assessment|analysis)$/i;

/** Turn a source phrase into a short name: acronym, surname, organisation name as written. */
/** A role that speaks for someone named after it: "an aide to", "a spokesman for", "the deputy head of the office of". */
const AIDE_OF = /\b(?:advis[eo]r|aide|spokes(?:man|woman|person)|assistant|deputy|press secretary|chief of staff|head of (?:the )?(?:[\p{L}’'-]+\s+)?office)\s+(?:to|of|for)\s+(?:[\p{L}’'.-]+\s+){0,5}$/iu;

export function nameFromPhrase(text: string, offset: number, mentions: Mention[]): { name: string | null; kind: Attribution['kind'] } {
  const np = trimNp(text);
  if (!np) return { name: null, kind: 'none' };
  // (a participle or a place phrase is no source; "acting governor X" is a title)
  // ("Of this figure, the post stated": a capital preposition opening the sentence is none either)
  if (/^(?:(?!acting\b)[a-z]+ing|in|on|at|during|after|before|while|as|with|for|from|by|of|to|into)\b/.test(np) || /^(?:Of|From|For|With|By|Into)\s/.test(np) || /^(?:In|At|Across|Throughout)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+|nearby\s+)?[\p{Lu}][\p{L}-]+\s+(?:region|oblast|province|district|city)\b/u.test(np)) return { name: null, kind: 'none' };
  if (PRONOUN_RE.test(np)) return { name: null, kind: /^(?:it|they|them)$/i.test(np) ? 'pronoun-org' : 'pronoun-person' };
  // "The report disclosed that ...": the report named just before is its author's (resolved in analyze)
  if (REPORT_ANAPHOR.test(np)) return { name: null, kind: 'pronoun-org' };
  // "A separate estimate by Meduza and Mediazona, based on probate records, put ...": the estimate's authors
  const byAuthor = /^(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|[Aa]n earlier|[Aa] recent|[Aa] new|[Aa] separate|[Tt]he latest)\s+(?:[a-z-]+\s+)?(?:report|study|estimate|assessment|analysis|survey|count|tally|model)\s+(?:by|from)\s+([\p{Lu}][^,;]*?)(?:\s*,.*)?$/u.exec(np);
  if (byAuthor) {
    const at = text.indexOf(byAuthor[1]!);
    const inner = at >= 0 ? nameFromPhrase(byAuthor[1]!, offset + at, mentions) : null;
    if (inner?.name) return inner;
  }
  // "One report last month suggested ...": a source the text does not name (none to carry from elsewhere)
  if (/^(?:one|a|an|another|an earlier|a recent|a new|a separate)\s+(?:[a-z-]+\s+)?(?:report|study|estimate|assessment|analysis|survey|source|document)\b/i.test(np)) return { name: null, kind: 'org' };
  // "Qatar News Agency (QNA) cited the General Staff of the Ukrainian Armed Forces as saying": the one cited states it
  const cited = /\bcit(?:ed|es)\s+((?:the\s+)?[\p{Lu}][^,;]*?)\s+as$/u.exec(np);
  if (cited) {
    const at = text.indexOf(cited[1]!);
    if (at >= 0) {
      const inner = nameFromPhrase(cited[1]!, offset + at, mentions);
      if (inner.name) return inner;
    }
  }
  const acr = /\(([A-Z][A-Z0-9&.-]{1,12})(?:\)|$)/.exec(np);
  if (acr) return { name: acr[1]!, kind: 'org' };
  const end = offset + text.length;
  const inside = mentions.filter((m) => m.start >= offset && m.end <= end);
  // people first (surnames), then organisations
  let aideOnly = false;
  for (let k = inside.length - 1; k >= 0; k--) {
    const p = personRef(inside[k]!);
    if (p && !/^(?:the|a)\b/i.test(np.slice(0, 0))) {
      // "a top adviser to Ukraine's President Volodymyr Zelensky" names Zelensky only as a reference: the adviser speaks
      if (AIDE_OF.test(text.slice(0, inside[k]!.start - offset))) {
        aideOnly = true;
        continue;
      }
      return { name: p.surname, kind: 'person' };
    }
  }
  if (aideOnly) return { name: null, kind: 'none' };
  // "an estimate that Mediazona built together with Meduza": two bodies that give the figure together
  const orgsInside = inside.filter((m) => orgRef(m));
  for (let k = 0; k + 1 < orgsInside.length; k++) {
    const x = orgsInside[k]!;
    const y = orgsInside[k + 1]!;
    if (/^\s*(?:and|&|(?:[\p{L}-]+\s+){0,2}(?:together|jointly)\s+with)\s*$/iu.test(text.slice(x.end - offset, y.start - offset))) {
      const ox = orgRef(x)!;
      const oy = orgRef(y)!;
      return { name: `${ox.short ?? ox.name} and ${oy.short ?? oy.name}`, kind: 'org' };
    }
  }
  for (const m of inside) {
    const o = orgRef(m);
    if (o) {
      // prefer the phrase as written when it is longer ("UK Defence Intelligence")
      return { name: o.short ?? o.name, kind: 'org' };
    }
  }
  // capitalised organisation phrase: "Russian Defence Ministry", "Ministry of Social Policy"
  const cap = /((?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and|on|in)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and|on))*)/gu;
  let best = '';
  let bestWords = 1; // ''.split(/\s+/).length
  let m: RegExpExecArray | null;
  while ((m = cap.exec(np)) !== null) {
    // a lone "of", "the" ... (often inside a word) leaves no capitalised phrase
    if (CONNECTOR.has(m[1]!)) continue;
    const phrase = m[1]!.replace(/^(?:(?:The|the|A|An|of|for|and|on|in)\s+)+/, '').replace(/(?:\s+(?:of|for|the|and|on|in))+$/, '');
    if (!phrase || !/[\p{Lu}]/u.test(phrase[0]!)) continue;
    const phraseWords = phrase.split(/\s+/);
    if (phraseWords.every((w) => STOP_CAP.has(w))) continue;
    // "UN rights experts tasked with monitoring abuses in war-torn Ukraine": a place the speaker works in, not the speaker
    // ("Recent reports from the Centre for Strategic and International Studies": whose reports, not a place)
    if (bestWords > 0 && best && /\b(?:in|at|across|inside|from|into|near|over|throughout)\s+(?:[a-z-]+\s+)?$/.test(np.slice(0, m.index)) && !/\b(?:reports?|figures|data|estimates?|analysis|study|studies|research|assessments?|findings|statements?)\s+from\s+(?:the\s+)?$/i.test(np.slice(0, m.index))) continue;
    if (phraseWords.length >= bestWords) {
      best = phrase;
      bestWords = phraseWords.length;
    }
  }
  if (best) {
    const words = best.split(/\s+/);
    const isPartyOnly = inside.length > 0 && inside.every((x) => partyRef(x) !== null) && words.length === 1;
    // "A South Korean lawmaker": a country's adjective with the speaker's role after it
    const roleAfter = /(?:an|ese|ish|ian|i)$/.test(best) ? new RegExp(`${best.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+([a-z]+(?:\\s+agency)?)\\b`).exec(np) : null;
    if (roleAfter && /^(?:lawmakers?|legislators?|officials?|diplomats?|sources?|intelligence|spy agency|media|authorities|military|army|prosecutors?|investigators?|analysts?|researchers?)$/.test(roleAfter[1]!)) return { name: `${best} ${roleAfter[1]!}`, kind: 'org' };
    const headRe = /(?:^|\s)((?:[a-z]+\s){0,2}(?:ministry|mission|agency|office|service|army|navy|air force|military|administration|authorities|government|headquarters|staff|command|intelligence|monitors))\b/;
    const partyish = isPartyOnly || (words.length === 1 && /^(?:Ukraine|Russia|Ukrainian|Russian|Kyiv|Moscow)$/.test(best));
    // "UN rights experts", "U.N. human rights monitors": the UN's body that speaks, named by its role
    if (/^U\.?N\.?$/.test(best)) {
      const body = /\bU\.?N\.?\s+((?:[a-z]+\s+){0,2}(?:experts|monitors|officials|investigators|observers|mission|office|agency))\b/.exec(np);
      if (body) return { name: `UN ${body[1]!}`, kind: 'org' };
    }
    // "South Korea’s spy agency", "Seoul’s intelligence service": a possessive names the body after it
    if (/['’]s$/.test(best) && !partyish) {
      const body = new RegExp(`${best.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+((?:[a-z]+\\s){0,2}(?:agency|intelligence|service))\\b`).exec(np);
      if (body) return { name: `${best} ${body[1]!}`, kind: 'org' };
    }
    // "the Kharkiv regional prosecutor's office": a place naming a local body is part of the body's name
    if (!partyish && words.length === 1 && inside.some((x) => placeOf(x) && text.slice(x.start - offset, x.end - offset) === best)) {
      const body = LOCAL_BODY.exec(np.slice(np.indexOf(best) + best.length));
      if (body) return { name: `${best} ${body[1]!}`, kind: 'org' };
    }
    if (!partyish) return { name: best, kind: 'org' };
    const h = headRe.exec(np);
    if (h) {
      const head = h[1]!.replace(/^(?:its|the|own|s)\s+/, '');
      // "the UK intelligence": a bare head keeps the country that names it ("UK intelligence", not "intelligence")
      if (/^(?:intelligence|military|army|government|authorities)$/.test(head) && /^(?:UK|U\.K\.|British|US|U\.S\.|American|French|German|Estonian|Lithuanian|Latvian|Polish|Finnish|Dutch|Norwegian|South Korean|Korean)$/.test(best)) return { name: `${best} ${head}`, kind: 'org' };
      return { name: head, kind: 'org' };
    }
    // "Ukraine's commissioner for ..." describes a person named elsewhere
    if (/\b(?:commissioner|minister|president|spokes(?:man|woman|person)|governor|mayor|official|chief|head|envoy|adviser|ombudsman|aide|secretary|commander|director|leader|negotiator)\b/i.test(np)) return { name: null, kind: 'none' };
    return { name: best, kind: 'org' };
  }
  const h = ORG_HEAD.exec(np);
  if (h) {
    const phrase = np.replace(/^(?:the|a|an|its|their)\s+/i, '');
    if (phrase.split(/\s+/).length <= 5) return { name: phrase, kind: /^the (?:mission|agency|outlet|monitors|office|ministry)/i.test(np) ? 'pronoun-org' : 'org' };
  }
  return { name: null, kind: 'none' };
}

const CONNECTOR = new Set(['of', 'for', 'the', 'and', 'on', 'in']);
const STOP_CAP = new Set('Recent Latest New Fresh Previous Earlier Official Preliminary Updated One Another Some Other Several Many Most Such A An Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December As In At On The A An It He She They His Her Its Their We I But And Or If When While After Before Since Until Despite During Meanwhile Separately Also However Still Yet Even So Then Late Early Last Next This That These Those According Asked Speaking Neither Both Each Some Many Most All No None Other Others Several'.split(' '));

/** A source named by a plural role alone: "regional governors", "local officials", "the emergency services". */
const PLURAL_ROLE = /^\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:governors|mayors|officials|authorities|administrations|prosecutors|police|rescuers|emergency services|medics|doctors|commanders|officers)\s*$/;
const ROLE_WORD = /\b(?:commissioner|minister|president|spokes(?:man|woman|person)|governor|mayor|official|chief|head|envoy|adviser|ombudsman|aide|secretary|commander|director|leader|negotiator)\b/i;

const REL_WORD = /\b(?:that|after|when|because|while|but)\s/gi;

const CLAUSE_STOP = /\b(?:that|after|when|because|while|as|and|but|which|who)\s*$/i;

/** The last of , ; : — “ " before `end`, or -1 (one backward scan instead of six lastIndexOf). */
function lastClauseMark(s: string, end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x201c || c === 34) return k;
  }
  return -1;
}

/** `x.trim().split(/\s+/).length`, without building the pieces. */
function countWords(x: string): number {
  let n = 1;
  let inSpace = false;
  let seen = false;
  for (let k = 0; k < x.length; k++) {
    if (isWhiteSpace(x.charCodeAt(k))) inSpace = true;
    else {
      if (inSpace && seen) n++;
      inSpace = false;
      seen = true;
    }
  }
  return n;
}

/**
 * Where the source's name ends after "according to": at a clause mark or a word that starts
 * what follows, except "for"/"on" inside a name ("the Institute for the Study of War").
 */
function accordingStop(rest: string): number {
  const re = /[,;.]|\s(?:said|says|on|in|which|who|that|since|to|as|from|for|at|were|was|is|are|had|has)\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    const word = m[0].trim();
    if ((word === 'for' || word === 'on') && /^(?:the\s+)?[\p{Lu}]/u.test(rest.slice(m.index + m[0].length)) && /^(?:the\s+)?[\p{Lu}]/u.test(rest.trimStart())) {
      re.lastIndex = m.index + m[0].length - 1;
      continue;
    }
    return m.index;
  }
  return rest.length;
}

/** Find attributions in a sentence: "X said", "according to X", "as reported by X", "X's figures show". */
export function findAttributions(s: string, mentions: Mention[], cues: Cues = scanCues(s)): Attribution[] {
  const out: Attribution[] = [];
  let m: RegExpExecArray | null;
  // "..., with President Volodymyr Zelenskyy stating that": read below (WITH_NOTING_RE), its verb has no subject to the left
  const withSpans: [number, number][] = [];
  if (hasCue(cues, WITH_NOTING_CUES)) for (const w of s.matchAll(WITH_NOTING_RE)) withSpans.push([w.index ?? 0, (w.index ?? 0) + w[0].length]);
  VERB_RE.lastIndex = 0;
  if (hasCue(cues, VERB_CUES)) while ((m = VERB_RE.exec(s)) !== null) {
    const verbAt = m.index;
    const verb = m[1]!.toLowerCase();
    if (withSpans.some(([a, b]) => verbAt >= a && verbAt < b)) continue;
    // "the invasion has claimed over 1.2 million casualties": a cost, not a statement
    if ((verb === 'claimed' || verb === 'claims' || verb === 'claiming') && /^\s+(?:the\s+lives\s+of\s+)?(?:(?:over|more than|at least|about|nearly|some|almost|thousands of|hundreds of)\s+)?(?:[\d.,]+(?:\s*(?:million|m|bn|billion|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|a|another)\s+(?:(?:more|civilian|human)\s+)?(?:li(?:fe|ves)|casualties|deaths|victims|people|civilians|soldiers|individuals|persons|residents|children)\b/i.test(s.slice(verbAt + m[0].length))) continue;
    // "put ... at" and "estimated" need a subject; skip participles used as adjectives ("the reported death toll")
    const prev = s.slice(Math.max(0, verbAt - 12), verbAt).toLowerCase();
    if (/\b(?:the|a|an|been|being|be|was|were|is|are)\s+$/.test(prev)) continue;
    // "the ministry has not disclosed its losses": a source that says nothing
    if (/\b(?:not|never)\s+$|n['’]t\s+$/.test(s.slice(Math.max(0, verbAt - 8), verbAt + m[0].length - m[1]!.length).toLowerCase())) continue;
    // a passive "claimed by X" names its source after the verb (see ACCORDING), not before
    // ("confirmed by name the deaths of": a manner, not an agent)
    if (/^\s+by\s(?!name\b)/.test(s.slice(verbAt + m[0].length, verbAt + m[0].length + 9))) continue;
    if (verb === 'put' || verb === 'puts') {
      if (!/\bat\b/.test(s.slice(verbAt, verbAt + 120))) continue;
    }
    // inverted order after a comma or quote: '..., said Vladimir Medinsky, the head of ...'
    if (/^(?:said|says|added|adds|wrote|writes|noted|notes|reported|reports|announced|announces|told|tells)$/.test(verb) && /(?:^|[,"”’])\s*$/.test(s.slice(0, verbAt)) && verbAt > 0) {
      const aStart = m.index + m[0].length;
      const afterFull = /^\s+([^,.;:"“”]+(?:\.[A-Z][^,.;:"“”]*)*)/.exec(s.slice(aStart));
      // ("..., reported Prosecutor General of Ukraine Ruslan Kravchenko on Monday in Telegram": the name ends where when and where it was said begin)
      // (", says President Volodymyr Zelenskyy at a press conference following ...": likewise where and after what)
      const when = afterFull ? /\s+(?:on|in|via|during|at|after|following)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram|X|Facebook|a|an|his|her|its|their|the)\b|\d)/.exec(afterFull[1]!) : null;
      const after = afterFull && when ? ([afterFull[0].slice(0, afterFull[0].length - afterFull[1]!.length + when.index), afterFull[1]!.slice(0, when.index)] as const) : afterFull;
      if (after) {
        const pStart = aStart + after[0].length - after[1]!.length;
        const r = nameFromPhrase(after[1]!, pStart, mentions);
        const words = after[1]!.trim().split(/\s+/);
        if ((r.kind === 'person' || r.kind === 'org') && words.length <= 8 && !/\b(?:had|has|have|was|were|is|are|would|will|could|that|lost|killed|its|their|forces|troops)\b/i.test(after[1]!)) {
          out.push({ name: r.name, start: pStart, end: pStart + after[1]!.length, cue: verbAt, kind: r.kind, full: after[1]!.trim() });
          continue;
        }
      }
    }
    // "X stated that … and claimed that …": the second verb shares the first one's subject
    const shared = /\band\s+(?:also\s+)?$/i.test(s.slice(Math.max(0, verbAt - 10), verbAt)) ? out[out.length - 1] : undefined;
    if (shared && (shared.kind === 'person' || shared.kind === 'org') && /^(?:said|says|stated|states|claimed|claims|added|adds|noted|notes|estimated|estimates|put|puts|told|wrote|reported|reports|insisted|insists|argued|argues)$/.test(verb)) {
      out.push({ ...shared, cue: verbAt });
      continue;
    }
    // walk left over comma chunks to find the subject
    let end = verbAt;
    let chunks = 0;
    let found: { start: number; end: number; name: string | null; kind: Attribution['kind'] } | null = null;
    let roleOnly: { start: number; end: number } | null = null;
    while (end > 0 && chunks < 4) {
      const left = s.slice(0, end);
      let cut = lastClauseMark(s, end);
      // also cut at "that"/"and" clause starts
      const tail = left.slice(cut + 1);
      let relEnd = -1;
      REL_WORD.lastIndex = 0;
      let rm: RegExpExecArray | null;
      while ((rm = REL_WORD.exec(tail)) !== null) relEnd = rm.index + rm[0].length;
      const rel = relEnd >= 0;
      const start = rel ? cut + 1 + relEnd : cut + 1;
      const phrase = s.slice(start, end);
      if (phrase.trim().length === 0) {
        if (cut < 0) break;
        end = cut;
        continue;
      }
      const nWords = countWords(phrase);
      if (chunks > 0 && nWords > 7 && !/^\s*(?:which|who|whose)\b/i.test(phrase)) break;
      const r = nameFromPhrase(phrase, start, mentions);
      if (r.kind !== 'none') {
        found = { start, end, ...r };
        break;
      }
      if (chunks === 0 && ROLE_WORD.test(phrase) && phrase.trim().split(/\s+/).length <= 8) roleOnly = { start, end };
      // "..., including two in Donetsk, regional governors said": officials named only as a plural role are the
      // source; the places of the clause before them are not
      if (chunks === 0 && PLURAL_ROLE.test(phrase)) {
        roleOnly = { start, end };
        break;
      }
      // an appositive without a name: keep walking left only if it looked like one
      if (rel || cut < 0 || CLAUSE_STOP.test(left.slice(0, cut))) break;
      if (phrase.length > 200) break;
      end = cut;
      chunks++;
    }
    if (!found && roleOnly) {
      // "..., Ukraine's deputy prime minister said": a source named only by role
      const phrase = trimNp(s.slice(roleOnly.start, roleOnly.end)).replace(/^(?:the\s+)?(?:[\p{Lu}][\p{L}]+(?:'s|’s)\s+)?/u, '');
      // ("incoming US President-elect Donald Trump wrote": a role with a full name after it is that person)
      const named = /\b[\p{Lu}][\p{L}'’-]+\s+([\p{Lu}][\p{L}'’-]+)\s*$/u.exec(phrase);
      found = named && !/^(?:Ministry|Office|Council|Staff|Service|Administration|Forces|Guard|Police|Committee|Commission|Agency)$/.test(named[1]!) ? { ...roleOnly, name: named[1]!, kind: 'person' } : { ...roleOnly, name: phrase || null, kind: 'org' };
    }
    if (found) {
      out.push({ name: found.name, start: found.start, end: found.end, cue: verbAt, kind: found.kind, full: s.slice(found.start, found.end).trim() });
    }
  }
  ACCORDING_RE.lastIndex = 0;
  if (hasCue(cues, ACCORDING_CUES)) while ((m = ACCORDING_RE.exec(s)) !== null) {
    const start = m.index + m[0].length;
    const rest = s.slice(start);
    const stop = accordingStop(rest);
    const nameEnd = start + stop;
    // (the seat of the source belongs to it: "the Centre for ... Studies in Washington DC")
    const seat = /^\s+in\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}(?=[,;.]|\s+(?:said|says|estimated|estimates|put|puts)\b|$)/u.exec(s.slice(nameEnd));
    const end = nameEnd;
    // "according to the International Organization for Migration (IOM)": the acronym names it
    const acr = /^[^,;.()]{0,90}?\(([A-Z][A-Z0-9&-]{1,12})\)/.exec(rest);
    if (acr) {
      const aEnd = start + acr[0].length;
      out.push({ name: acr[1]!, start: m.index, end: aEnd, cue: m.index, kind: 'org', full: s.slice(start, aEnd).trim() });
      continue;
    }
    const r = nameFromPhrase(s.slice(start, end), start, mentions);
    if (r.kind !== 'none') out.push({ name: r.name, start: m.index, end: seat ? end + seat[0].length : end, cue: m.index, kind: r.kind, full: s.slice(start, end).trim() });
  }
  // "..., with Jenca noting that ...": a participle clause that names who says what follows
  WITH_NOTING_RE.lastIndex = 0;
  if (hasCue(cues, WITH_NOTING_CUES)) while ((m = WITH_NOTING_RE.exec(s)) !== null) {
    const start = m.index + m[0].indexOf(m[1]!);
    const r = nameFromPhrase(m[1]!, start, mentions);
    if (r.kind === 'person' || r.kind === 'org') out.push({ name: r.name, start, end: start + m[1]!.length, cue: m.index, kind: r.kind, full: m[1]! });
  }
  POSSESSIVE_FIG_RE.lastIndex = 0;
  if (hasCue(cues, POSSESSIVE_FIG_CUES) && /['’]s (?:figures|data|count|tally|estimate|report|records)/.test(s)) while ((m = POSSESSIVE_FIG_RE.exec(s)) !== null) {
    const start = m.index;
    const r = nameFromPhrase(m[1]!, start, mentions);
    if (r.kind !== 'none' && r.kind !== 'pronoun-org') out.push({ name: r.name, start, end: m.index + m[0].length, cue: start, kind: r.kind, full: m[1]! });
  }
  // a bulletin line led by its source: "Ukraine's General Staff: Russia's losses ... have reached ..."
  // (not a headline closed by its own source: "Institute for the Study of War: ... — Ukraine General Staff")
  const head = TAIL_SOURCE.test(s) ? null : LEAD_SOURCE.exec(s);
  if (head && countWords(head[1]!) <= 6 && !out.some((x) => x.start < head[1]!.length)) {
    const r = nameFromPhrase(head[1]!, 0, mentions);
    const named = mentions.some((x) => x.end <= head[1]!.length && (orgRef(x) || personRef(x)));
    if (r.kind === 'person' || (r.kind === 'org' && (named || ORG_HEAD.test(head[1]!)))) out.push({ name: r.name, start: 0, end: head[1]!.length, cue: 0, kind: r.kind, full: head[1]!.trim() });
  }
  // a headline closed by its source: "Russian casualties top one million — Ukraine General Staff"
  const tail = TAIL_SOURCE.exec(s);
  if (tail && countWords(tail[1]!) <= 6 && !out.some((x) => x.end > tail.index)) {
    const start = s.length - tail[1]!.length;
    const r = nameFromPhrase(tail[1]!, start, mentions);
    const named = mentions.some((x) => x.start >= start && (orgRef(x) || personRef(x)));
    if (r.kind === 'person' || (r.kind === 'org' && (named || ORG_HEAD.test(tail[1]!)))) out.push({ name: r.name, start, end: s.length, cue: start, kind: r.kind, full: tail[1]!.trim() });
  }
  out.sort((a, b) => a.cue - b.cue);
  return out;
}

/** A source after a dash closing a line with no stop: a headline's "— Ukraine General Staff", "– Moscow". */
const TAIL_SOURCE = /\s[—–]\s+([\p{Lu}][^.;:!?"“—–]{1,60})$/u;

/** "Source: statement" at the start of a line (not a time, a label such as "Q" or "Update", or a heading of several words). */
const LEAD_SOURCE = /^((?!(?:Q|A|Update|Updated|Note|Editor'?s note|Correction|Key|Watch|Read more|Background|Context)\b)[\p{Lu}][^:;,.!?"“]{1,60}):\s+[\p{Lu}"“]/u;
