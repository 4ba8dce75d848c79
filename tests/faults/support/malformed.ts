import { encodeClaim, type WireMessage } from '@claimwire/events';
import { fixtures } from '@claimwire/testing';
import { pick, prng } from './generate';

export type MalformedKind = 'bad_json' | 'bad_headers' | 'unknown_type' | 'invalid_payload' | 'empty';

/** Messages a consumer can never process, of every kind, each made unique by `n`. */
export function malformedClaim(n: number, rnd: () => number): { kind: MalformedKind; msg: WireMessage } {
  const good = encodeClaim(fixtures.toll({ evidenceStart: 10_000 + n }), 'claimwire/faults');
  const kind = pick(rnd, ['bad_json', 'bad_headers', 'unknown_type', 'invalid_payload', 'empty'] as const);
  switch (kind) {
    case 'bad_json':
      return { kind, msg: { ...good, value: Buffer.from(`{"kind":"toll","value":${n},`) } };
    case 'bad_headers': {
      const { ce_type: _t, ...headers } = good.headers;
      return { kind, msg: { ...good, headers } };
    }
    case 'unknown_type':
      return { kind, msg: { ...good, headers: { ...good.headers, ce_type: 'claimwire.claim.rumour.v9' } } };
    case 'invalid_payload': {
      const body = JSON.parse(good.value.toString('utf8')) as Record<string, unknown>;
      return { kind, msg: { ...good, value: Buffer.from(JSON.stringify({ ...body, value: -n - 1, party: 'NOT A SLUG' })) } };
    }
    case 'empty':
      return { kind, msg: { ...good, value: Buffer.alloc(0) } };
  }
}

/** `valid` messages with `bad` malformed ones mixed in at random places. */
export function mixIn(valid: WireMessage[], bad: number, seed: number): { messages: (WireMessage & { bad?: MalformedKind })[]; kinds: Record<string, number> } {
  const rnd = prng(seed);
  const messages: (WireMessage & { bad?: MalformedKind })[] = [...valid];
  const kinds: Record<string, number> = {};
  for (let n = 0; n < bad; n++) {
    const m = malformedClaim(n, rnd);
    kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
    messages.splice(Math.floor(rnd() * (messages.length + 1)), 0, { ...m.msg, bad: m.kind });
  }
  return { messages, kinds };
}
