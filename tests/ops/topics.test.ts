import { ConfigResourceTypes, Kafka, logLevel, type Admin } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_PARTITIONS } from '@claimwire/config';
import { createTestTopics, kafkaBrokers, type TestTopics } from '@claimwire/testing';

/**
 * The topics as ensureClaimwireTopics creates them on the real broker: the source-of-truth
 * topics (and their dead letters) kept forever by an explicit topic-level retention.ms=-1,
 * not by whatever the broker default happens to be.
 */
describe('topic configs on the real broker', () => {
  let t: TestTopics;
  let admin: Admin;

  beforeAll(async () => {
    t = await createTestTopics();
    admin = new Kafka({ clientId: 'ops-topics-test', brokers: kafkaBrokers().split(','), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.disconnect();
    await t?.close();
  });

  it('sets retention.ms=-1 and retention.bytes=-1 on articles, claims and their dead letters, as topic overrides', async () => {
    const names = [t.topics.articles, t.topics.claims, t.topics.articlesDlq, t.topics.claimsDlq];
    const res = await admin.describeConfigs({
      includeSynonyms: false,
      resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms', 'retention.bytes'] })),
    });
    expect(res.resources.map((r) => r.resourceName).sort()).toEqual([...names].sort());
    for (const r of res.resources) {
      expect(r.errorCode, r.resourceName).toBe(0);
      const entry = (name: string) => r.configEntries.find((e) => e.configName === name);
      expect(entry('retention.ms')?.configValue, r.resourceName).toBe('-1');
      expect(entry('retention.bytes')?.configValue, r.resourceName).toBe('-1');
      // set on the topic itself at creation, not inherited from the broker's defaults
      expect(entry('retention.ms')?.isDefault, r.resourceName).toBe(false);
    }
  });

  it('creates articles and claims with the explicit partition count', async () => {
    const meta = await admin.fetchTopicMetadata({ topics: [t.topics.articles, t.topics.claims] });
    for (const topic of meta.topics) expect(topic.partitions.length, topic.name).toBe(TOPIC_PARTITIONS);
  });
});
