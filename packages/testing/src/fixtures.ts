import {
  articleId as makeArticleId,
  claimId as makeClaimId,
  contentHash,
  type ArticleIngested,
  type Claim,
  type StrikeClaim,
  type TalksClaim,
  type TollClaim,
} from '@claimwire/events';

/** Builders of valid events for specs; every field can be overridden. Our own made-up facts. */

export function article(over: Partial<ArticleIngested> & { key?: string } = {}): ArticleIngested {
  const feedId = over.feedId ?? 'test-wire';
  const text = over.text ?? 'Officials in Kharkiv said repairs were under way.';
  return {
    articleId: over.articleId ?? makeArticleId(feedId, over.key ?? 'guid:1'),
    revision: 1,
    feedId,
    guid: 'guid-1',
    url: 'https://news.test/a/1',
    title: 'A test article',
    author: null,
    published: '2026-02-05T10:00:00.000Z',
    publishedRaw: 'Thu, 05 Feb 2026 10:00:00 GMT',
    firstSeen: '2026-02-05T10:05:00.000Z',
    language: 'en',
    summary: null,
    text,
    contentHash: contentHash({ text }),
    ...over,
  };
}

function envelope(
  body: Record<string, unknown>,
  over: { articleId?: string; evidenceStart?: number; sentence?: string; published?: string; url?: string; feedId?: string; confidence?: number; extractorVersion?: string; revision?: number },
) {
  const articleId = over.articleId ?? makeArticleId('test-wire', 'guid:1');
  const sentence = over.sentence ?? 'A sentence that carries the claim.';
  const start = over.evidenceStart ?? 0;
  const extractorVersion = over.extractorVersion ?? '1.0.0';
  const revision = over.revision ?? 1;
  return {
    claimId: makeClaimId({ articleId, revision, extractorVersion, evidenceStart: start, body }),
    extractorVersion,
    article: {
      articleId,
      revision,
      feedId: over.feedId ?? 'test-wire',
      url: over.url ?? 'https://news.test/a/1',
      title: 'A test article',
      published: over.published ?? '2026-02-05T10:00:00.000Z',
    },
    evidence: { sentence, start, end: start + sentence.length },
    confidence: over.confidence ?? 0.8,
  };
}

type EnvOver = Parameters<typeof envelope>[1];

export function toll(over: Partial<Omit<TollClaim, 'claimId' | 'evidence' | 'article'>> & EnvOver = {}): TollClaim {
  const { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision, ...rest } = over;
  const body = {
    kind: 'toll' as const,
    party: 'ukraine',
    population: 'military' as const,
    measure: 'killed' as const,
    value: 12_000,
    bound: 'exact' as const,
    asOf: '2026-02-04',
    reportedBy: 'Test Ministry',
    scope: 'cumulative' as const,
    ...rest,
  };
  return { ...body, ...envelope(body, { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision }) } as TollClaim;
}

export function talks(over: Partial<Omit<TalksClaim, 'claimId' | 'evidence' | 'article'>> & EnvOver = {}): TalksClaim {
  const { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision, ...rest } = over;
  const body = {
    kind: 'talks' as const,
    parties: ['russia', 'ukraine'],
    location: 'Geneva',
    date: '2026-01',
    status: 'held' as const,
    round: 1,
    participants: [] as string[],
    outcomes: [] as TalksClaim['outcomes'],
    ...rest,
  };
  return { ...body, ...envelope(body, { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision }) } as TalksClaim;
}

export function strike(over: Partial<Omit<StrikeClaim, 'claimId' | 'evidence' | 'article'>> & EnvOver = {}): StrikeClaim {
  const { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision, ...rest } = over;
  const body = {
    kind: 'strike' as const,
    attacker: 'russia',
    target: 'ukraine',
    targetType: 'energy' as const,
    locations: ['Odesa'],
    date: '2026-02-03',
    weapons: ['drone'] as StrikeClaim['weapons'],
    killed: null,
    injured: null,
    ...rest,
  };
  return { ...body, ...envelope(body, { articleId, evidenceStart, sentence, published, url, feedId, confidence, extractorVersion, revision }) } as StrikeClaim;
}

export type AnyClaim = Claim;

/** The extractor's manifest for the given claims of one article extraction. */
export function extraction(claims: Claim[], over: { articleId?: string; revision?: number; extractorVersion?: string } = {}) {
  const first = claims[0];
  return {
    articleId: over.articleId ?? first?.article.articleId ?? makeArticleId('test-wire', 'guid:1'),
    revision: over.revision ?? first?.article.revision ?? 1,
    extractorVersion: over.extractorVersion ?? first?.extractorVersion ?? '1.0.0',
    claimIds: claims.map((c) => c.claimId),
  };
}
