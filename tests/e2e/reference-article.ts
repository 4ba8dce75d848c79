/**
 * Our own wire-style article carrying the facts of the reference article: a toll with its
 * earlier figure, a talks round with a prisoner exchange, and a strike on energy
 * infrastructure. Written for these tests; not corpus text.
 */
export const REFERENCE_ARTICLE = {
  guid: 'urn:test:kyiv-desk:2026-02-05:toll',
  title: 'Zelensky puts the number of Ukrainian soldiers killed at 55,000',
  link: 'https://wire.test/2026/02/05/zelensky-toll',
  pubDate: 'Thu, 05 Feb 2026 19:45:00 GMT',
  paragraphs: [
    'Ukrainian President Volodymyr Zelensky said on Wednesday that 55,000 Ukrainian soldiers have been killed since the start of the full-scale invasion, a rare official disclosure of battlefield losses.',
    'The figure covers both career soldiers and conscripts, Zelensky said, and is up from 43,000 soldiers killed in December 2024.',
    'US special envoys Steve Witkoff and Jared Kushner held a second round of trilateral talks with Russian and Ukrainian representatives in Abu Dhabi this week. After the talks the two sides exchanged 314 prisoners, with 157 Ukrainians returning home.',
    'Overnight, Russian drones and missiles struck energy infrastructure in the Kharkiv region, leaving thousands of homes without power.',
  ],
};

export const SECOND_ARTICLE = {
  guid: 'urn:test:kyiv-desk:2026-02-06:odesa',
  title: 'Drone attack hits Odesa port',
  link: 'https://wire.test/2026/02/06/odesa-port',
  pubDate: 'Fri, 06 Feb 2026 08:10:00 GMT',
  paragraphs: ['Russian drones struck the port of Odesa overnight, injuring four dock workers, the regional administration said.'],
};

export function itemOf(a: typeof REFERENCE_ARTICLE) {
  return {
    guid: a.guid,
    title: a.title,
    link: a.link,
    pubDate: a.pubDate,
    description: a.paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
  };
}
