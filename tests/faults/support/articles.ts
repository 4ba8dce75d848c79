import { articleId, contentHash, encodeArticle, type ArticleIngested, type WireMessage } from '@claimwire/events';
import { pick, prng } from './generate';

const PLACES = ['Odesa', 'Kharkiv', 'Dnipro', 'Sumy', 'Zaporizhzhia', 'Kherson'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Our own wire-style sentences (not corpus text) that the rule-based extractor reads claims from. */
function paragraphs(rnd: () => number, n: number): string[] {
  const out: string[] = [];
  if (rnd() < 0.7) {
    const v = 1_000 * (10 + Math.floor(rnd() * 60));
    out.push(
      `Ukrainian President Volodymyr Zelensky said on ${pick(rnd, DAYS)} that ${v.toLocaleString('en-US')} Ukrainian soldiers have been killed since the start of the full-scale invasion.`,
    );
  }
  if (rnd() < 0.6) {
    const hurt = 2 + Math.floor(rnd() * 30);
    out.push(`Russian drones struck the port of ${pick(rnd, PLACES)} overnight, injuring ${hurt} dock workers, the regional administration said.`);
  }
  if (rnd() < 0.4) {
    const p = 2 * (50 + Math.floor(rnd() * 200));
    out.push(
      `Negotiators held a ${pick(rnd, ['second', 'third', 'fourth'])} round of talks with Russian and Ukrainian representatives in Abu Dhabi this week. After the talks the two sides exchanged ${p} prisoners.`,
    );
  }
  if (out.length === 0) out.push(`Officials in ${pick(rnd, PLACES)} said repairs were under way after report ${n}.`);
  return out;
}

/** `count` articles, most of them carrying one to three claims, deterministic per seed. */
export function generateNewsArticles(count: number, seed: number): { events: ArticleIngested[]; messages: WireMessage[] } {
  const rnd = prng(seed);
  const events: ArticleIngested[] = [];
  for (let n = 0; n < count; n++) {
    const text = paragraphs(rnd, n).join('\n\n');
    const published = new Date(Date.parse('2026-02-01T06:00:00.000Z') + n * 300_000).toISOString();
    events.push({
      articleId: articleId('fault-desk', `s${seed}:${n}`),
      revision: 1,
      feedId: 'fault-desk',
      guid: `urn:fault:${seed}:${n}`,
      url: `https://wire.test/fault/${seed}/${n}`,
      title: `Fault report ${n}`,
      author: null,
      published,
      publishedRaw: published,
      firstSeen: published,
      language: 'en',
      summary: null,
      text,
      contentHash: contentHash({ text }),
    });
  }
  return { events, messages: events.map((e) => encodeArticle(e, 'claimwire/faults', new Date(e.firstSeen))) };
}
