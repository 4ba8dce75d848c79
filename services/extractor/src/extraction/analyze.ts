import type { Gazetteer } from '../gazetteer/compile';
import { tokenize } from '../gazetteer/tokens';
import { findAttributions, REPORT_ANAPHOR, type Attribution } from './attribution';
import { findDates, partsFromIso, type DateMention, type DateParts } from './dates';
import { collectSurnames, findMentions, partyRef, personRef, orgRef, placeOf, type EntityContext, type Mention } from './entities';
import { cueFound, cueGroup, hasCue, scanCues, type Cues } from './cues';
import { blankDeals } from './lexicon';
import { findNumbers, type NumberMention } from './numbers';
import { prepareText } from './preprocess';
import { splitSentences, type Sentence } from './sentences';

export interface ResolvedAttribution extends Attribution {
  /** the reporter's name after resolving pronouns and "the mission" */
  resolved: string | null;
  /** the party the source belongs to, if known ("Ukraine's navy" -> ukraine) */
  party: string | null;
}

export interface SentInfo {
  sent: Sentence;
  text: string;
  /** which cue words occur (see cues.ts) */
  cues: Cues;
  /** the text with "strike a deal" idioms blanked (see DEAL) */
  dealsBlanked: string;
  mentions: Mention[];
  /** (found when first read: most sentences' numbers and dates are never looked at) */
  readonly numbers: NumberMention[];
  readonly dates: DateMention[];
  attributions: ResolvedAttribution[];
  /** the sentence belongs to a time-stamped liveblog entry (an event of the publication day) */
  stamped: boolean;
}

class AnalysedSentence implements SentInfo {
  private numbersFound: NumberMention[] | undefined;
  private datesFound: DateMention[] | undefined;
  constructor(
    private readonly failure: { failed: boolean },
    readonly sent: Sentence,
    readonly text: string,
    readonly cues: Cues,
    readonly dealsBlanked: string,
    readonly mentions: Mention[],
    readonly attributions: ResolvedAttribution[],
    readonly stamped: boolean,
  ) {}

  get numbers(): NumberMention[] {
    return (this.numbersFound ??= this.found(() => (hasNumber(this.text, this.cues) ? findNumbers(this.text, this.cues) : [])));
  }

  get dates(): DateMention[] {
    return (this.datesFound ??= this.found(() => findDates(this.text, this.cues)));
  }

  private found<T>(find: () => T): T {
    try {
      return find();
    } catch (e) {
      this.failure.failed = true;
      throw e;
    }
  }
}

export interface Article {
  published: DateParts;
  sentences: SentInfo[];
  gaz: Gazetteer;
  /** the city of a wire dateline, if any */
  datelineCity?: string | null;
  /** set when finding a sentence's numbers or dates (done when first read) threw: the analysis failed */
  failure: { failed: boolean };
}

const MAX_ANALYSED_SENTENCES = 4000;
/** An organisation told by its head word alone ("the highest toll the Mission had recorded"): the one named before. */
const BARE_HEAD = /^(?:Mission|Ministry|Agency|Office|Monitors|Staff)$/;
/** A sentence that tells of a publication ("the latest report released by ..."). */
const PUBLICATION = /\b(?:report|study|survey|update|assessment|analysis)\b/i;

/**
 * A sentence worth searching for numbers: a digit or a number word. A digit the cue scan (see
 * cues.ts) found settles it; else the pattern decides.
 */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen';
const HAS_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i');
const DIGIT_CUES = cueGroup([...'0123456789']);
const NUMBER_CUES = cueGroup([...'0123456789', ...NUMBER_WORDS.split('|')]);
const hasNumber = (t: string, cues: Cues) => cueFound(cues, DIGIT_CUES) || (hasCue(cues, NUMBER_CUES) && HAS_NUMBER.test(t));

