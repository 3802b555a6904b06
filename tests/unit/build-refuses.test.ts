// `npm run build` refuses to ship a dataset that fails validation, and says where the fault is.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

describe('vite build', () => {
  it('stops on an event with an impossible date, naming file, record and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
    try {
      for (const dir of ['data', 'seeds']) cpSync(dir, join(root, dir), { recursive: true });
      const events = JSON.parse(readFileSync('data/events.json', 'utf8'));
      events.events[0].date = '2021-02-30';
      writeFileSync(join(root, 'data/events.json'), JSON.stringify(events));
      mkdirSync(join(root, 'out'));
      const result = spawnSync('npx', ['vite', 'build', '--outDir', join(root, 'out'), '--emptyOutDir'], {
        env: { ...process.env, ATLAS_DATA_ROOT: root },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain(`data/events.json: events[0] (${events.events[0].id}): date: not a real date: 2021-02-30`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
