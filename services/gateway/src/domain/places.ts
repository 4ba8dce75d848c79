import type { PlaceConfig } from '@claimwire/config';

/** Where a strike is drawn: the coordinates of its best-resolved place, and that place. */
export interface StrikeLocation {
  lat: number;
  lon: number;
  /** the gazetteer's name of the place ("Kharkov" -> "Kharkiv"), or an area around a known place ("Odesa district") */
  place: string;
  /** city (or venue), district (an unlisted area around a known city, drawn at that city), region */
  kind: LocationKind;
}

export type LocationKind = 'city' | 'district' | 'region';

/** The more specific the place, the better it locates a strike: a city over the area around it over a region. */
const SPECIFICITY: Record<LocationKind, number> = { city: 3, district: 2, region: 1 };

/** Words after a place's name that make it a small area around it, drawn at the place ("Odesa district"). */
const DISTRICT = /^(.+?)\s+(district|raion)$/i;

/** Written place name -> where it is drawn; names as in the gazetteer, aliases included, case-insensitive. */
export interface PlaceIndex {
  locate(written: string): StrikeLocation | null;
}

const norm = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The index of the gazetteer's places that have coordinates (a place without them locates nothing). */
export function placeIndex(places: readonly PlaceConfig[]): PlaceIndex {
  const byName = new Map<string, StrikeLocation>();
  for (const p of places) {
    if (p.lat === undefined || p.lon === undefined) continue;
    const at: StrikeLocation = { lat: p.lat, lon: p.lon, place: p.name, kind: p.kind === 'region' ? 'region' : 'city' };
    for (const n of [p.name, ...p.aliases]) if (!byName.has(norm(n))) byName.set(norm(n), at);
  }
  return {
    locate(written) {
      const known = byName.get(norm(written));
      if (known) return known;
      const m = DISTRICT.exec(written.trim());
      const base = m ? byName.get(norm(m[1]!)) : undefined;
      if (!m || !base || base.kind !== 'city') return null;
      return { ...base, place: `${base.place} ${m[2]!.toLowerCase()}`, kind: 'district' };
    },
  };
}

/**
 * The best-resolved place of a strike's places as written: the most specific one the gazetteer
 * locates (a city over a region), the first written among equals; null when none is located.
 */
export function bestLocation(index: PlaceIndex, written: readonly string[]): StrikeLocation | null {
  let best: StrikeLocation | null = null;
  for (const w of written) {
    const at = index.locate(w);
    if (at && (!best || SPECIFICITY[at.kind] > SPECIFICITY[best.kind])) best = at;
  }
  return best;
}