/** Split and annotate an article: names, numbers, dates and who says what. */
export function analyze(text: string, publishedIso: string, gaz: Gazetteer): Article {
  const published = partsFromIso(publishedIso);
  const prepared = prepareText(text);
  const sents = splitSentences(prepared.text).slice(0, MAX_ANALYSED_SENTENCES);
  const stampedParagraphs = new Set<number>();
  for (const s of sents) if (prepared.stamped.some((o) => s.start >= o && s.start - o < 40 && !/\n/.test(prepared.text.slice(o, s.start)))) stampedParagraphs.add(s.paragraph);
  const ctx: EntityContext = { gaz, knownSurnames: new Map() };
  const out: SentInfo[] = [];
  const failure = { failed: false };
  let lastPerson: { name: string; party: string | null } | null = null;
  let lastOrg: { name: string; party: string | null; sent: number } | null = null;
  // the organisation named last in the text (as a source or not): what "it" most likely means next
  let lastOrgNamed: { name: string; party: string | null; sent: number } | null = null;
  let lastPublisher: { name: string; party: string | null } | null = null;
  const orgs: { name: string; full: string; party: string | null }[] = [];
  const officialSides = new Map<string, string>();
  for (const sent of sents) {
    const t = sent.text;
    const cues = scanCues(t);
    const tokens = tokenize(t);
    const mentions = findMentions(t, tokens, ctx, cues);
    collectSurnames(mentions, ctx.knownSurnames);
    learnOfficials(t, mentions, officialSides);
    const attributions: ResolvedAttribution[] = [];
    for (const a of findAttributions(t, mentions, cues)) {
      let resolved = a.name;
      let party: string | null = null;
      for (const m of mentions) {
        if (m.start >= a.start && m.end <= a.end) {
          const p = partyRef(m);
          if (p) {
            party = p.party;
            break;
          }
          const person = personRef(m);
          if (person?.party) {
            party = person.party;
            break;
          }
          for (const r of m.refs) if (r.type === 'org' && r.org.party) party = r.org.party;
          if (party) {
            // "the General Staff of the Russian armed forces": a side named in the phrase beats the body's usual one
            const told = mentions.find((x) => x.start >= m.end && x.end <= a.end && partyRef(x));
            if (told) party = partyRef(told)!.party;
            break;
          }
          // "Kursk Governor Alexei Smirnov", "the governor of the Belgorod region", "Kharkiv mayor": an official of a place
          // speaks for its side (not a contested place's)
          const place = placeOf(m);
          if (place?.party && !place.contested && REGIONAL_OFFICIAL.test(t.slice(Math.max(a.start, m.start - 30), Math.min(a.end, m.end + 30)))) {
            party = place.party;
            break;
          }
        }
      }
      // "Smirnov said ..." after "Kursk Governor Alexei Smirnov": the side learnt for the surname earlier in the article
      // (an unknown surname alone reads as an organisation's name)
      if ((a.kind === 'person' || a.kind === 'org') && a.name && !party) party = officialSides.get(a.name) ?? null;
      if (a.kind === 'pronoun-person') {
        // "Volodymyr Zelensky's latest revelation ..., as he disclosed that": a person named before the pronoun in its sentence
        const before = mentions.filter((m) => m.end <= a.start && personRef(m)).pop();
        const p = before ? personRef(before)! : null;
        let who = p ? { name: p.surname, party: p.party || null } : lastPerson;
        // "the Ukrainian president said" after "Zelensky": the person named before, when the side agrees
        if (!p && party && who?.party && who.party !== party) who = null;
        resolved = who?.name ?? null;
        party = party ?? who?.party ?? null;
      } else if (a.kind === 'pronoun-org' || (a.kind === 'org' && a.name !== null && BARE_HEAD.test(a.name))) {
        const head = /(mission|agency|outlet|monitors|office|ministry|staff|service)/i.exec(a.full)?.[1]?.toLowerCase();
        const hit = head ? [...orgs].reverse().find((o) => o.full.toLowerCase().includes(head === 'monitors' ? 'monitor' : head)) : undefined;
        // "the report disclosed" after "the latest report of the UN monitoring mission": the report's publisher
        // ("Ukraine's General Staff posts a graphic. On Friday it put Russia's losses at ...": the organisation just named)
        const recent = lastOrgNamed && lastOrgNamed.sent === out.length - 1 && (!lastOrg || lastOrg.sent < lastOrgNamed.sent) ? lastOrgNamed : lastOrg;
        const o = hit ?? (REPORT_ANAPHOR.test(a.full.trim()) ? (lastPublisher ?? lastOrg) : recent);
        resolved = o?.name ?? (a.name && !/^(?:it|they)$/i.test(a.name) ? a.name : null);
        party = party ?? o?.party ?? null;
      } else if (a.kind === 'person' && a.name) {
        lastPerson = { name: a.name, party };
      } else if (a.kind === 'org' && a.name) {
        lastOrg = { name: a.name, party, sent: out.length };
        orgs.push({ name: a.name, full: a.full, party });
      }
      attributions.push({ name: a.name, start: a.start, end: a.end, cue: a.cue, kind: a.kind, full: a.full, resolved, party });
    }
    const named = mentions.filter((m) => orgRef(m) !== null).pop();
    if (named) {
      const o = orgRef(named)!;
      lastOrgNamed = { name: o.short ?? o.name, party: o.party ?? null, sent: out.length };
    }
    // who published the report a later "the report said" means: an organisation named beside a report
    if (PUBLICATION.test(t)) {
      const pub = mentions.map((m) => orgRef(m)).find((o) => o !== null);
      if (pub) lastPublisher = { name: pub.short ?? pub.name, party: pub.party ?? null };
    }
    // the person a later "he"/"she" most likely means: the first person named in this sentence
    const firstPerson = mentions.find((m) => personRef(m));
    if (firstPerson) {
      const p = personRef(firstPerson)!;
      lastPerson = { name: p.surname, party: p.party || null };
    }
    out.push(new AnalysedSentence(failure, sent, t, cues, blankDeals(t, cues), mentions, attributions, stampedParagraphs.has(sent.paragraph)));
  }
  return { published, sentences: out, gaz, datelineCity: prepared.datelineCity ?? null, failure };
}

