/** Deterministic synthetic news articles: claim-bearing sentences mixed with filler. */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Kherson', 'Lviv', 'Poltava', 'Mykolaiv', 'Chernihiv'];
const RU = ['Belgorod', 'Kursk', 'Bryansk', 'Voronezh', 'Rostov'];
const VENUES = ['Istanbul', 'Geneva', 'Riyadh', 'Abu Dhabi', 'Doha', 'Jeddah'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const NUMS = ['three', 'five', 'twelve', 'a dozen', '14', '27', '118'];

const TEMPLATES: ((r: () => number, pick: <T>(xs: T[]) => T) => string)[] = [
  (r, p) => `A Russian drone struck an apartment block in ${p(CITIES)} on ${p(DAYS)}, killing ${p(NUMS)} people and injuring ${Math.floor(r() * 40)}, the regional governor said.`,
  (r, p) => `Officials in ${p(CITIES)} said missiles hit a power plant overnight, leaving thousands without electricity.`,
  (r, p) => `The army's general staff said on ${p(DAYS)} that about ${Math.floor(r() * 900 + 100)},${String(Math.floor(r() * 1000)).padStart(3, '0')} Russian soldiers had been killed or wounded since the start of the invasion.`,
  (r, p) => `The UN monitoring mission said at least ${Math.floor(r() * 300 + 20)} civilians were killed in ${p(MONTHS)}.`,
  (_r, p) => `Delegations from Russia and Ukraine met in ${p(VENUES)} on ${p(DAYS)} for a second round of talks and agreed to exchange ${p(['84', '150', '1,000'])} prisoners of war each.`,
  (_r, p) => `Ukrainian drones hit an oil refinery in the ${p(RU)} region overnight, the regional governor said, adding that no one was hurt.`,
  () => `Analysts said the talks could cost thousands of lives if they fail, and that the figures cannot be independently verified.`,
  () => `Workers at the port went on strike over pay, and the union said management had refused to strike a deal.`,
  () => `Grain exports reached 4.2 million tonnes in the month, worth roughly $1.1 billion, according to the ministry.`,
  () => `The weather remained cold across the region, with temperatures falling below minus 15C at night.`,
  () => `Markets were calm, and the central bank left its main interest rate unchanged at 15.5%.`,
  () => `Residents queued for water and bread as repair crews worked through the night to restore heating in several districts.`,
  () => `The minister is expected to visit Brussels next week to discuss sanctions and long-term financing for reconstruction.`,
  () => `Historians note that the region has changed hands many times over the centuries, and its people have long memories.`,
];

export interface SyntheticArticle {
  id: string;
  published: string;
  title: string;
  text: string;
}

/** `count` articles of 12-30 sentences (about 2-5 KB), the same for the same seed. */
export function generateArticles(count: number, seed = 42): SyntheticArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const n = 12 + Math.floor(r() * 19);
    const paras: string[] = [];
    let para: string[] = [];
    for (let k = 0; k < n; k++) {
      // one sentence in three carries a claim, the rest is filler
      const t = r() < 0.33 ? TEMPLATES[Math.floor(r() * 6)]! : TEMPLATES[6 + Math.floor(r() * (TEMPLATES.length - 6))]!;
      para.push(t(r, pick));
      if (para.length >= 2 + Math.floor(r() * 3)) {
        paras.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paras.push(para.join(' '));
    const day = 1 + Math.floor(r() * 28);
    out.push({
      id: `synthetic-${i}`,
      published: `2026-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}T12:00:00Z`,
      title: `Synthetic article ${i}`,
      text: paras.join('\n\n'),
    });
  }
  return out;
}
