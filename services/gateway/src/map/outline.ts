import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/**
 * The outline the dashboard's map draws strikes over: Ukraine and its neighbours, from Natural
 * Earth's countries as the world-atlas package ships them (TopoJSON), turned into GeoJSON with
 * topojson-client and cut to the window around Ukraine, so the page loads tens of kilobytes
 * rather than the world. Pure: the topology goes in, the outline comes out.
 */

/** ISO 3166-1 numeric ids (world-atlas's feature ids) of Ukraine and the countries drawn around it. */
export const UKRAINE = '804';
const RUSSIA = '643';
export const NEIGHBOURS = ['643', '112', '616', '703', '348', '642', '498', '100', '792', '268', '440', '428', '233', '398', '203', '040', '688', '051', '031'];

/** [west, south, east, north] in degrees: what the map can show, with room to spare around it. */
export const WINDOW: readonly [number, number, number, number] = [12, 36, 52, 62];

/**
 * Crimea's bounds. Natural Earth's countries (world-atlas 2) draw the peninsula inside Russia;
 * the map follows the internationally recognised border (UN General Assembly resolution 68/262)
 * and the gazetteer, which file it under Ukraine: a Russian polygon within these bounds is
 * merged into Ukraine.
 */
const CRIMEA: readonly [number, number, number, number] = [32.3, 44.2, 36.8, 46.3];

export interface OutlineProperties {
  id: string;
  name: string;
  /** Ukraine: drawn stronger than its neighbours */
  focus: boolean;
}

type Ring = Position[];

/** Keeps the part of a closed ring inside an axis-aligned box (Sutherland–Hodgman; the box is convex). */
export function clipRing(ring: readonly Position[], [west, south, east, north]: readonly [number, number, number, number]): Ring {
  const edges: ((p: Position) => boolean)[] = [(p) => p[0]! >= west, (p) => p[0]! <= east, (p) => p[1]! >= south, (p) => p[1]! <= north];
  const cut = (a: Position, b: Position, edge: number): Position => {
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    const along = edge < 2 ? (edge === 0 ? west : east) : edge === 2 ? south : north;
    const t = edge < 2 ? (along - ax) / (bx - ax) : (along - ay) / (by - ay);
    return edge < 2 ? [along, ay + t * (by - ay)] : [ax + t * (bx - ax), along];
  };
  let out: Position[] = ring.slice(0, -1);
  edges.forEach((inside, edge) => {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(cut(prev, p, edge));
        out.push(p);
      } else if (inside(prev)) out.push(cut(prev, p, edge));
    });
  });
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/**
 * Points every `step` degrees along long edges: the map joins two points by a great circle,
 * so an edge the clip drew along a parallel would otherwise bow towards the pole.
 */
export function densify(ring: readonly Position[], step = 1): Ring {
  const out: Position[] = [];
  ring.forEach((p, i) => {
    const prev = ring[i - 1];
    if (prev) {
      const n = Math.ceil(Math.max(Math.abs(p[0]! - prev[0]!), Math.abs(p[1]! - prev[1]!)) / step);
      for (let k = 1; k < n; k++) out.push([prev[0]! + ((p[0]! - prev[0]!) * k) / n, prev[1]! + ((p[1]! - prev[1]!) * k) / n]);
    }
    out.push(p);
  });
  return out;
}

/** About 100 m: all the map can show. */
const round = (p: Position): Position => [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];

/** A country's polygons cut to the window; polygons wholly outside it are gone. */
function clipped(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((r) => clipRing(r, WINDOW));
    if (!outer || outer.length === 0) continue;
    kept.push([outer, ...holes.filter((h) => h.length > 0)].map((r) => densify(r).map(round)));
  }
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

function within(bounds: readonly number[], box: readonly number[]): boolean {
  return bounds[0]! >= box[0]! && bounds[1]! >= box[1]! && bounds[2]! <= box[2]! && bounds[3]! <= box[3]!;
}

/** [west, south, east, north] of a polygon's arcs, in degrees. */
function polygonBounds(topology: Topology, arcs: TopoPolygon['arcs']): number[] {
  const f = feature(topology, { type: 'Polygon', arcs }) as Feature<Polygon>;
  const xs = f.geometry.coordinates.flat().map((p) => p[0]!);
  const ys = f.geometry.coordinates.flat().map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** world-atlas's countries topology ("countries" object) -> Ukraine (with Crimea) and its neighbours, cut to the window. */
export function regionOutline(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): FeatureCollection<MultiPolygon, OutlineProperties> {
  const byId = new Map(topology.objects.countries.geometries.map((g) => [String(g.id), g]));
  const ukraine = byId.get(UKRAINE);
  const russia = byId.get(RUSSIA);
  if (!ukraine || !russia || russia.type !== 'MultiPolygon') throw new Error('world-atlas: no Ukraine or Russia in the countries topology');
  const inCrimea = (arcs: TopoPolygon['arcs']) => within(polygonBounds(topology, arcs), CRIMEA);
  const crimea: TopoPolygon[] = (russia as TopoMultiPolygon).arcs.filter(inCrimea).map((arcs) => ({ type: 'Polygon', arcs }));
  const russiaRest: TopoMultiPolygon = { type: 'MultiPolygon', arcs: (russia as TopoMultiPolygon).arcs.filter((arcs) => !inCrimea(arcs)) };
  const features: Feature<MultiPolygon, OutlineProperties>[] = [];
  for (const id of [UKRAINE, ...NEIGHBOURS]) {
    const g = byId.get(id);
    if (!g) continue;
    const name = (g.properties as { name?: string } | undefined)?.name ?? id;
    // Ukraine with Crimea as one outline: merge dissolves the border Natural Earth draws across the isthmus
    const geometry =
      id === UKRAINE
        ? merge(topology, [ukraine as TopoPolygon | TopoMultiPolygon, ...crimea])
        : (feature(topology, id === RUSSIA ? russiaRest : g) as Feature<Polygon | MultiPolygon>).geometry;
    const cut = clipped(geometry);
    if (cut) features.push({ type: 'Feature', id, properties: { id, name, focus: id === UKRAINE }, geometry: cut });
  }
  return { type: 'FeatureCollection', features };
}
