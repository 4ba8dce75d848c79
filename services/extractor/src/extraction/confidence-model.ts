/**
 * Confidence as a logistic model of a claim's named signals, one model per kind:
 * p = 1 / (1 + e^-(bias + Σ weight·signal)). The weights are fitted on the annotated dev
 * corpus by `npm run -s fit-confidence -- DIR...` (services/extractor/scripts/fit-confidence.ts),
 * which prints this table; a signal the table does not name weighs nothing.
 */
export type Signals = Record<string, boolean>;

export interface KindModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export type ConfidenceModel = Readonly<Record<'toll' | 'talks' | 'strike', KindModel>>;

export function logistic(model: KindModel, signals: Signals): number {
  let z = model.bias;
  for (const k in signals) if (signals[k]) z += model.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A confidence in [0.01, 0.99], rounded to two places. */
export function confidenceOf(model: KindModel, signals: Signals): number {
  return Math.round(Math.min(0.99, Math.max(0.01, logistic(model, signals))) * 100) / 100;
}
