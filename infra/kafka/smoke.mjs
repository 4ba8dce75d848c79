// Smoke check of a running broker with kafkajs (the client the services use).
//   node infra/kafka/smoke.mjs            (KAFKA_BROKERS default 127.0.0.1:9092)
// 1. protocol: every API kafkajs implements, the version kafkajs will pick (it takes
//    min(its max, broker max) and never checks the broker min) vs the broker range (KIP-896)
// 2. admin createTopics on throwaway topics
// 3. produce 100 keyed messages, consume them back in a consumer group, committed offsets = 100
// 4. transactional producer (idempotent, transactionalId): send + sendOffsets + commit, then
//    send + abort; a read_committed consumer sees exactly the committed message
// 5. classic-protocol rebalance: 2 consumers split 6 partitions, then 1 leaves and the other
//    takes all 6
// Prints one line per step with timings and `OK` at the end; exits 1 on any failure.
import net from 'node:net';
import { createRequire } from 'node:module';
import { Kafka, Partitioners, logLevel } from 'kafkajs';

const require = createRequire(import.meta.url);
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const run = `smoke-${process.pid}-${Date.now()}`;
const IN = `${run}-in`;
const OUT = `${run}-out`;
const t0 = Date.now();
const timings = [];

function step(name, startedAt, detail = '') {
  const ms = Date.now() - startedAt;
  timings.push(`${name}=${ms}ms`);
  console.log(`  ${name.padEnd(26)} ${String(ms).padStart(6)} ms  ${detail}`);
}
function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}
async function waitFor(what, pred, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- 1. ApiVersions (v0, raw socket) vs kafkajs's implemented versions ------------------------
function brokerApiVersions(host, port) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), host);
    const clientId = Buffer.from('claimwire-smoke');
    const body = Buffer.alloc(10 + clientId.length);
    body.writeInt16BE(18, 0); // ApiVersions
    body.writeInt16BE(0, 2); // v0
    body.writeInt32BE(1, 4); // correlation id
    body.writeInt16BE(clientId.length, 8);
    clientId.copy(body, 10);
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    sock.setTimeout(10000, () => sock.destroy(new Error('ApiVersions timeout')));
    sock.write(Buffer.concat([size, body]));
    let buf = Buffer.alloc(0);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 4 || buf.length < 4 + buf.readInt32BE(0)) return;
      sock.end();
      let o = 8;
      const errorCode = buf.readInt16BE(o);
      o += 2;
      const n = buf.readInt32BE(o);
      o += 4;
      const ranges = {};
      for (let i = 0; i < n; i++, o += 6) ranges[buf.readInt16BE(o)] = [buf.readInt16BE(o + 2), buf.readInt16BE(o + 4)];
      resolve({ errorCode, ranges });
    });
    sock.on('error', reject);
  });
}

async function checkProtocol() {
  const s = Date.now();
  const [host, port] = brokers[0].split(':');
  const { errorCode, ranges } = await brokerApiVersions(host, port);
  assert(errorCode === 0, `ApiVersions error ${errorCode}`);
  const { requests } = require('kafkajs/src/protocol/requests/index.js');
  const apiKeys = require('kafkajs/src/protocol/requests/apiKeys.js');
  const bad = [];
  const used = [];
  for (const [name, def] of Object.entries(requests)) {
    const versions = def.versions.map(Number);
    if (versions.length === 0) continue; // not implemented by kafkajs
    const range = ranges[apiKeys[name]];
    const chosen = range ? Math.min(Math.max(...versions), range[1]) : undefined;
    if (!range || chosen < range[0]) bad.push(`${name}: kafkajs<=v${Math.max(...versions)} broker=${range ? range.join('..') : 'none'}`);
    else used.push(`${name}:v${chosen}(${range.join('..')})`);
  }
  if (process.env.SMOKE_VERBOSE) console.log(`    ${used.join(' ')}`);
  assert(bad.length === 0, `kafkajs would send unsupported versions: ${bad.join('; ')}`);
  step('protocol-versions', s, `${used.length} kafkajs APIs all within broker ranges`);
}

