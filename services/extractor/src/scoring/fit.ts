import type { KindModel, Signals } from '../extraction/confidence-model';
import { logistic } from '../extraction/confidence-model';

/**
 * Fit a logistic model of "an annotation confirms this claim" on named boolean signals:
 * batch gradient descent on the log loss with an L2 penalty (the dev corpus is small, so the
 * penalty keeps rare signals from taking extreme weights). Pure and deterministic.
 */
export interface Example {
  signals: Signals;
  correct: boolean;
}

export function fitLogistic(examples: readonly Example[], opts: { l2?: number; steps?: number; rate?: number } = {}): KindModel {
  const l2 = opts.l2 ?? 0.05;
  const steps = opts.steps ?? 4000;
  const rate = opts.rate ?? 0.5;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.signals)))].sort();
  let bias = 0;
  const w = new Map(names.map((n) => [n, 0]));
  const n = Math.max(1, examples.length);
  for (let step = 0; step < steps; step++) {
    let gb = 0;
    const gw = new Map(names.map((k) => [k, 0]));
    const model: KindModel = { bias, weights: Object.fromEntries(w) };
    for (const e of examples) {
      const err = logistic(model, e.signals) - (e.correct ? 1 : 0);
      gb += err;
      for (const k of names) if (e.signals[k]) gw.set(k, gw.get(k)! + err);
    }
    bias -= (rate * gb) / n;
    for (const k of names) w.set(k, w.get(k)! - rate * (gw.get(k)! / n + l2 * w.get(k)!));
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { bias: round(bias), weights: Object.fromEntries(names.map((k) => [k, round(w.get(k)!)])) };
}
