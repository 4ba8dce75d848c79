/**
 * How many CSV exports may stream at once. One counter for the whole app, shared by every
 * resource plugin that exports, so MAX_CONCURRENT_EXPORTS caps them all together.
 */
export interface ExportSlots {
  readonly max: number;
  /** A slot and the function that frees it (freeing twice frees once), or null when all are taken. */
  take(): (() => void) | null;
}

export function createExportSlots(max: number): ExportSlots {
  let running = 0;
  return {
    max,
    take: () => {
      if (running >= max) return null;
      running++;
      let done = false;
      return () => {
        if (!done) running--;
        done = true;
      };
    },
  };
}
