import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/synthetic';
import { withCueGatesOpen } from './cues';
import { extractClaims, type ArticleInput } from './index';
import { testGazetteer } from './test-gazetteer';

/**
 * Cue words only skip patterns that cannot match (cues.ts). If a gated pattern gains a word its
 * cue group lacks, gated and ungated extraction part ways on a text with that word: every
 * fixture and holdout article, and generated ones, are extracted both ways and compared.
 */
const FIXTURES = resolve(fileURLToPath(import.meta.url), '../../../fixtures');

function fixtureArticles(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const dir of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(resolve(FIXTURES, dir.name)).filter((n) => n.endsWith('.json'))) {
      const a = JSON.parse(readFileSync(resolve(FIXTURES, dir.name, f), 'utf8')) as { id: string; published: string; title?: string; text: string };
      out.push({ id: a.id, published: a.published, title: a.title ?? null, text: a.text, url: null });
    }
  }
  return out;
}

describe('cue gates', () => {
  it('change nothing the extractor finds', () => {
    const g = testGazetteer();
    const articles = [
      ...fixtureArticles(),
      ...generateArticles(300, 5).map((a) => ({ id: a.id, published: a.published, title: a.title, text: a.text, url: null })),
    ];
    expect(articles.length).toBeGreaterThan(300);
    let claims = 0;
    for (const a of articles) {
      const gated = extractClaims(a, g);
      claims += gated.length;
      expect(withCueGatesOpen(() => extractClaims(a, g)), a.id).toEqual(gated);
    }
    expect(claims).toBeGreaterThan(1000);
  });
});
