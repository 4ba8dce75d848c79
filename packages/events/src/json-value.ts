import { failed, type Failed } from './decode-failure';

/** A message value parsed as JSON: an empty or unparsable value is bad_json. */
export function readJson(value: Buffer | null, what = 'value'): { ok: true; json: unknown } | Failed {
  if (!value || value.length === 0) return failed('bad_json', `empty message ${what}`);
  try {
    return { ok: true, json: JSON.parse(value.toString('utf8')) };
  } catch (err) {
    return failed('bad_json', `${what} is not JSON: ${(err as Error).message}`);
  }
}
