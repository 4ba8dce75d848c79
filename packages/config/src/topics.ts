/** Topic names, prefixed so that tests (and side-by-side deployments) get their own. */
export interface Topics {
  articles: string;
  claims: string;
  articlesDlq: string;
  claimsDlq: string;
}

export function topicNames(prefix = ''): Topics {
  return {
    articles: `${prefix}articles`,
    claims: `${prefix}claims`,
    articlesDlq: `${prefix}articles.dlq`,
    claimsDlq: `${prefix}claims.dlq`,
  };
}

/** Partition counts: they cap how many instances of a consumer can share the work. */
export const TOPIC_PARTITIONS = 6;
