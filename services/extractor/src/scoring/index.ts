export { confirmed, sameClaim } from './match';
export { bands, precisionAtOrAbove, formatCalibration, BAND_EDGES, type Band, type Judged } from './calibration';
export { fitLogistic, type Example } from './fit';
