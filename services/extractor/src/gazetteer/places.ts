import type { GazetteerConfig } from './schema';

/** Words after a place's name that make it an area around it ("Odessa district"). */
const AREA = /^(.+?)\s+(region|oblast|province|district|raion|county|krai)$/i;

/** Written place name (lower-case) -> its gazetteer name: "kharkov" -> "Kharkiv". */
export type PlaceNames = Map<string, string>;

export function compilePlaceNames(config: GazetteerConfig): PlaceNames {
  const out: PlaceNames = new Map();
  for (const p of config.places) for (const n of [p.name, ...p.aliases]) out.set(n.trim().toLowerCase(), p.name);
  return out;
}

/**
 * A location under its gazetteer name, so that two spellings of one place compare equal:
 * "Kharkov" -> "Kharkiv", "Odessa region" -> "Odesa region", and an area the gazetteer does not
 * list keeps its word after the place's name ("Odessa district" -> "Odesa district"). A name
 * the gazetteer does not know stays as written.
 */
export function canonicalPlace(names: PlaceNames, written: string): string {
  const name = written.trim();
  const known = names.get(name.toLowerCase());
  if (known) return known;
  const m = AREA.exec(name);
  const base = m ? names.get(m[1]!.toLowerCase()) : undefined;
  return base && m ? `${base} ${m[2]!.toLowerCase()}` : name;
}