// ---- main ---------------------------------------------------------------------------------------
// kafkajs logs retriable broker errors (coordinator loading, CONCURRENT_TRANSACTIONS, rebalance
// heartbeats) at ERROR; count them for the summary instead of printing (SMOKE_VERBOSE=1 prints).
const retriedErrors = {};
const logCreator = () => ({ level, log }) => {
  const key = `${log.message}${log.error ? `: ${log.error}` : ''}`.replace(/\(key: \d+, /, '(').slice(0, 140);
  if (level <= logLevel.WARN) retriedErrors[key] = (retriedErrors[key] ?? 0) + 1;
  if (process.env.SMOKE_VERBOSE) console.error(JSON.stringify({ level, ...log }));
};
// consumers long-poll fetches for maxWaitTimeInMs (kafkajs default 5000) and only heartbeat
// between fetches, so it bounds how fast a rebalance is noticed; SMOKE_MAX_WAIT_MS overrides.
const maxWaitTimeInMs = Number(process.env.SMOKE_MAX_WAIT_MS ?? 1000);
const kafka = new Kafka({ clientId: 'claimwire-smoke', brokers, logLevel: logLevel.WARN, logCreator });
const admin = kafka.admin();
const cleanups = [];

async function main() {
  console.log(`kafka smoke against ${brokers.join(',')} (topics ${IN}, ${OUT})`);
  await checkProtocol();

  let s = Date.now();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: IN, numPartitions: 6, replicationFactor: 1 },
      { topic: OUT, numPartitions: 1, replicationFactor: 1 },
    ],
  });
  cleanups.push(() => admin.deleteTopics({ topics: [IN, OUT] }));
  const meta = await admin.fetchTopicMetadata({ topics: [IN] });
  assert(meta.topics[0]?.partitions.length === 6, 'IN has 6 partitions');
  step('admin-create-topics', s, '2 topics');

  // ---- produce 100 ----
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1 });
  s = Date.now();
  await producer.connect();
  cleanups.push(() => producer.disconnect());
  const messages = Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: JSON.stringify({ i }) }));
  const sendRes = await producer.send({ topic: IN, acks: -1, messages });
  step('produce-100 (idempotent)', s, `${sendRes.length} partitions written`);

  // ---- consume 100 in a group ----
  const group = `${run}-g1`;
  const consumer = kafka.consumer({ groupId: group, sessionTimeout: 10000, heartbeatInterval: 1000, rebalanceTimeout: 10000, maxWaitTimeInMs });
  s = Date.now();
  await consumer.connect();
  await consumer.subscribe({ topic: IN, fromBeginning: true });
  const seen = new Map();
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      seen.set(message.key.toString(), partition);
    },
  });
  await waitFor('100 messages consumed', () => seen.size >= 100);
  await consumer.stop(); // commits resolved offsets
  await consumer.disconnect();
  assert(messages.every((m) => seen.has(m.key)), 'every key consumed');
  const committed = await admin.fetchOffsets({ groupId: group, topics: [IN] });
  const committedSum = committed[0].partitions.reduce((acc, p) => acc + Number(p.offset), 0);
  assert(committedSum === 100, `committed offsets sum ${committedSum} === 100`);
  step('consume-100 (group)', s, `${new Set(seen.values()).size} partitions, committed=${committedSum}`);
  cleanups.push(() => admin.deleteGroups([group]));

  // ---- transactions ----
  const txGroup = `${run}-gtx`;
  const txProducer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    transactionalId: `${run}-tx`,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  s = Date.now();
  await txProducer.connect();
  cleanups.push(() => txProducer.disconnect());
  const tx = await txProducer.transaction();
  await tx.send({ topic: OUT, messages: [{ key: 'committed', value: 'yes' }] });
  await tx.sendOffsets({ consumerGroupId: txGroup, topics: [{ topic: IN, partitions: [{ partition: 0, offset: '5' }] }] });
  await tx.commit();
  step('txn send+sendOffsets+commit', s);
  s = Date.now();
  const tx2 = await txProducer.transaction();
  await tx2.send({ topic: OUT, messages: [{ key: 'aborted', value: 'no' }] });
  await tx2.abort();
  step('txn send+abort', s);

  s = Date.now();
  const txOffsets = await admin.fetchOffsets({ groupId: txGroup, topics: [IN] });
  const p0 = txOffsets[0].partitions.find((p) => p.partition === 0);
  assert(p0?.offset === '5', `sendOffsets committed offset 5 for ${txGroup} (got ${p0?.offset})`);
  cleanups.push(() => admin.deleteGroups([txGroup]));
  const rcGroup = `${run}-grc`;
  const rc = kafka.consumer({ groupId: rcGroup, readUncommitted: false, sessionTimeout: 10000, heartbeatInterval: 1000, maxWaitTimeInMs });
  await rc.connect();
  await rc.subscribe({ topic: OUT, fromBeginning: true });
  const rcKeys = [];
  let rcLastOffset = -1;
  await rc.run({
    eachBatch: async ({ batch }) => {
      for (const m of batch.messages) rcKeys.push(m.key.toString());
      rcLastOffset = Math.max(rcLastOffset, Number(batch.lastOffset()));
    },
  });
  // log: committed msg, commit marker, aborted msg, abort marker -> high watermark 4
  const hw = (await admin.fetchTopicOffsets(OUT))[0].high;
  await waitFor('read_committed consumer reaches end of OUT', () => rcKeys.length > 0 && rcLastOffset >= Number(hw) - 1, 20000).catch(
    () => {},
  );
  await new Promise((r) => setTimeout(r, 500));
  await rc.disconnect();
  cleanups.push(() => admin.deleteGroups([rcGroup]));
  assert(rcKeys.length === 1 && rcKeys[0] === 'committed', `read_committed saw exactly [committed], got ${JSON.stringify(rcKeys)}`);
  step('read_committed check', s, `OUT high watermark ${hw}, visible ${JSON.stringify(rcKeys)}, txn offset ${p0.offset}`);

  // ---- rebalance with 2 consumers (classic protocol) ----
  const rbGroup = `${run}-grb`;
  const assignments = new Map(); // memberName -> partitions
  const got = new Map(); // "p:o" -> member
  const mk = (name) => {
    const c = kafka.consumer({ groupId: rbGroup, sessionTimeout: 10000, heartbeatInterval: 500, rebalanceTimeout: 10000, maxWaitTimeInMs });
    c.on(c.events.GROUP_JOIN, ({ payload }) => assignments.set(name, payload.memberAssignment[IN] ?? []));
    return c;
  };
  s = Date.now();
  const c1 = mk('c1');
  const c2 = mk('c2');
  const runC = async (c, name) => {
    await c.connect();
    await c.subscribe({ topic: IN, fromBeginning: true });
    await c.run({
      eachMessage: async ({ partition, message }) => {
        got.set(`${partition}:${message.offset}`, name);
      },
    });
  };
  await runC(c1, 'c1');
  await waitFor('c1 gets all 6 partitions', () => assignments.get('c1')?.length === 6);
  const tSolo = Date.now() - s;
  await runC(c2, 'c2');
  await waitFor(
    'c1+c2 split 6 partitions',
    () => {
      const a = assignments.get('c1') ?? [];
      const b = assignments.get('c2') ?? [];
      return a.length > 0 && b.length > 0 && new Set([...a, ...b]).size === 6 && a.length + b.length === 6;
    },
    40000,
  );
  const split = `c1=[${assignments.get('c1')}] c2=[${assignments.get('c2')}]`;
  await producer.send({ topic: IN, acks: -1, messages: Array.from({ length: 60 }, (_, i) => ({ key: `r${i}`, value: 'x' })) });
  await waitFor('160 distinct offsets consumed by the pair', () => got.size >= 160, 30000);
  const byMember = [...got.values()].reduce((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
  assert((byMember.c2 ?? 0) > 0, 'c2 consumed something after the rebalance');
  step('rebalance 1->2 consumers', s, `solo join ${tSolo}ms, split ${split}, consumed ${JSON.stringify(byMember)}`);
  s = Date.now();
  await c2.disconnect(); // LeaveGroup -> c1 should take everything back
  await waitFor('c1 takes all 6 back after c2 leaves', () => assignments.get('c1')?.length === 6, 40000);
  step('rebalance 2->1 (leave)', s);
  await c1.disconnect();
  cleanups.push(() => admin.deleteGroups([rbGroup]));
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`FAIL: ${err?.stack ?? err}`);
  console.error(`kafkajs warnings/errors: ${JSON.stringify(retriedErrors)}`);
}
for (const c of cleanups.reverse()) {
  try {
    await c();
  } catch (err) {
    console.error(`cleanup warning: ${err?.message ?? err}`);
  }
}
await admin.disconnect().catch(() => {});
if (failed) process.exit(1);
const retried = Object.entries(retriedErrors).map(([k, n]) => `${n}x ${k}`);
if (retried.length) console.log(`  kafkajs warnings/retried errors (all recovered):\n    ${retried.join('\n    ')}`);
console.log(`OK total=${Date.now() - t0}ms maxWaitTimeInMs=${maxWaitTimeInMs} ${timings.join(' ')}`);
process.exit(0);
