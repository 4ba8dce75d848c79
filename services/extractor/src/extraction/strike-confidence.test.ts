import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { extractClaims, type ExtractedClaim } from './index';
import { extractStrikes } from './strikes';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: what a strike claim infers is marked and lowers its confidence.
const PUB = '2026-03-10T08:00:00Z';
const events = (text: string) => extractStrikes(analyze(text, PUB, testGazetteer()), new Set()).events;
const strike = (text: string) => extractClaims({ id: 't', published: PUB, text }, testGazetteer()).find((c) => c.kind === 'strike') as Extract<ExtractedClaim, { kind: 'strike' }>;

describe('strike guesses', () => {
  it('marks an attacker taken as the adversary of the side hit', () => {
    const [e] = events('A drone hit a fuel depot in Bryansk on March 8, the governor said.');
    expect(e!.claim.attacker).toBe('ukraine');
    expect(e!.guessed).toMatchObject({ attacker: true, date: false });
    const [f] = events('Ukrainian drones hit a fuel depot in Bryansk on March 8, the governor said.');
    expect(f!.guessed.attacker).toBe(false);
  });

  it('marks casualties told in a later sentence and a date that is only the day the source spoke', () => {
    const [e] = events('Russian missiles struck a school in Sumy, the mayor said on Monday. Two teachers were injured.');
    expect(e!.claim.injured).toBe(2);
    expect(e!.guessed).toMatchObject({ casualties: true, date: true, attacker: false });
  });

  it('gives a claim with guesses less confidence than one read whole', () => {
    const whole = strike('Russian missiles struck a school in Sumy on March 9, injuring two teachers.');
    const guessed = strike('A missile struck a school in Sumy, the mayor said on Monday. Two teachers were injured.');
    expect(whole.injured).toBe(2);
    expect(guessed.injured).toBe(2);
    expect(guessed.confidence).toBeLessThan(whole.confidence);
  });

  it('dates an attack told as "hours earlier" to the article\'s day, as a guess', () => {
    const [e] = events('Hours earlier, Russian drones hit a substation in Chernihiv.');
    expect(e!.claim.date).toBe('2026-03-10');
    expect(e!.guessed.date).toBe(true);
  });
});
