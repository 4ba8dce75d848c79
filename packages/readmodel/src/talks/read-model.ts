import type { ReadModel } from '../read-model';
import { talksDdl } from './ddl';
import { trackOf } from './ids';
import { regroupTalks, retractTalks } from './write';

/**
 * Talks: tracks by the conflict's two sides, rounds within them. A claim finds its track by its
 * parties (trackOf); the rounds of a track depend on all its reports, so a track a fresh report
 * falls in is folded again whole (foldTrack).
 */
export const talks: ReadModel<'talks'> = {
  name: 'talks',
  kind: 'talks',
  tables: ['talks_tracks', 'talks_rounds'],
  ddl: talksDdl,
  keyOf: trackOf,
  project: regroupTalks,
  retract: retractTalks,
};
