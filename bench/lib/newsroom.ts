/**
 * A newsroom's worth of synthetic war reporting for the gateway's database: what a read model
 * holds after years of real feeds, rather than the same few sentences over and over.
 *
 * Articles are published across 2022-02-24 .. 2026-11-20 (so weekday dates resolve to ~1,700
 * distinct days). Tolls come from many reporters about several parties, populations and
 * measures, cumulative series growing over time beside monthly period figures; talks run on
 * several tracks (different party sets) with numbered rounds in many venues, each round
 * reported by several articles; strikes hit ~60 places with every target type and weapon,
 * many strikes reported more than once. Deterministic for a seed.
 */
import { rng } from '../../services/extractor/bench/synthetic';

const UA_CITIES = [
  'Kyiv', 'Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Lviv', 'Kryvyi Rih', 'Mykolaiv', 'Kherson', 'Sumy',
  'Chernihiv', 'Poltava', 'Vinnytsia', 'Ternopil', 'Ivano-Frankivsk', 'Lutsk', 'Rivne', 'Khmelnytskyi', 'Zhytomyr',
  'Cherkasy', 'Kropyvnytskyi', 'Kramatorsk', 'Sloviansk', 'Pokrovsk', 'Kostiantynivka', 'Nikopol', 'Kupiansk',
  'Izium', 'Konotop', 'Shostka', 'Bila Tserkva', 'Brovary', 'Izmail', 'Chornomorsk', 'Kremenchuk', 'Pavlohrad',
  'Burshtyn', 'Druzhkivka',
];
const RU_CITIES = ['Belgorod', 'Kursk', 'Bryansk', 'Voronezh', 'Krasnodar', 'Novorossiysk', 'Tuapse', 'Taganrog', 'Volgograd', 'Saratov', 'Moscow'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

const START = Date.UTC(2022, 1, 24);
const END = Date.UTC(2026, 10, 20);
const DAY_MS = 86_400_000;

/** Reporters of cumulative tolls: who says it, about whom, which people, what measure, and roughly how many by the end. */
const TOLL_SERIES = [
  { by: "Ukraine's General Staff", about: 'Russian', who: 'soldiers', verb: 'had been killed or wounded', end: 1_200_000 },
  { by: 'President Volodymyr Zelensky', about: 'Ukrainian', who: 'soldiers', verb: 'have been killed', end: 60_000 },
  { by: "Russia's defence ministry", about: 'Ukrainian', who: 'soldiers', verb: 'had been killed', end: 500_000 },
  { by: 'UK Defence Intelligence', about: 'Russian', who: 'troops', verb: 'had been killed or wounded', end: 1_000_000 },
  { by: 'Mediazona', about: 'Russian', who: 'soldiers', verb: 'had been killed', end: 140_000 },
  { by: 'the UN Human Rights Monitoring Mission in Ukraine', about: 'Ukrainian', who: 'civilians', verb: 'had been killed', end: 15_000 },
  { by: 'the UN Human Rights Monitoring Mission in Ukraine', about: 'Ukrainian', who: 'civilians', verb: 'had been injured', end: 38_000 },
  { by: 'the Pentagon', about: 'Russian', who: 'troops', verb: 'had been killed or wounded', end: 900_000 },
  { by: "Ukraine's Coordination Headquarters", about: 'Ukrainian', who: 'soldiers', verb: 'were missing', end: 70_000 },
  { by: 'the UN refugee agency', about: 'Ukrainian', who: 'people', verb: 'had fled abroad', end: 6_900_000 },
  { by: "Ukraine's General Staff", about: 'North Korean', who: 'soldiers', verb: 'had been killed', end: 4_000 },
  { by: 'Zelensky', about: 'Russian', who: 'soldiers', verb: 'have been killed', end: 250_000 },
];
const TRACKS = [
  { parties: 'Russia and Ukraine', venues: ['Istanbul', 'Geneva', 'Abu Dhabi'] },
  { parties: 'Russia and the United States', venues: ['Riyadh', 'Istanbul', 'Anchorage', 'Budapest'] },
  { parties: 'Ukraine and the United States', venues: ['Jeddah', 'Miami', 'Geneva', 'Berlin'] },
  { parties: 'Russia, Ukraine and the United States', venues: ['Abu Dhabi', 'Geneva', 'Doha'] },
];
const TARGETS = [
  { phrase: 'a power plant', energy: true },
  { phrase: 'an electricity substation', energy: true },
  { phrase: 'energy infrastructure', energy: true },
  { phrase: 'an apartment block', energy: false },
  { phrase: 'a residential building', energy: false },
  { phrase: 'a railway station', energy: false },
  { phrase: 'the port', energy: false },
  { phrase: 'a factory', energy: false },
  { phrase: 'a hospital', energy: false },
];
const WEAPONS = ['drones', 'missiles', 'drones and missiles', 'a ballistic missile', 'glide bombs', 'Shahed drones'];
const FILLER = [
  'Residents queued for water and bread as repair crews worked through the night.',
  'The minister is expected to visit Brussels to discuss sanctions and long-term financing.',
  'Markets were calm, and the central bank left its main interest rate unchanged.',
  'The figures could not be independently verified.',
  'Air raid alerts sounded across much of the country for several hours.',
  'Officials said the investigation into the incident was continuing.',
  'Aid groups warned that winter would be harder than last year for families near the front.',
];

export interface NewsroomArticle {
  id: string;
  published: string;
  title: string;
  text: string;
}

/** `count` articles, each with 3-7 claim sentences among filler, the same for the same seed. */
export function newsroomArticles(count: number, seed = 1): NewsroomArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: NewsroomArticle[] = [];
  for (let i = 0; i < count; i++) {
    // spread over the whole period, in order, with jitter
    const t = START + Math.floor(((i + r()) / count) * (END - START));
    const day = new Date(t);
    const progress = (t - START) / (END - START);
    // "on <weekday>" within the past six days of publication
    const back = Math.floor(r() * 6);
    const weekday = WEEKDAYS[(day.getUTCDay() + 7 - back) % 7]!;
    const prevMonth = MONTHS[(day.getUTCMonth() + 11) % 12]!;
    const sentences: string[] = [];
    const claims = 3 + Math.floor(r() * 5);
    for (let k = 0; k < claims; k++) {
      const kind = r();
      if (kind < 0.4) {
        const s = pick(TOLL_SERIES);
        const value = Math.max(10, Math.round(s.end * progress * (0.97 + r() * 0.06)));
        const bound = pick(['', 'more than ', 'about ', 'almost ', 'at least ']);
        sentences.push(`${capital(s.by)} said on ${weekday} that ${bound}${value.toLocaleString('en-US')} ${s.about} ${s.who} ${s.verb} since the start of the full-scale invasion.`);
      } else if (kind < 0.5) {
        sentences.push(`At least ${20 + Math.floor(r() * 400)} civilians were killed in Ukraine in ${prevMonth}, the UN monitoring mission said in its monthly report.`);
      } else if (kind < 0.65) {
        const track = pick(TRACKS);
        // rounds follow the calendar: a track holds roughly one round every few months
        const round = Math.min(ORDINALS.length, 1 + Math.floor(progress * ORDINALS.length));
        const venue = track.venues[(round - 1) % track.venues.length]!;
        const swap = r() < 0.4 ? ` and agreed to exchange ${pick(['84', '150', '314', '1,000'])} prisoners of war` : '';
        sentences.push(`Delegations from ${track.parties} met in ${venue} on ${weekday} for the ${ORDINALS[round - 1]} round of talks${swap}.`);
      } else {
        const ukraineHit = r() < 0.8;
        const place = ukraineHit ? pick(UA_CITIES) : pick(RU_CITIES);
        const target = ukraineHit ? pick(TARGETS) : pick([TARGETS[0]!, TARGETS[1]!, { phrase: 'an oil refinery', energy: true }]);
        const attacker = ukraineHit ? 'Russian' : 'Ukrainian';
        const killed = Math.floor(r() * 4);
        const injured = Math.floor(r() * 30);
        const harm = target.energy && r() < 0.5 ? 'leaving thousands without power' : `killing ${killed} people and injuring ${injured}`;
        sentences.push(`${attacker} ${pick(WEAPONS)} hit ${target.phrase} in ${place} on ${weekday}, ${harm}, the regional governor said.`);
      }
      for (let f = Math.floor(r() * 3); f > 0; f--) sentences.push(pick(FILLER));
    }
    const paras: string[] = [];
    for (let k = 0; k < sentences.length; k += 3) paras.push(sentences.slice(k, k + 3).join(' '));
    out.push({ id: `newsroom-${seed}-${i}`, published: day.toISOString(), title: `Newsroom report ${i}`, text: paras.join('\n\n') });
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Days the articles span, for reports. */
export const NEWSROOM_SPAN_DAYS = Math.round((END - START) / DAY_MS);
