/** One benchmark figure, its same-run baseline and target, and the markdown table of them all. */

export interface Figure {
  stage: string;
  metric: string;
  value: number;
  unit: string;
  /** The same work's floor or ceiling, measured in the same run. */
  baseline?: { name: string; value: number };
  /** value / baseline (or baseline / value for latencies, so that 1.0 is "as good as the baseline"). */
  ratio?: number;
  target?: string;
  /** null: no target for this figure. */
  met?: boolean | null;
  note?: string;
}

export interface StageResult {
  stage: string;
  seconds: number;
  figures: Figure[];
  /** How it was measured: processes, sizes, anything a reader needs to compare runs. */
  setup: Record<string, unknown>;
  error?: string;
}

const fmt = (n: number): string => {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 100) return Math.round(n).toLocaleString('en-US');
  if (abs >= 10) return n.toFixed(1);
  return n.toFixed(2);
};

/** Higher-is-better ratio (throughput). */
export function ratioOf(value: number, baseline: number): number {
  return baseline > 0 ? value / baseline : Number.NaN;
}

export function markdownTable(results: StageResult[], header: string): string {
  const lines = [
    header,
    '',
    '| stage | metric | value | baseline (same run) | ratio | target | met |',
    '|---|---|---:|---|---:|---|:-:|',
  ];
  for (const r of results) {
    if (r.error) {
      lines.push(`| ${r.stage} | **failed** | | | | | ✗ |`);
      continue;
    }
    for (const f of r.figures) {
      const base = f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.value)}` : '';
      const ratio = f.ratio === undefined ? '' : `${fmt(f.ratio)}×`;
      const met = f.met === undefined || f.met === null ? '' : f.met ? '✓' : '✗';
      lines.push(`| ${f.stage} | ${f.metric}${f.note ? ` (${f.note})` : ''} | ${fmt(f.value)} ${f.unit} | ${base} | ${ratio} | ${f.target ?? ''} | ${met} |`);
    }
  }
  const failed = results.filter((r) => r.error);
  if (failed.length) {
    lines.push('');
    for (const r of failed) lines.push(`- ${r.stage} failed: ${r.error}`);
  }
  return lines.join('\n');
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
