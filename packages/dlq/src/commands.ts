import { parseArgs } from 'node:util';
import type { EventLog } from '@claimwire/eventlog';
import type { Sql } from '@claimwire/sql';
import { LIST_HEADER, describeLetter, filterLetters, formatLine, matchesRef, type LetterFilter } from './letters';
import { deadLetterTopics, readLetters, replayedIds } from './read';
import { REPLAYED_FROM_HEADER, replayLetters } from './replay';

export const USAGE = `usage: npm run -s dlq -- <command> [options]

  list   [--reason R] [--topic T] [--json]      one line per dead letter: id, source topic,
                                                partition, offset, reason, filedBy, failedAt, replayed
  show   ID|OFFSET                              the full letter, the original decoded
  replay (--reason R | --topic T | --id ID... | --all) [--dry-run]
                                                re-publish originals to their source topic;
                                                a letter is never replayed twice (dlq_replays);
                                                letters of replays that failed again need --id

  --topic is the source topic (articles, claims), with or without TOPIC_PREFIX.
  Env: KAFKA_BROKERS, DATABASE_URL, TOPIC_PREFIX.`;

export interface CliDeps {
  log: EventLog;
  /** Null when the database is not reachable: list and show still work, replay does not. */
  sql: Sql | null;
  prefix: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Run one dlq command; resolves with the process exit code. */
export async function runDlqCommand(argv: string[], d: CliDeps): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reason: { type: 'string' },
        topic: { type: 'string' },
        id: { type: 'string', multiple: true },
        all: { type: 'boolean' },
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    d.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (o.help || !command) {
    d.out(USAGE);
    return o.help ? 0 : 2;
  }
  const topics = deadLetterTopics(d.prefix);
  const filter: LetterFilter = {
    prefix: d.prefix,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.topic ? { topic: o.topic } : {}),
    ...(o.id ? { ids: o.id } : {}),
  };
  const replayedSet = async () => (d.sql ? replayedIds(d.sql, topics).catch(() => null) : null);

  switch (command) {
    case 'list': {
      const entries = filterLetters(await readLetters(d.log, topics), filter);
      const done = await replayedSet();
      if (o.json) {
        for (const e of entries) d.out(JSON.stringify({ ...describeLetter(e, done ? done.has(e.id) : null), original: undefined }));
      } else {
        d.out(LIST_HEADER);
        for (const e of entries) d.out(formatLine(e, done ? done.has(e.id) : null));
      }
      d.err(`${entries.length} dead letter(s)`);
      return 0;
    }
    case 'show': {
      const ref = rest[0];
      if (!ref) {
        d.err(`show needs a letter id (topic/partition/offset) or a DLQ offset\n\n${USAGE}`);
        return 2;
      }
      const found = (await readLetters(d.log, topics)).filter((e) => matchesRef(e, ref));
      if (found.length === 0) {
        d.err(`no dead letter ${ref}`);
        return 1;
      }
      if (found.length > 1) {
        d.err(`offset ${ref} names ${found.length} letters; pick one id:\n${found.map((e) => `  ${e.id}`).join('\n')}`);
        return 2;
      }
      const done = await replayedSet();
      const e = found[0]!;
      d.out(JSON.stringify(describeLetter(e, done ? done.has(e.id) : null), null, 2));
      return 0;
    }
    case 'replay': {
      if (!o.reason && !o.topic && !o.id && !o.all) {
        d.err(`replay needs a filter (--reason, --topic, --id) or --all\n\n${USAGE}`);
        return 2;
      }
      if (!d.sql) {
        d.err('replay needs the database (DATABASE_URL): it records what was replayed');
        return 1;
      }
      const matched = filterLetters(await readLetters(d.log, topics), filter);
      // a letter whose original was itself a replay failed again: replaying it by a broad
      // filter would loop; only an explicit --id replays it
      const again = o.id ? [] : matched.filter((e) => e.letter?.original.headers[REPLAYED_FROM_HEADER]);
      const entries = matched.filter((e) => !again.includes(e));
      for (const e of again) d.out(`skipped (failed again after replay of ${e.letter?.original.headers[REPLAYED_FROM_HEADER]}; use --id)\t${e.id}`);
      const r = await replayLetters(d.log, d.sql, entries, `dlq-cli@${process.env.USER ?? 'unknown'}`, o['dry-run'] ?? false);
      for (const id of r.replayed) d.out(`${o['dry-run'] ? 'would replay' : 'replayed'}\t${id}`);
      for (const id of r.alreadyReplayed) d.out(`skipped (already replayed)\t${id}`);
      for (const id of r.unreadable) d.out(`skipped (unreadable letter)\t${id}`);
      d.err(`${r.replayed.length} ${o['dry-run'] ? 'would be ' : ''}replayed, ${r.alreadyReplayed.length} already replayed, ${r.unreadable.length} unreadable`);
      return 0;
    }
    default:
      d.err(`unknown command ${command}\n\n${USAGE}`);
      return 2;
  }
}
