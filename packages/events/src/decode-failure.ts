/** Why a message could not be read; this is what a dead letter records. */
export interface DecodeFailure {
  reason: 'bad_headers' | 'unknown_type' | 'bad_json' | 'invalid_payload' | 'unexpected_type';
  message: string;
}

export type Failed = { ok: false; error: DecodeFailure };

export function failed(reason: DecodeFailure['reason'], message: string): Failed {
  return { ok: false, error: { reason, message } };
}
