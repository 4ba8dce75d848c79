/**
 * How often claims are right at each confidence: the share of confirmed claims per band, and
 * the precision of everything at or above a threshold. Pure; eval prints it.
 */

export interface Judged {
  kind: string;
  confidence: number;
  correct: boolean;
}

export interface Band {
  from: number;
  to: number;
  claims: number;
  correct: number;
}

export const BAND_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001] as const;

export function bands(judged: readonly Judged[], edges: readonly number[] = BAND_EDGES): Band[] {
  const out: Band[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    const inBand = judged.filter((j) => j.confidence >= from && j.confidence < to);
    out.push({ from, to: Math.min(to, 1), claims: inBand.length, correct: inBand.filter((j) => j.correct).length });
  }
  return out;
}

/** Precision of the claims at or above `threshold` (null when there are none). */
export function precisionAtOrAbove(judged: readonly Judged[], threshold: number): { claims: number; precision: number | null } {
  const shown = judged.filter((j) => j.confidence >= threshold);
  return { claims: shown.length, precision: shown.length ? shown.filter((j) => j.correct).length / shown.length : null };
}

export function formatCalibration(judged: readonly Judged[], threshold: number): string[] {
  const lines = ['CALIBRATION band        claims  correct  share'];
  for (const b of bands(judged)) {
    const share = b.claims ? (b.correct / b.claims).toFixed(2) : '  - ';
    lines.push(`CALIBRATION [${b.from.toFixed(2)}, ${b.to.toFixed(2)}${b.to >= 1 ? ']' : ')'} ${String(b.claims).padStart(7)} ${String(b.correct).padStart(8)}  ${share}`);
  }
  for (const kind of ['toll', 'talks', 'strike']) {
    const mine = judged.filter((j) => j.kind === kind);
    const at = precisionAtOrAbove(mine, threshold);
    const all = precisionAtOrAbove(mine, 0);
    lines.push(
      `CALIBRATION ${kind.padEnd(6)} at >= ${threshold.toFixed(2)}: ${at.claims} claims, precision ${at.precision === null ? '-' : at.precision.toFixed(2)}` +
        ` (all confidences: ${all.claims}, precision ${all.precision === null ? '-' : all.precision.toFixed(2)})`,
    );
  }
  return lines;
}
