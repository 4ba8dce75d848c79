import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';
import { testGazetteer } from './test-gazetteer';

// Sentences written for these specs: how an article lays out several attacks.
const PUB = '2026-03-10T08:00:00Z'; // a Tuesday morning
const run = (text: string, published = PUB) => extractClaims({ id: 't', published, text }, testGazetteer());
const strikes = (cs: ExtractedClaim[]) => cs.filter((c) => c.kind === 'strike') as Extract<ExtractedClaim, { kind: 'strike' }>[];

describe('strikes in bulletins', () => {
  it('places an item\'s attack at the place its heading names, and a heading ends the item before', () => {
    const cs = strikes(
      run(
        '• Odesa.\nA drone hit a grain warehouse at dawn, the regional governor said. One guard was wounded.\n\n• Overnight.\nRussia attacked Ukraine with 40 drones overnight, the air force said. Drones hit power lines in the Sumy region.',
      ),
    );
    expect(cs.map((c) => [c.locations.join('+'), c.weapons.join('+')])).toEqual([
      ['Odesa', 'drone'],
      ['Sumy region', 'drone'],
    ]);
  });

  it('does not take a river bank for a place hit, nor a city for the region whose name starts like it', () => {
    const cs = strikes(
      run('Russian troops shelled a village in the Kherson region from the left bank of the Dnipro on Monday, wounding two men.\n\nSeparately, drones hit a substation in the Dnipropetrovsk region overnight.'),
    );
    expect(cs.map((c) => c.locations)).toEqual([['Kherson region'], ['Dnipropetrovsk region']]);
  });

  it('reads a drone dropping a munition as a strike', () => {
    const [s] = strikes(run('In Kherson a Russian drone dropped a munition on a city bus on Monday, injuring its driver.'));
    expect(s).toMatchObject({ attacker: 'russia', locations: ['Kherson'], weapons: ['drone'], targetType: 'transport' });
  });

  it('gives no strike for a count of drones launched at the whole country, nor adds its weapons to a shelling', () => {
    expect(strikes(run('The air force said Russia fired 95 drones and six missiles overnight; 80 drones were downed.'))).toEqual([]);
    const cs = strikes(run('Russian artillery shelled Nikopol on Monday, wounding a man. Overnight Russia launched 70 drones and two missiles at Ukraine, the air force said.'));
    expect(cs.map((c) => [c.locations.join('+'), c.weapons.join('+')])).toEqual([['Nikopol', 'artillery']]);
  });

  it('reads an adjective after "on" as the side hit, not the attacker', () => {
    const [s] = strikes(run('Russia\'s defence ministry said its forces had carried out a strike on Ukrainian military-industrial sites in the Zaporizhzhia region with Kalibr missiles on Monday.'));
    expect(s).toMatchObject({ attacker: 'russia', target: 'ukraine', weapons: ['missile'] });
  });

  it('keeps an earlier attack recalled with its own date apart, by the same side unless told', () => {
    const cs = strikes(
      run('Russian missiles hit Poltava overnight, killing a man, the governor said on Tuesday.\n\nIt was the city\'s second deadly night this month. On March 1, drones hit a dormitory in the Kyivskyi district, killing three students.'),
    );
    expect(cs.map((c) => [c.attacker, c.date, c.killed])).toEqual([
      ['russia', '2026-03-10', 1],
      ['russia', '2026-03-01', 3],
    ]);
  });

  it('keeps a district told after its city in the city\'s attack', () => {
    const cs = strikes(run('Russian drones struck Poltava overnight, officials said.\n\nThe mayor said two drones hit the Kyivskyi district, wounding four people.'));
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ attacker: 'russia', injured: 4 });
  });

  it('keeps a place hit in another kind of target apart from the attack told before', () => {
    const cs = strikes(run('A Russian drone struck the railway station in Shostka in the Sumy region on Monday, injuring five passengers.\n\nLater, drones hit a maternity clinic in Sumy, the governor said. Two nurses were hurt.'));
    expect(cs.map((c) => [c.targetType, c.locations.join('+'), c.injured])).toEqual([
      ['transport', 'Shostka+Sumy region', 5],
      ['healthcare', 'Sumy', 2],
    ]);
  });
});

