// Small, deterministic helpers for the benchmark: a seeded PRNG and order statistics.

/** mulberry32: `const next = mulberry32(1); next()` → a float in [0, 1), the same sequence every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], drawn from `random`. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The value below which `p` (0..1) of the sorted values fall, nearest rank: `percentile([1, 2, 3], 0.5)` → 2. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** Runs `fn` on each input, timing each call on its own; `warmup` untimed calls first, for the JIT. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 100): number[] {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length]!);
  return inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
}

/** A full garbage collection, when node runs with --expose-gc (npm run bench does); otherwise nothing. */
export const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

export const canCollectGarbage = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

/** Times `fn` `runs` times, each after a garbage collection, and returns the median, in ms. */
export function medianOfRuns(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
