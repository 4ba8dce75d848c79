/** Progress of a replay: pure formatting, so the bar and the plain lines are tested without a terminal. */
export interface Progress {
  /** Events applied so far (checkpointed), and the number to reach. */
  done: number;
  total: number;
  /** Events per second since this run started; null before there is a measurement. */
  rate: number | null;
  /** Seconds still to go at that rate; null when unknown. */
  etaSeconds: number | null;
}

export function measure(done: number, total: number, startDone: number, elapsedMs: number): Progress {
  const rate = elapsedMs >= 250 ? ((done - startDone) * 1000) / elapsedMs : null;
  const left = Math.max(0, total - done);
  return { done, total, rate, etaSeconds: left === 0 ? 0 : rate && rate > 0 ? left / rate : null };
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function parts(p: Progress): { pct: number; text: string } {
  const pct = p.total === 0 ? 100 : Math.min(100, (p.done / p.total) * 100);
  const rate = p.rate === null ? '-- ev/s' : `${fmt(p.rate)} ev/s`;
  return { pct, text: `${pct.toFixed(1)}% ${fmt(p.done)}/${fmt(p.total)} events · ${rate} · ETA ${formatDuration(p.etaSeconds)}` };
}

/** "[##########----------] 50.0% 1,000/2,000 events · 850 ev/s · ETA 0:01" */
export function progressBar(p: Progress, width = 30): string {
  const { pct, text } = parts(p);
  const filled = Math.round((pct / 100) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`;
}

/** A line for logs and pipes: "rebuild v2: 50.0% 1,000/2,000 events · 850 ev/s · ETA 0:01" */
export function progressLine(label: string, p: Progress): string {
  return `${label}: ${parts(p).text}`;
}

export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
}

/**
 * Shows progress on `out`: a bar redrawn in place on a TTY, else a plain line at most every
 * `lineEveryMs` (and always the last one).
 */
export function progressReporter(out: ProgressOutput, label: string, lineEveryMs = 5000) {
  let lastLine = 0;
  let lastText = '';
  return {
    update(p: Progress, final = false): void {
      if (out.isTTY) {
        out.write(`\r${label} ${progressBar(p)}\x1b[K${final ? '\n' : ''}`);
        return;
      }
      const now = Date.now();
      const text = progressLine(label, p);
      if ((final && text !== lastText) || now - lastLine >= lineEveryMs) {
        lastLine = now;
        lastText = text;
        out.write(`${text}\n`);
      }
    },
  };
}
