import type { GazetteerConfig, OrganizationConfig, PersonConfig, PlaceConfig } from './schema';
import { compilePlaceNames, type PlaceNames } from './places';
import { compileReporters, type ReporterIndex } from './reporters';
import { tokenize, WordTrie } from './tokens';

export type PartyForm = 'name' | 'adjective' | 'capital' | 'institution';

export type EntityRef =
  | { type: 'party'; party: string; form: PartyForm }
  | { type: 'person'; person: PersonConfig }
  | { type: 'place'; place: PlaceConfig }
  | { type: 'org'; org: OrganizationConfig };

export interface IndexEntry {
  tokens: string[];
  /** the tokens lower-cased */
  lower: string[];
  refs: EntityRef[];
}

/** A gazetteer compiled for fast whole-word lookup. */
export interface Gazetteer {
  config: GazetteerConfig;
  partyIds: Set<string>;
  /** party id -> the parties it fights */
  adversaries: Map<string, string[]>;
  /** where the first conflict is fought (civilian and displacement tolls with no named side) */
  theatre: string | null;
  /** the day the first conflict with a start began (YYYY-MM-DD): counts "since" later days are windows */
  warStart: string | null;
  /** adjective (lower-case) -> party id, for "the Emirati capital" */
  capitalByAdjective: Map<string, string>;
  /** lower-case first token -> entries, longest first */
  index: Map<string, IndexEntry[]>;
  /** the index, to look tokens up by (see WordTrie) */
  indexTrie: WordTrie<IndexEntry[]>;
  /** reporters as entities, by the names they take (reporters.ts) */
  reporters: ReporterIndex;
  /** written place names -> their gazetteer names (places.ts) */
  placeNames: PlaceNames;
}

export function compileGazetteer(config: GazetteerConfig): Gazetteer {
  const byPhrase = new Map<string, IndexEntry>();
  const add = (phrase: string, ref: EntityRef) => {
    const tokens = tokenize(phrase).map((t) => t.text);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    let e = byPhrase.get(key);
    if (!e) {
      e = { tokens, lower: tokens.map((t) => t.toLowerCase()), refs: [] };
      byPhrase.set(key, e);
    }
    e.refs.push(ref);
  };
  const capitalByAdjective = new Map<string, string>();
  for (const p of config.parties) {
    for (const n of p.names) add(n, { type: 'party', party: p.id, form: 'name' });
    for (const n of p.adjectives) add(n, { type: 'party', party: p.id, form: 'adjective' });
    for (const n of p.capitals) add(n, { type: 'party', party: p.id, form: 'capital' });
    for (const n of p.institutions) add(n, { type: 'party', party: p.id, form: 'institution' });
    const cap = p.capitals[0];
    // "the Emirati capital", "the capital of the United Arab Emirates"
    if (cap) for (const a of [...p.adjectives, ...p.names]) capitalByAdjective.set(a.toLowerCase(), cap);
  }
  for (const o of config.organizations) {
    add(o.name, { type: 'org', org: o });
    for (const a of o.aliases) add(a, { type: 'org', org: o });
  }
  for (const person of config.people) {
    add(person.name, { type: 'person', person });
    add(person.surname, { type: 'person', person });
    for (const a of person.aliases) add(a, { type: 'person', person });
  }
  for (const place of config.places) {
    add(place.name, { type: 'place', place });
    for (const a of place.aliases) add(a, { type: 'place', place: { ...place, name: a } });
  }
  const index = new Map<string, IndexEntry[]>();
  for (const e of byPhrase.values()) {
    const k = e.tokens[0]!.toLowerCase();
    const list = index.get(k) ?? [];
    list.push(e);
    index.set(k, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const adversaries = new Map<string, string[]>();
  for (const c of config.conflicts) {
    const [a, b] = c.sides as [string, string];
    adversaries.set(a, [...(adversaries.get(a) ?? []), b]);
    adversaries.set(b, [...(adversaries.get(b) ?? []), a]);
  }
  return {
    config,
    partyIds: new Set(config.parties.map((p) => p.id)),
    adversaries,
    theatre: config.conflicts.find((c) => c.theatre)?.theatre ?? null,
    warStart: config.conflicts.find((c) => c.start)?.start ?? null,
    capitalByAdjective,
    index,
    indexTrie: new WordTrie(index),
    reporters: compileReporters(config),
    placeNames: compilePlaceNames(config),
  };
}
