/** Descriptions of the document's tags (the groups /docs shows). */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  tolls: 'Casualty tolls: one series per party, measure and reporter, with every reported figure and its sources.',
  talks: 'Negotiation tracks and their rounds, with outcomes and sources.',
  strikes: 'Reported strikes, filterable by attacker, target, place, weapon and date, and their totals.',
  provenance: 'Claims, articles and sources: where every figure came from.',
  feeds: 'The news feeds ingest reads and how each is doing.',
  problems: 'What each problem `type` of an error response means.',
};
