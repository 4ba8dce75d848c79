import type { GazetteerConfig } from './schema';

/** A reporter as one entity, however the text names it. */
export interface ReporterEntity {
  id: string;
  name: string;
  /** the party it speaks for (a ministry's country), null for independent outlets */
  country: string | null;
  /** whom its tolls count when the text does not say (see the gazetteer's `counts`) */
  counts?: 'civilian' | 'military';
}

/** The gazetteer's reporters, indexed by the keys their names and aliases take. */
export interface ReporterIndex {
  /** alias key -> the reporters it may name (several when an alias is shared: "defence ministry") */
  byAlias: Map<string, ReporterEntity[]>;
  /** "<party> <role>" -> people ("ukraine president"), for "Ukraine's president" */
  byRole: Map<string, ReporterEntity[]>;
  /** a country's words as keys ("uk", "britain", "british", "ukraine") -> party id */
  countryWords: Map<string, string>;
  /** the sides of the gazetteer's conflicts: a body of one side is never told as the other's */
  sides?: Set<string>;
}

/**
 * How a reporter's name is compared: lower-case, without possessive "'s", a leading "the",
 * the dots of an acronym and punctuation ("Britain's defence ministry" -> "britain defence
 * ministry", "U.N." -> "un").
 */
export function reporterAliasKey(name: string): string {
  return name
    // a dotted acronym is the acronym: "U.N." = "UN", "U.K. defence ministry" = "UK defence ministry"
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** "its defence ministry", "the country's general staff": a pronoun in place of the country. */
const POSSESSIVE = /^(?:its|their|his|her|the country|the nation)\s+/;

const slug = (name: string) => reporterAliasKey(name).replace(/\s+/g, '-');

/** Index the explicit reporters, then people and organizations under the keys the explicit ones leave free. */
export function compileReporters(config: GazetteerConfig): ReporterIndex {
  const byAlias = new Map<string, ReporterEntity[]>();
  const byRole = new Map<string, ReporterEntity[]>();
  const claimed = new Set<string>();
  const add = (map: Map<string, ReporterEntity[]>, key: string, e: ReporterEntity) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.id === e.id)) list.push(e);
    map.set(key, list);
  };
  for (const r of config.reporters) {
    const e: ReporterEntity = { id: r.id, name: r.name, country: r.country, ...(r.counts ? { counts: r.counts } : {}) };
    for (const n of [r.name, ...r.aliases]) {
      add(byAlias, reporterAliasKey(n), e);
      claimed.add(reporterAliasKey(n));
    }
  }
  const addFree = (names: (string | undefined)[], e: ReporterEntity) => {
    for (const n of names) if (n && !claimed.has(reporterAliasKey(n))) add(byAlias, reporterAliasKey(n), e);
  };
  for (const p of config.people) {
    const e: ReporterEntity = { id: slug(p.surname), name: p.name, country: p.party };
    addFree([p.name, p.surname, ...p.aliases], e);
    if (p.role && !claimed.has(reporterAliasKey(p.surname))) add(byRole, `${p.party} ${reporterAliasKey(p.role)}`, e);
  }
  for (const o of config.organizations) addFree([o.name, o.short, ...o.aliases], { id: slug(o.short ?? o.name), name: o.name, country: o.party ?? null });
  const countryWords = new Map<string, string>();
  for (const p of config.parties) for (const w of [...p.names, ...p.adjectives]) countryWords.set(reporterAliasKey(w), p.id);
  const sides = new Set(config.conflicts.flatMap((c) => c.sides));
  return { byAlias, byRole, countryWords, sides };
}

/** A leading country word ("russian defense ministry" -> russia, "defense ministry"). */
function splitCountry(idx: ReporterIndex, key: string): { country: string | null; rest: string } {
  const words = key.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = idx.countryWords.get(words.slice(0, n).join(' '));
    if (country) return { country, rest: words.slice(n).join(' ') };
  }
  return { country: null, rest: key };
}

/** The one entity among candidates that fits the country (an entity of no country fits any). */
function only(cands: readonly ReporterEntity[] | undefined, country: string | null): ReporterEntity | null {
  if (!cands?.length) return null;
  const fit = country ? cands.filter((e) => e.country === null || e.country === country) : cands;
  return fit.length === 1 ? fit[0]! : null;
}

/** A person named at the end of a title: "Belgorod Governor Vyacheslav Gladkov" -> Gladkov. */
function bySuffix(idx: ReporterIndex, key: string, country: string | null): ReporterEntity | null {
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) {
    const hit = only(idx.byAlias.get(words.slice(i).join(' ')), country);
    if (hit) return hit;
  }
  return null;
}

/**
 * The entity a reporter's name stands for, or null when it names none for sure. A country
 * written into the name ("UK MoD", "Russia's defence ministry") decides between reporters
 * that share an alias; failing that, the country the text ties the reporter to (`hint`); a
 * shared alias with neither stays unresolved rather than guessed.
 */
export function resolveReporter(idx: ReporterIndex, reportedBy: string | null, hint: string | null = null): ReporterEntity | null {
  if (!reportedBy) return null;
  // "Ministry of Defence of the United Kingdom": the country told after the name, as if before it
  const asWritten = reporterAliasKey(reportedBy).replace(POSSESSIVE, '');
  // (the country's words are the gazetteer's, as for a country told before the name)
  const trailing = idx.byAlias.has(asWritten) ? null : /^(.+) of (?:the )?(.+)$/.exec(asWritten);
  const key = trailing && idx.countryWords.has(trailing[2]!) ? `${trailing[2]} ${trailing[1]}` : asWritten;
  if (!key) return null;
  const { country, rest } = splitCountry(idx, key);
  const whole = idx.byAlias.get(key);
  if (whole?.length) {
    if (whole.length > 1) return only(whole, country ?? hint);
    // "the General Staff of the Russian armed forces": a body of one side, told as the other side's, is not that body
    const e = whole[0]!;
    const told = country ?? hint;
    if (!(told && e.country && e.country !== told && idx.sides?.has(e.country) && idx.sides.has(told))) return e;
    // the same body of the side told, when the gazetteer knows it ("Russian General Staff")
    const same = new Set<ReporterEntity>();
    for (const [k, list] of idx.byAlias) if (k.endsWith(` ${key}`) && idx.countryWords.get(k.slice(0, -key.length - 1)) === told) for (const x of list) if (x.country === told) same.add(x);
    return same.size === 1 ? [...same][0]! : null;
  }
  if (country && rest) {
    const hit = only(idx.byAlias.get(rest), country) ?? only(idx.byRole.get(`${country} ${rest}`), country);
    if (hit && (hit.country === null || hit.country === country)) return hit;
  }
  return bySuffix(idx, rest, country);
}
