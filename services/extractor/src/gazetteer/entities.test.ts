import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../extraction/test-gazetteer';
import { parseGazetteerYaml } from './load';
import { resolveReporter } from './reporters';
import { sidesOf } from './sides';
import { canonicalPlace } from './places';

const idOf = (name: string | null, hint: string | null = null) => resolveReporter(testGazetteer().reporters, name, hint)?.id ?? null;

describe('resolveReporter (the shipped gazetteer)', () => {
  it('makes one reporter of the names one office goes by', () => {
    for (const n of ['General Staff', "Ukraine's General Staff", 'the General Staff of the Armed Forces', 'Ukrainian General Staff'])
      expect(idOf(n), n).toBe('ua-general-staff');
    for (const n of ['HRMMU', 'UN Human Rights Monitoring Mission', 'the UN monitoring mission', 'UN monitors']) expect(idOf(n), n).toBe('un-hrmmu');
  });

  it('tells two countries\' defence ministries apart by the country in the name', () => {
    expect(idOf("Britain's defence ministry")).toBe('uk-defence-ministry');
    expect(idOf('UK MoD')).toBe('uk-defence-ministry');
    expect(idOf('UK Ministry of Defense')).toBe('uk-defence-ministry');
    expect(idOf("Russia's defence ministry")).toBe('ru-defence-ministry');
    expect(idOf('Russian Defense Ministry')).toBe('ru-defence-ministry');
    // the country told after the name
    expect(idOf('Ministry of Defence of the United Kingdom')).toBe('uk-defence-ministry');
    expect(idOf('Ministry of Defence of the Russian Federation')).toBe('ru-defence-ministry');
    expect(idOf('General Staff of the Armed Forces of Ukraine')).toBe('ua-general-staff');
  });

  it('files the UN human rights office under its monitoring mission, however it is named', () => {
    for (const n of ['UNHCHR', 'Office of the High Commissioner for Human Rights', 'UN High Commissioner for Human Rights', 'the UN rights office']) expect(idOf(n), n).toBe('un-hrmmu');
  });

  it('lets the name\'s own country win over the text\'s hint, and uses the hint when the name has none', () => {
    expect(idOf('UK Ministry of Defense', 'russia')).toBe('uk-defence-ministry');
    expect(idOf('defence ministry', 'united-kingdom')).toBe('uk-defence-ministry');
    expect(idOf('Defense Ministry', 'russia')).toBe('ru-defence-ministry');
    expect(idOf('its defence ministry', 'russia')).toBe('ru-defence-ministry');
    expect(idOf('its defence ministry')).toBeNull();
  });

  it('leaves a shared alias with no country unresolved rather than guess', () => {
    expect(idOf('defence ministry')).toBeNull();
    expect(idOf('the Defense Ministry')).toBeNull();
  });

  it('files a minister under the ministry he speaks for, and a titled person under the person', () => {
    expect(idOf('Shoigu')).toBe('ru-defence-ministry');
    expect(idOf('President Zelensky')).toBe('zelensky');
    expect(idOf('Zelenskyy')).toBe('zelensky');
    expect(idOf("Ukraine's president")).toBe('zelensky');
    expect(idOf('the Russian president')).toBe('putin');
    expect(idOf('Belgorod Governor Vyacheslav Gladkov')).toBe('ru-belgorod-governor');
  });

  it('does not resolve words that name no reporter, or a known office of the wrong country', () => {
    for (const n of ['Ukrainian', 'Ukrainian and Russian', 'same ministry has not', 'COUNTING THE COST', '', null]) expect(idOf(n), String(n)).toBeNull();
    expect(idOf('Belarusian General Staff')).toBeNull();
  });

  it('tells Russia\'s General Staff from Ukraine\'s by the side the text ties it to', () => {
    expect(idOf('Russian General Staff')).toBe('ru-general-staff');
    expect(idOf('General Staff', 'russia')).toBe('ru-general-staff');
    expect(idOf('General Staff', 'ukraine')).toBe('ua-general-staff');
    expect(idOf('General Staff')).toBe('ua-general-staff');
    expect(idOf('Gerasimov')).toBe('ru-general-staff');
  });
});

describe('reporters section', () => {
  const yaml = `version: 1
parties:
  - { id: aland, names: [Aland], adjectives: [Alandic] }
  - { id: borduria, names: [Borduria], adjectives: [Bordurian] }
people:
  - { name: Kurvi Tasch, surname: Tasch, party: borduria, role: president }
reporters:
  - { id: aland-army, name: Alandic Army Command, country: aland, aliases: [army command] }
  - { id: borduria-army, name: Bordurian Army Command, country: borduria, aliases: [army command, Tasch] }
`;
  const g = parseGazetteerYaml(yaml, 'test.yaml');
  it('takes a person\'s name over for the office that lists it', () => {
    expect(resolveReporter(g.reporters, 'Kurvi Tasch')?.id).toBe('tasch');
    expect(resolveReporter(g.reporters, 'Tasch')?.id).toBe('borduria-army');
  });
  it('resolves a shared alias by the country written before it', () => {
    expect(resolveReporter(g.reporters, 'the Alandic army command')).toEqual({ id: 'aland-army', name: 'Alandic Army Command', country: 'aland' });
    expect(resolveReporter(g.reporters, "Borduria's army command")?.id).toBe('borduria-army');
    expect(resolveReporter(g.reporters, 'army command')).toBeNull();
  });
  it('rejects a reporter of an unknown country', () => {
    expect(() => parseGazetteerYaml(`${yaml}  - { id: x, name: X, country: nowhere }\n`, 'bad.yaml')).toThrow(/reporters\[2\]\.country: unknown party id "nowhere"/);
  });
});

describe('sidesOf', () => {
  it('gives the conflict\'s two sides when both take part, mediators apart', () => {
    const g = testGazetteer();
    expect(sidesOf(['united-states', 'ukraine', 'russia'], g)).toEqual(['russia', 'ukraine']);
    expect(sidesOf(['ukraine', 'russia'], g)).toEqual(['russia', 'ukraine']);
    expect(sidesOf(['russia', 'united-states'], g)).toBeNull();
  });
});

describe('canonicalPlace', () => {
  const names = testGazetteer().placeNames;
  it('writes a place under its gazetteer name, areas included', () => {
    expect(canonicalPlace(names, 'Kharkov')).toBe('Kharkiv');
    expect(canonicalPlace(names, 'Odessa region')).toBe('Odesa region');
    expect(canonicalPlace(names, 'Odessa district')).toBe('Odesa district');
    expect(canonicalPlace(names, 'Kyiv')).toBe('Kyiv');
  });
  it('keeps a name it does not know as written', () => {
    expect(canonicalPlace(names, 'Krasnoarmeysky district')).toBe('Krasnoarmeysky district');
  });
});
