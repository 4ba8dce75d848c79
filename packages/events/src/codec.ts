import { ArticleIngested } from './articles';
import { Claim, type Claim as ClaimT } from './claims';
import type { CloudEventAttributes } from './attributes';
import { failed, type DecodeFailure } from './decode-failure';
import { newEventId, readEnvelope, writeEnvelope, type ContentMode, type WireMessage } from './envelope';
import { ArticleExtracted } from './extractions';
import { EVENT_TYPES, claimEventType, readerFor, type ArticleEvent, type ClaimEvent, type DomainEvent, type ExtractionEvent } from './registry';

export interface Decoded<E extends DomainEvent = DomainEvent> {
  ce: CloudEventAttributes;
  event: E;
}

export type DecodeResult<E extends DomainEvent = DomainEvent> =
  | { ok: true; value: Decoded<E> }
  | { ok: false; error: DecodeFailure };

export interface IncomingMessage {
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string | undefined>;
}

/** Either content mode (binary or structured); never throws: a message that cannot be read gets a reason. */
export function decodeEvent(msg: IncomingMessage): DecodeResult {
  const env = readEnvelope(msg.headers, msg.value);
  if (!env.ok) return env;
  const { ce } = env;
  const reader = readerFor(ce.type);
  if (!reader) return failed('unknown_type', `unknown event type ${ce.type}`);
  const parsed = reader.schema.safeParse(env.data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return failed('invalid_payload', `${ce.type} payload invalid: ${issues}`);
  }
  return { ok: true, value: { ce, event: reader.upcast(parsed.data as never) } };
}

/**
 * A decoded event written again, every attribute and extension kept (a pass-through loses
 * nothing); binary unless asked. The type is the event's: an upcast event is its latest version.
 */
export function encodeDecoded(decoded: Decoded, key: string | null, mode: ContentMode = 'binary'): WireMessage {
  return { key, ...writeEnvelope({ ...decoded.ce, type: decoded.event.type }, decoded.event.data, mode) };
}

export function decodeArticle(msg: IncomingMessage): DecodeResult<ArticleEvent> {
  const r = decodeEvent(msg);
  if (r.ok && r.value.event.type !== EVENT_TYPES.articleIngested) {
    return failed('unexpected_type', `expected an article event, got ${r.value.ce.type}`);
  }
  return r as DecodeResult<ArticleEvent>;
}

/** What the claims topic carries: claims, and the extractor's per-article manifests. */
export function decodeClaim(msg: IncomingMessage): DecodeResult<ClaimEvent | ExtractionEvent> {
  const r = decodeEvent(msg);
  if (r.ok && r.value.event.type === EVENT_TYPES.articleIngested) {
    return failed('unexpected_type', `expected a claim event, got ${r.value.ce.type}`);
  }
  return r as DecodeResult<ClaimEvent | ExtractionEvent>;
}

/** The Kafka key of a claim: the read-model entity it is about, so one entity's claims stay in order. */
export function claimSubject(claim: ClaimT): string {
  switch (claim.kind) {
    case 'toll':
      return `toll/${claim.party}/${claim.population}/${claim.measure}`;
    case 'talks':
      // the read model's track (the conflict's two sides when named), so a round reported with
      // and without its mediator is folded on one partition, in order
      return `talks/${[...(claim.sides?.length ? claim.sides : claim.parties)].sort().join('+')}`;
    case 'strike':
      return `strike/${claim.target ?? 'unknown'}/${claim.targetType}`;
  }
}

function encode(type: string, subject: string, source: string, data: unknown, time: Date): WireMessage {
  const ce: CloudEventAttributes = {
    id: newEventId(),
    source,
    type,
    specversion: '1.0',
    time: time.toISOString(),
    subject,
    datacontenttype: 'application/json',
    extensions: {},
  };
  return { key: subject, ...writeEnvelope(ce, data) };
}

/** Validates before encoding: an invalid event is a bug in the producer and must not reach the log. */
export function encodeArticle(data: ArticleIngested, source: string, time = new Date()): WireMessage {
  const valid = ArticleIngested.parse(data);
  return encode(EVENT_TYPES.articleIngested, valid.articleId, source, valid, time);
}

export function encodeClaim(data: ClaimT, source: string, time = new Date()): WireMessage {
  const valid = Claim.parse(data);
  const msg = encode(claimEventType(valid.kind), claimSubject(valid), source, valid, time);
  // the event id of a claim is its claim id: a re-extraction yields the same CloudEvent id
  msg.headers.ce_id = valid.claimId;
  return msg;
}

/** The manifest of one article's extraction, keyed by the article id. */
export function encodeArticleExtracted(data: ArticleExtracted, source: string, time = new Date()): WireMessage {
  const valid = ArticleExtracted.parse(data);
  return encode(EVENT_TYPES.articleExtracted, valid.articleId, source, valid, time);
}
