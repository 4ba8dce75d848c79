import { describe, expect, it } from 'vitest';
import { claimsOfKind } from './test-gazetteer';

/**
 * What was hit, as published reporting words it (stop 30), each in our own sentences: words of
 * a target kind that name no target hit (airports closed as a precaution, "non-residential",
 * the attacker's disputed account of its aim).
 */
const PUB = '2025-04-14T12:00:00Z';
const strikes = (text: string, published = PUB) => claimsOfKind('strike', text, published).map((s) => [s.attacker, s.targetType, s.locations]);

describe('target words that name nothing hit', () => {
  it('does not read airports closed during a drone attack as a hit on transport', () => {
    expect(strikes('Ukraine attacked Moscow overnight with dozens of drones, forcing the temporary closure of two of the capital’s airports, the mayor said on Monday.')).toEqual([
      ['ukraine', 'unspecified', ['Moscow']],
    ]);
    expect(strikes('Russian drones struck Odesa on Monday night, and flights at the city’s airport were suspended for hours.', PUB)).toEqual([
      ['russia', 'unspecified', ['Odesa']],
    ]);
  });

  it('does not read "non-residential buildings" as homes', () => {
    expect(strikes('Ukrainian drone attacks set several non-residential buildings on fire in the Bryansk region on Sunday, the governor said.')).toEqual([
      ['ukraine', 'unspecified', ['Bryansk region']],
    ]);
  });

  it('does not take the attacker’s disputed claims about its target for what was hit', () => {
    expect(strikes('A Russian missile struck a playground in Kryvyi Rih on Friday, killing 18 people, and drew scrutiny of Moscow’s claims about targeting military sites.')).toEqual([
      ['russia', 'unspecified', ['Kryvyi Rih']],
    ]);
  });

  it('still reads a hit on an airport as transport (a guard)', () => {
    expect(strikes('Russian missiles hit the airport in Dnipro on Monday, destroying the runway.')).toEqual([
      ['russia', 'transport', ['Dnipro']],
    ]);
  });
});

describe('places named that were not hit', () => {
  it('does not place an attack where the wounded were taken ("transported to Moscow for treatment")', () => {
    expect(strikes('A Ukrainian missile attack on Belgorod on Saturday killed 21 people, the governor said; nine of the injured will be transported to Moscow for treatment.')).toEqual([
      ['ukraine', 'unspecified', ['Belgorod']],
    ]);
  });

  it('does not place an attack in a capital that "hasn\'t addressed" a claim', () => {
    expect(strikes('A Russian missile strike on Sumy on Sunday killed 34 people; Moscow said it targeted a military meeting, a claim Kyiv hasn\'t directly addressed.')).toEqual([
      ['russia', 'unspecified', ['Sumy']],
    ]);
  });
});

