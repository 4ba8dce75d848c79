import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { testGazetteer } from './test-gazetteer';

const who = (text: string, sentence = 0) =>
  analyze(text, '2025-09-18T10:00:00Z', testGazetteer()).sentences[sentence]!.attributions.map((a) => a.resolved);

describe('attribution', () => {
  it.each([
    ['Peskov said the talks were over.', 'Peskov'],
    ['The talks were over, Peskov said.', 'Peskov'],
    ['According to Reuters, the talks were over.', 'Reuters'],
    ['As reported by the BBC, the talks were over.', 'BBC'],
    ['The Institute for the Study of War estimates that the front is static.', 'ISW'],
    ['Regional governor Oleh Syniehubov said a drone hit a school.', 'Syniehubov'],
    ['Tetiana Petrenko, the city’s deputy mayor for social affairs, said two people died.', 'Petrenko'],
    ['The Polish Interior Ministry said the border was closed.', 'Polish Interior Ministry'],
    ['The UN Office for the Coordination of Humanitarian Affairs (OCHA) said aid was blocked.', 'OCHA'],
    ['Ukraine’s health ministry has disclosed new figures.', 'health ministry'],
    ['Some 3.7 million remain displaced, according to the International Organization for Migration (IOM).', 'IOM'],
    ['The bodies were returned on Friday, said Vladimir Medinsky, the head of the delegation.', 'Medinsky'],
    ['"We will not give up," said Andriy Yermak.', 'Yermak'],
    ['The Russian outlet Mediazona has identified 160,000 soldiers killed.', 'Mediazona'],
  ])('%s', (text, want) => {
    expect(who(text)).toContain(want);
  });

  it('carries "he said" and "the agency" back to the source named before', () => {
    const text = 'Andrii Kovalenko, a military analyst, spoke on radio. He said the line held.';
    expect(who(text, 1)).toEqual(['Kovalenko']);
    const t2 = 'The International Organization for Migration said on Monday that aid was short. The agency said funds were low.';
    expect(who(t2, 1)).toEqual(['IOM']);
  });
});
