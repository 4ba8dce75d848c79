/**
 * How long (in UTF-16 code units) a chunk of a streamed export gets before it is handed to the
 * socket: 32 Ki units are at most 64 KiB of V8 string, under its large-object threshold
 * (128 KiB). Bigger strings go straight to large-object space, which only a full collection
 * frees, so one string per 1,000-row batch made the heap grow with the row count.
 */
export const EXPORT_CHUNK_UNITS = 32 * 1024;

/**
 * The pieces of each batch, joined into chunks of about `max` units (a chunk ends at the first
 * piece that reaches it; a single longer piece is a chunk of its own). Bytes are unchanged.
 */
export async function* boundedChunks(batches: AsyncIterable<Iterable<string>>, max = EXPORT_CHUNK_UNITS): AsyncGenerator<string> {
  let chunk = '';
  for await (const pieces of batches) {
    for (const piece of pieces) {
      chunk += piece;
      if (chunk.length >= max) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (chunk) yield chunk;
}