/** The attribution that governs a position: the closest cue before it, else the first after. */
/** A place's official named after the title: "Kursk Governor Alexei Smirnov", "Belgorod region governor Vyacheslav Gladkov". */
const OFFICIAL_AFTER_PLACE = /^(?:\s+(?:[Rr]egion|[Oo]blast|[Rr]egional|[Cc]ity))?(?:['’]s)?\s+(?:[Aa]cting\s+)?(?:[Gg]overnor|[Mm]ayor|[Hh]ead)\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}([A-Z][\p{L}'’-]+)\b(?!\s+[A-Z])/u;

/** Surnames of officials of a place with a side ("Kursk Governor Alexei Smirnov" → Smirnov: russia), into `into`. */
function learnOfficials(t: string, mentions: readonly Mention[], into: Map<string, string>): void {
  // "the Russian Ministry of Defense (MoD)": the short name a body is given speaks for the side its full name tells
  ACRONYM_AFTER.lastIndex = 0;
  for (let m = ACRONYM_AFTER.exec(t); m !== null; m = ACRONYM_AFTER.exec(t)) {
    const side = mentions.filter((x) => x.start >= m!.index && x.end <= m!.index + m![1]!.length).map((x) => partyRef(x)).find((p) => p !== null);
    if (side) into.set(m[2]!, side.party);
  }
  if (!/\b(?:governor|mayor|head)\b/i.test(t)) return;
  for (const m of mentions) {
    const place = placeOf(m);
    if (!place?.party || place.contested) continue;
    const hit = OFFICIAL_AFTER_PLACE.exec(t.slice(m.end, m.end + 80));
    if (hit) into.set(hit[1]!, place.party);
  }
}

/** A body's full name, then its short name in brackets: "the Russian Ministry of Defense (MoD)". */
const ACRONYM_AFTER = /\b((?:[A-Z][\p{L}'’]*\s+){1,5}(?:of\s+(?:the\s+)?(?:[A-Z][\p{L}'’]*\s*){1,3})?)\(([A-Z][A-Za-z]{1,7})\)/gu;

/** A regional official's title next to a place: the place's side is the speaker's. */
const REGIONAL_OFFICIAL = /\b(?:governor|mayor|head of the (?:regional|city|district|military)|regional (?:military )?administration|military administration|regional authorities|local authorities)\b/i;

/** A source named by a plural common noun only: "media outlets", "officials", "local authorities". */
const GENERIC_SOURCE = /^\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:outlets|media|officials|authorities|sources|reports|observers|analysts|experts)\s*$/;

export function attributionFor(si: SentInfo, pos: number): ResolvedAttribution | null {
  let best: ResolvedAttribution | null = null;
  // "... with 45,680 losses reported by Ukraine's General Staff": an agent told right after the figure is its source
  const agent = si.attributions.find((a) => a.cue > pos && a.cue - pos <= 40 && a.name && /^(?:reported|according|cited|estimated|recorded|documented|verified|confirmed|counted|compiled|registered|claimed)\s+(?:to|by)\b/i.test(si.text.slice(a.cue, a.cue + 20)) && !/[;.]/.test(si.text.slice(pos, a.cue)));
  if (agent) return agent;
  // the closest cue before; of two sources read at one cue, the person ("Kyiv disputed these figures, with President
  // Zelenskyy stating that ..." names Zelensky)
  for (const a of si.attributions) if (a.cue <= pos && (!best || a.cue > best.cue || (a.cue === best.cue && a.kind === 'person' && best.kind !== 'person'))) best = a;
  // "media outlets have confirmed the deaths of 153,171 soldiers, according to Mediazona": a named source after
  // the figure speaks for it rather than a nameless plural before it
  if (best && best.kind === 'org' && GENERIC_SOURCE.test(best.full)) {
    const named = si.attributions.find((a) => a.cue > pos && a.name && (a.kind === 'org' || a.kind === 'person') && !GENERIC_SOURCE.test(a.full));
    if (named) return named;
  }
  if (best) return best;
  return si.attributions.find((a) => a.cue > pos) ?? null;
}

/** Is a position inside a reporter phrase? */
export function inAttribution(si: SentInfo, start: number, end: number): boolean {
  return si.attributions.some((a) => start >= a.start && end <= a.end);
}
