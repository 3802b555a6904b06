// How much each part measures: the full report (npm run bench) and the smoke run (--smoke, and the
// unit test that keeps the benchmark working).
import type { BrowserOptions } from './browser';
import type { CoreOptions } from './core';
import type { ScaleOptions } from './scale';

export interface BenchOptions {
  core: CoreOptions;
  scale: ScaleOptions;
  browser: BrowserOptions;
}

export const FULL: BenchOptions = {
  core: { days: 1000, runs: 21, seed: 1 },
  scale: { events: 100_000, lenses: 200, days: 1000, runs: 5, seed: 1 },
  browser: { steps: 200, frameSteps: 20, firstViewRuns: 11 },
};

export const SMOKE: BenchOptions = {
  core: { days: 5, runs: 1, seed: 1 },
  scale: { events: 1000, lenses: 5, days: 5, runs: 1, seed: 1 },
  browser: { steps: 5, frameSteps: 2, firstViewRuns: 1 },
};
