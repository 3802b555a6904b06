// The benchmark still runs: its pure-core and scale parts on tiny inputs (npm run bench measures the budgets).
import { describe, expect, it } from 'vitest';
import { benchCore, loadShipped } from '../../bench/core';
import { benchScale } from '../../bench/scale';
import { SMOKE } from '../../bench/options';

describe('npm run bench, smoke', () => {
  it('measures the pure core and the scale of a tiny synthetic set', () => {
    const shipped = loadShipped();
    const rows = [...benchCore(SMOKE.core, shipped), ...benchScale(SMOKE.scale, shipped)];
    expect(rows.filter((r) => r.section === 'pure core')).toHaveLength(shipped.events.lenses.length * 4);
    expect(rows.some((r) => r.section.startsWith('scale (1,000 events, 5 lenses)'))).toBe(true);
    for (const row of rows) expect(row.value).toMatch(/^\d[\d.,]* (ms|MB)$|^not measured/);
  }, 10_000);
});
