import type { ConfidenceModel } from './confidence-model';

/** Fitted by `npm run -s fit-confidence -- ../shared/corpus/dev`; rerun it when rules or signals change. */
// fitted on 198 claims from ../shared/corpus/dev
export const CONFIDENCE_WEIGHTS: ConfidenceModel = {
  "toll": {
    "bias": 1.901,
    "weights": {
      "attributed": 0.444,
      "dated": 0.353,
      "partyGuessed": -0.36,
      "qualifier": 0.176,
      "range": 0.034,
      "reporterCarried": 0.035,
      "strong": -0.036
    }
  },
  "talks": {
    "bias": 0.548,
    "weights": {
      "dated": 0.562,
      "located": 0.901,
      "outcomeOrRound": 0.009,
      "participants": 0.046,
      "severalSignals": -0.265
    }
  },
  "strike": {
    "bias": 2.127,
    "weights": {
      "attacker": 0,
      "attackerGuessed": -0.488,
      "casualties": 0.331,
      "casualtiesCarried": 0.365,
      "dateGuessed": -0.47,
      "dated": -0.041,
      "located": 0.308,
      "targetTyped": 0.276,
      "weapons": -0.024
    }
  }
};
