import { describe, expect, it } from 'vitest';
import { formatSides } from './talks-format';

describe('formatSides', () => {
  it('reads the trilateral track as Russia, Ukraine and the United States', () => {
    expect(formatSides('Negotiators will gather for the seventh round of trilateral talks next month.', [], true).sort()).toEqual(['russia', 'ukraine', 'united-states']);
    expect(formatSides('The trilateral session in Doha ran late into the night.', ['ukraine'], true).sort()).toEqual(['russia', 'ukraine', 'united-states']);
  });
  it('leaves a trilateral meeting of other sides to the names', () => {
    expect(formatSides('A trilateral meeting of Ukraine, France and Germany opened in Paris.', ['ukraine', 'france', 'germany'], true)).toEqual([]);
  });
  it('needs the Russia-Ukraine conflict for the default sides', () => {
    expect(formatSides('The trilateral talks resumed.', [], false)).toEqual([]);
  });
  it('adds the United States for "with American participation"', () => {
    expect(formatSides('Russian-Ukrainian consultations with American participation were put off.', ['russia', 'ukraine'], true)).toEqual(['united-states']);
  });
  it('is not fooled by a trilateral word far from a meeting', () => {
    expect(formatSides('Trade between the three countries, a trilateral relationship of long standing, fell.', [], true)).toEqual([]);
  });
});
