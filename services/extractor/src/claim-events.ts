import { claimId, type ArticleIngested, type Claim } from '@claimwire/events';
import { readingDate } from './dateline';
import type { ArticleInput, ExtractedClaim } from './extraction';

/** What the pure extractor reads from an article event (dated by `readingDate`). */
export function toArticleInput(a: ArticleIngested): ArticleInput {
  return { id: a.articleId, published: readingDate(a.published, a.publishedRaw), text: a.text, title: a.title, url: a.url };
}

/**
 * Wrap extracted claims into claim events: a deterministic id (article, revision, extractor
 * version, evidence offset and body), the article they came from, evidence and confidence.
 */
export function toClaims(a: ArticleIngested, extracted: readonly ExtractedClaim[], extractorVersion: string): Claim[] {
  return extracted.map((c) => {
    const { evidence, confidence, ...body } = c;
    return {
      ...body,
      claimId: claimId({
        articleId: a.articleId,
        revision: a.revision,
        extractorVersion,
        evidenceStart: evidence.start,
        body,
      }),
      extractorVersion,
      article: {
        articleId: a.articleId,
        revision: a.revision,
        feedId: a.feedId,
        url: a.url,
        title: a.title,
        published: a.published,
      },
      evidence,
      confidence,
    } as Claim;
  });
}
