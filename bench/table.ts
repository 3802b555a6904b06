// The report: one row per figure, with its budget and PASS/OVER, printed as a markdown table.

export interface Row {
  section: string;
  measure: string;
  value: string;
  budget: string;
  /** value / budget, when there is a budget. */
  ratio: string;
  result: 'PASS' | 'OVER' | 'FAIL' | 'info';
}

/** KB here is 1,000 bytes. */
export const KB = 1000;

/** `formatMs(0.01234)` → '0.0123 ms': three significant figures below 10 ms. */
export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toPrecision(3) : ms.toFixed(1)} ms`;
}

export const formatKb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

function against(section: string, measure: string, value: number, budget: number | null, format: (n: number) => string): Row {
  if (budget === null) return { section, measure, value: format(value), budget: '—', ratio: '—', result: 'info' };
  const ratio = value / budget;
  return { section, measure, value: format(value), budget: `<= ${format(budget)}`, ratio: `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}x`, result: value <= budget ? 'PASS' : 'OVER' };
}

export const msRow = (section: string, measure: string, ms: number, budget: number | null = null): Row => against(section, measure, ms, budget, formatMs);

export const kbRow = (section: string, measure: string, bytes: number, budget: number | null = null): Row => against(section, measure, bytes, budget === null ? null : budget * KB, formatKb);

export const timesRow = (section: string, measure: string, ratio: number, budget: number): Row => against(section, measure, ratio, budget, (n) => `${n.toFixed(2)}x`);

/** A figure without a unit to budget, e.g. a size in MB or a count. */
export const infoRow = (section: string, measure: string, value: string): Row => ({ section, measure, value, budget: '—', ratio: '—', result: 'info' });

/** A yes/no requirement. */
export const checkRow = (section: string, measure: string, ok: boolean, detail = ''): Row => ({
  section,
  measure,
  value: `${ok ? 'yes' : 'no'}${detail ? ` (${detail})` : ''}`,
  budget: 'yes',
  ratio: '—',
  result: ok ? 'PASS' : 'FAIL',
});

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| section | measure | value | budget | ratio | result |', '|---|---|---:|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.section} | ${r.measure} | ${r.value} | ${r.budget} | ${r.ratio} | ${r.result} |`);
  return lines.join('\n');
}
