// npm run bench: every budget of BRIEF section 8, as a markdown table (also in bench/out/latest.md).
// `npm run bench -- --smoke` runs each part on tiny inputs (written to bench/out/smoke.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchBrowser, chromiumVersion } from './browser';
import { benchCore, loadShipped } from './core';
import { FULL, SMOKE } from './options';
import { benchScale } from './scale';
import { markdownTable, type Row } from './table';

function machine(): string {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores; load average at start ${loadavg()[0]!.toFixed(2)} (other work on the machine skews the figures)`,
    `- Node ${process.version}; ${chromiumVersion()} (headless, software WebGL)`,
    `- ${new Date().toISOString()}`,
  ].join('\n');
}

function summary(rows: readonly Row[]): string {
  const count = (result: Row['result']) => rows.filter((r) => r.result === result).length;
  return `${count('PASS')} PASS, ${count('OVER')} OVER, ${count('FAIL')} FAIL (medians unless noted; ratio = value / budget; KB = 1,000 bytes)`;
}

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const options = smoke ? SMOKE : FULL;
  const shipped = loadShipped();
  const rows = [...benchCore(options.core, shipped), ...benchScale(options.scale, shipped), ...(await benchBrowser(options.browser))];
  const report = [`# Recognition Atlas: npm run bench${smoke ? ' --smoke (tiny inputs: not the budgets)' : ''}`, '', machine(), '', markdownTable(rows), '', summary(rows), ''].join('\n');
  const out = join(process.cwd(), 'bench/out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, smoke ? 'smoke.md' : 'latest.md'), report);
  process.stdout.write(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
