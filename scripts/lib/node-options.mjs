// The V8 flags the services run with unless NODE_OPTIONS says otherwise: the Dockerfile's
// `ENV NODE_OPTIONS`, `npm run start:services` and the benchmarks' services use the same.
// --max-semi-space-size caps V8's young generation (MB a semi-space). Node 24 lets it grow to
// 64 MB a semi-space (~128 MB of new space, all resident) under any sustained allocation —
// a batch of articles or claims, a burst of requests — which was most of each service's peak
// RSS; at 8 MB the extractor and projector peaked ~100 MB lower for the same CPU seconds (4 MB cost them ~13% more) (README, Benchmarks).
// No dependencies: this runs before `npm install`.

export const SERVICE_NODE_OPTIONS = '--max-semi-space-size=8';

/** NODE_OPTIONS for a service: the caller's when set (even empty: that opts out), else ours. */
export function serviceNodeOptions(env = process.env) {
  return env.NODE_OPTIONS !== undefined ? env.NODE_OPTIONS : SERVICE_NODE_OPTIONS;
}