describe('reports of attacks on Russian border regions, in the styles of Moscow outlets', () => {
  it('places an attack told only through the regional official who reports it', () => {
    const [s] = strikes(run('Belgorod region Governor Vyacheslav Gladkov said two people were injured when a Ukrainian drone struck a car on Tuesday.'));
    expect(s).toMatchObject({ attacker: 'ukraine', locations: ['Belgorod region'], injured: 2 });
  });

  it('places an attack reported by "X region authorities"', () => {
    const [s] = strikes(run('Belgorod region authorities said two people were injured when a Ukrainian drone struck a bus on Tuesday.'));
    expect(s).toMatchObject({ attacker: 'ukraine', locations: ['Belgorod region'], injured: 2 });
  });

  it('reads no attack from a pledge to protect a town', () => {
    expect(strikes(run('The defence minister pledged on Tuesday to protect the border town of Belgorod, which has seen more attacks lately, from continuing shelling.'))).toEqual([]);
  });

  it('files the village the governor names next with the deadly shelling of his region, fired from the direction of Ukraine', () => {
    const all = strikes(run('A man was killed by Ukrainian shelling in Russia’s Bryansk region on Tuesday, authorities said.\n“This morning the village of Klimovo was shelled from the direction of Ukraine,” Bryansk region Governor Alexander Bogomaz said.'));
    expect(all.map((s) => [s.attacker, s.locations, s.killed])).toEqual([['ukraine', ['Bryansk region', 'Klimovo'], 1]]);
  });

  it('dates the deadly lead attack under a time stamp of the publication day too', () => {
    const [s] = strikes(run('Glide bombs strike Kharkiv\n\n10 March 2026 15:51\n\nRussia attacked Kharkiv with guided bombs, killing three people and injuring 30, the governor said.'));
    expect(s).toMatchObject({ locations: ['Kharkiv'], killed: 3, date: '2026-03-10' });
  });

  it('dates the deadly attack an article leads with by its publication day', () => {
    const [s] = strikes(run('A Russian ballistic missile struck Kryvyi Rih, killing at least 11 people, including three children.'));
    expect(s).toMatchObject({ locations: ['Kryvyi Rih'], killed: 11, date: '2026-03-10' });
  });
});

describe('casualties in headline case and in wire wording', () => {
  it('reads a count after a capitalised verb in a headline', () => {
    const [s] = strikes(run('Russian Missile Strike Kills 19 in Chernihiv'));
    expect(s).toMatchObject({ locations: ['Chernihiv'], killed: 19 });
  });

  it('reads "lost their lives" as killed', () => {
    const [s] = strikes(run('At least 19 civilians lost their lives and over 60 were injured after a Russian missile strike hit the centre of Chernihiv on Sunday.'));
    expect(s).toMatchObject({ killed: 19, injured: 60 });
  });

  it('adds "In total, N were killed" to the attack just told', () => {
    const [s] = strikes(run('Russia hit Zaporizhzhia with two glide bombs on Monday. In total, 11 were killed, and 30 others were injured.'));
    expect(s).toMatchObject({ locations: ['Zaporizhzhia'], killed: 11, injured: 30 });
  });
});

describe('a port attack told in a headline and its lede', () => {
  it('is one strike at the port, with no place taken from a deal between two capitals', () => {
    const all = strikes(
      run(
        'Odesa port targeted by Russian drones: governor\n\nUkraine said on Tuesday that Russian drones had attacked grain silos at a southern port in the Odesa region overnight, home to terminals vital to an export deal between Moscow and Kyiv.',
      ),
    );
    expect(all.map((s) => [s.targetType, s.locations])).toEqual([['port', ['Odesa', 'Odesa region']]]);
  });

  it('keeps the towns a road runs between', () => {
    const [s] = strikes(run('Two people were killed on Monday when a Ukrainian drone hit a minibus on the road between Shebekino and Belgorod, the governor said.'));
    expect(s?.locations).toEqual(['Shebekino', 'Belgorod']);
  });
});
