import type { Article } from './analyze';
import type { TollHit } from './tolls';

/**
 * "Ukraine has lost 43,000 soldiers ... Additionally, 370,000 have been wounded", "Russia had lost
 * 198,000 soldiers and another 550,000 wounded": a loss told beside a wounded count of the same
 * side, by the same source, in the same or the next sentence, is the dead, not the dead and wounded
 * together. A bulletin's "lost 1,130 servicemen" with no wounded beside it stays casualties. Pure:
 * fixes `measure` in place.
 */
const LOST_BEFORE = /\blost\s+(?:(?:about|around|over|more than|some|nearly|almost|approximately|roughly|at least|up to)\s+)?$/i;
const PEOPLE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:soldiers|troops|servicem[ae]n|servicemembers|service members|personnel|fighters|defenders|men)\b(?!\s+(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured))/iu;

export function lostBesideWounded(a: Article, tolls: TollHit[]): void {
  for (const t of tolls) {
    if (t.claim.measure !== 'casualties') continue;
    const si = a.sentences[t.sentence];
    if (!si) continue;
    const n = si.numbers.find((x) => x.value === t.claim.value && LOST_BEFORE.test(si.text.slice(Math.max(0, x.qualStart - 40), x.qualStart)) && PEOPLE_AFTER.test(si.text.slice(x.end, x.end + 60)));
    if (!n) continue;
    const wounded = tolls.some(
      (o) => o !== t && o.claim.measure === 'wounded' && o.claim.party === t.claim.party && (o.sentence === t.sentence || o.sentence === t.sentence + 1) && (o.claim.reportedBy === t.claim.reportedBy || o.claim.reportedBy === null),
    );
    if (wounded) t.claim.measure = 'killed';
  }
}
