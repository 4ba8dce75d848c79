import type { ConfidenceModel } from './confidence-model';

/** Fitted by `npm run -s fit-confidence -- ../shared/corpus/dev REAL_DIR` (dev plus annotated real reporting); rerun it when rules or signals change. */
// fitted on 262 claims from ../shared/corpus/dev, a diagnosis half of real published reporting (r2d, not committed)
export const CONFIDENCE_WEIGHTS: ConfidenceModel = {
  "toll": {
    "bias": 3.175,
    "weights": {
      "attributed": 0.111,
      "dated": 0.217,
      "partyGuessed": -0.012,
      "qualifier": 0.015,
      "range": 0.03,
      "reporterCarried": 0.042,
      "strong": 0.019
    }
  },
  "talks": {
    "bias": 1.047,
    "weights": {
      "dated": 0.423,
      "located": 0.717,
      "outcomeOrRound": 0.078,
      "participants": -0.103,
      "severalSignals": 0.559
    }
  },
  "strike": {
    "bias": 0.929,
    "weights": {
      "attacker": 0,
      "attackerGuessed": -0.773,
      "casualties": 0.437,
      "casualtiesCarried": 0.295,
      "dateGuessed": -0.333,
      "dated": 0.283,
      "located": -0.028,
      "targetTyped": 0.263,
      "weapons": 0.315
    }
  }
};
