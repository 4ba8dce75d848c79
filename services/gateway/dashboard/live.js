// Live updates over GET v1/stream (Server-Sent Events): the page refreshes when claims are
// projected instead of polling for them. EventSource resumes on its own after a drop (it sends
// Last-Event-ID), so nothing projected meanwhile is missed. When the stream cannot be opened
// (EventSource missing, the gateway refusing it with 503 at its cap, a proxy that does not pass
// text/event-stream), the dashboard falls back to polling and tries the stream again later.

/** How long after a claim to wait for more before refreshing (a batch lands as a burst). */
const SETTLE_MS = 400;
/** After the stream was refused, try it again this much later (polling meanwhile). */
const RETRY_REFUSED_MS = 60_000;

/**
 * Follows the claims stream. `onClaims()` is called (debounced) after claims arrive;
 * `onMode(mode)` when the way the page stays fresh changes: 'stream' (open), 'polling' (closed,
 * reconnecting or unavailable). Returns a function that stops following.
 */
export function followClaims(onClaims, onMode) {
  if (typeof EventSource !== 'function') {
    onMode('polling');
    return () => {};
  }
  let source = null;
  let settle = null;
  let retry = null;
  let stopped = false;
  const open = () => {
    source = new EventSource('v1/stream');
    source.addEventListener('open', () => onMode('stream'));
    source.addEventListener('claim', () => {
      clearTimeout(settle);
      settle = setTimeout(onClaims, SETTLE_MS);
    });
    source.addEventListener('error', () => {
      onMode('polling');
      // CONNECTING: EventSource retries by itself (with Last-Event-ID); CLOSED: it gave up
      // (an HTTP error such as 503, or not an event stream), so try again later ourselves
      if (source.readyState === EventSource.CLOSED && !stopped) {
        clearTimeout(retry);
        retry = setTimeout(open, RETRY_REFUSED_MS);
      }
    });
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(settle);
    clearTimeout(retry);
    source?.close();
  };
}
