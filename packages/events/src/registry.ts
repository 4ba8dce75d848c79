import { z } from 'zod';
import { ArticleIngested } from './articles';
import { ArticleExtracted } from './extractions';
import { StrikeClaim, TalksClaim, TollClaim, type Claim } from './claims';

/**
 * One schema per event type and version. Consumers read every known version and upcast
 * it to the latest shape in memory; the log itself is never rewritten.
 */
export const EVENT_TYPES = {
  articleIngested: 'claimwire.article.ingested.v1',
  articleExtracted: 'claimwire.article.extracted.v1',
  toll: 'claimwire.claim.toll.v1',
  talks: 'claimwire.claim.talks.v1',
  strike: 'claimwire.claim.strike.v1',
} as const;

export type ArticleEvent = { type: typeof EVENT_TYPES.articleIngested; data: ArticleIngested };
export type ExtractionEvent = { type: typeof EVENT_TYPES.articleExtracted; data: ArticleExtracted };
export type ClaimEvent = { type: (typeof EVENT_TYPES)['toll' | 'talks' | 'strike']; data: Claim };
export type DomainEvent = ArticleEvent | ExtractionEvent | ClaimEvent;

interface Reader {
  schema: z.ZodType;
  /** Turn a parsed older version into the latest shape. */
  upcast: (data: never) => DomainEvent;
}

const readers: Record<string, Reader> = {
  [EVENT_TYPES.articleIngested]: {
    schema: ArticleIngested,
    upcast: (data: ArticleIngested) => ({ type: EVENT_TYPES.articleIngested, data }),
  },
  [EVENT_TYPES.articleExtracted]: {
    schema: ArticleExtracted,
    upcast: (data: ArticleExtracted) => ({ type: EVENT_TYPES.articleExtracted, data }),
  },
  [EVENT_TYPES.toll]: {
    schema: TollClaim,
    upcast: (data: TollClaim) => ({ type: EVENT_TYPES.toll, data }),
  },
  [EVENT_TYPES.talks]: {
    schema: TalksClaim,
    upcast: (data: TalksClaim) => ({ type: EVENT_TYPES.talks, data }),
  },
  [EVENT_TYPES.strike]: {
    schema: StrikeClaim,
    upcast: (data: StrikeClaim) => ({ type: EVENT_TYPES.strike, data }),
  },
};

export function readerFor(type: string): Reader | undefined {
  return readers[type];
}

export function knownEventTypes(): string[] {
  return Object.keys(readers);
}

export function claimEventType(kind: Claim['kind']): ClaimEvent['type'] {
  return EVENT_TYPES[kind];
}
