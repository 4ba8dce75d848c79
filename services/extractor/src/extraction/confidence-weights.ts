import type { ConfidenceModel } from './confidence-model';

/** Fitted by `npm run -s fit-confidence -- ../shared/corpus/dev`; rerun it when rules or signals change. */
// fitted on 219 claims from ../shared/corpus/dev
export const CONFIDENCE_WEIGHTS: ConfidenceModel = {
  "toll": {
    "bias": 0,
    "weights": {
      "attributed": 0.437,
      "dated": 0.346,
      "qualifier": 0.323,
      "strong": 0.289
    }
  },
  "talks": {
    "bias": -0.319,
    "weights": {
      "dated": 0.596,
      "located": 0.742,
      "outcomeOrRound": 0.441,
      "participants": 0.139,
      "severalSignals": 0.349
    }
  },
  "strike": {
    "bias": -0.28,
    "weights": {
      "attacker": 0.294,
      "casualties": 0.562,
      "dated": 0.145,
      "located": 0.633,
      "targetTyped": 0.26,
      "weapons": 0.125
    }
  }
};
